using Voisinage.Grains.RateLimits;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>Raises a resident's alerts: every rule is checked before the hourly quota is spent or anything is written.</summary>
internal sealed class ResidentAlertsGrain(
    [PersistentState("alerts", StorageNames.Voisinage)] IPersistentState<ResidentAlertsState> state,
    IOptions<AlertOptions> options,
    TimeProvider clock) : Grain, IResidentAlertsGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<Alert> Raise(AlertDraft draft)
    {
        var valid = AlertRules.Validate(draft, options.Value);
        // The standing's neighbourhood is one that counted this resident among its members just now.
        var standing = await GrainFactory.StandingOf(Id);
        var (neighbourhoodId, profile) = standing.RequireVerifiedMember(
            "Only verified residents can raise alerts.", "Only members of a neighbourhood can raise alerts; join one first.");
        if (profile.HomeCell is null)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "Only verified residents can raise alerts.");
        }

        var blockCell = Cells.BlockOf(profile.HomeCell);
        var placeCell = AlertRules.PlaceCell(valid.Place, blockCell, options.Value);
        var now = clock.GetUtcNow();
        var window = options.Value.RaiseWindow;
        var recent = SlidingWindow.Recent(state.State.RecentRaises, window, now);
        if (SlidingWindow.RetryAfter(recent, options.Value.MaxRaisesPerWindow, window, now) is { } wait)
        {
            throw VoisinageException.RateLimited($"At most {options.Value.MaxRaisesPerWindow} alerts per hour; try again after {now + wait:u}.", wait);
        }

        var block = blockCell.ToString();
        // Radius 0 reaches the raiser's own neighbourhood only: no look-up on the way to the subscribers.
        var targets = valid.RadiusMeters == 0 ? [] : await GrainFactory.GetGrain<IAlertDirectoryGrain>(0).Targets(block, valid.RadiusMeters);
        targets = [neighbourhoodId, .. targets.Where(t => t != neighbourhoodId)];

        var alertId = Guid.NewGuid().ToString("N");
        var alert = new Alert(alertId, neighbourhoodId, 0, valid.Kind, valid.Title, valid.Body, valid.RadiusMeters, now, Id, profile.Pseudo, neighbourhoodId, null, false, placeCell);

        // Every rule has passed: the quota is spent in memory now and saved once the alert is delivered rather than before
        // (no storage write in front of the subscribers). Should that save fail, this activation still counts the raise,
        // and the raise fails, so the client sees the error.
        state.State = state.State with { RecentRaises = [.. recent, now], Raised = [.. state.State.Raised, alertId] };
        var created = await GrainFactory.GetGrain<IAlertGrain>(alertId).Create(alert, targets);
        await state.WriteStateAsync();
        return created;
    }

    public async Task<IReadOnlyList<Alert>> GetRaised()
    {
        var alerts = await Task.WhenAll(state.State.Raised.Select(id => GrainFactory.GetGrain<IAlertGrain>(id).Get()));
        return [.. alerts.OfType<Alert>()];
    }

    public async Task Forget()
    {
        foreach (var alertId in state.State.Raised)
        {
            await GrainFactory.GetGrain<IAlertGrain>(alertId).EraseRaiser(Id);
        }

        await state.ClearStateAsync();
        state.State = new ResidentAlertsState();
    }
}
