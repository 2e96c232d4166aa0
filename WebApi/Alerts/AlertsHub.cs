using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.Notifications;

namespace Voisinage.WebApi.Alerts;

/// <summary>
/// SignalR hub of SPEC §9 at <c>/hubs/alerts</c>: on connect the client joins its neighbourhood's group and receives
/// <c>AlertRaised(alert)</c> and <c>AlertUpdated(alert)</c>; <c>CatchUp(since)</c> returns the alerts after a sequence
/// number. The resident's own notifications arrive as <c>NotificationReceived(event)</c> (<see cref="HubNotifications"/>).
/// Errors carry the API's codes as "CODE: message".
/// </summary>
[Authorize]
public sealed class AlertsHub(AlertHubGroups groups, IGrainFactory grains, Edge.ConnectionCaps caps, HubNotifications notifications) : Hub
{
    private const string SlotKey = "voisinage.socketSlot";

    public const string Path = "/hubs/alerts";

    /// <summary>Largest number of alerts one CatchUp returns; call again from the last sequence for more.</summary>
    public const int MaxCatchUp = 1000;

    public override async Task OnConnectedAsync()
    {
        // The same cap as graphql-ws sockets, counted together: the refusal closes the connection with this error.
        var slot = caps.TryOpen(Resident())
            ?? throw new HubException($"{ErrorCodes.RateLimited}: at most {caps.Options.SocketsPerAccount} live connections per account.");
        Context.Items[SlotKey] = slot;
        var neighbourhood = await Guard(() => grains.GetGrain<IAlertDirectoryGrain>(0).ListeningNeighbourhood(Resident()));
        await groups.Join(Context.ConnectionId, neighbourhood);
        await Guard(async () =>
        {
            await notifications.Attach(Context.ConnectionId, Resident());
            return true;
        });
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await groups.Leave(Context.ConnectionId);
        notifications.Detach(Context.ConnectionId);
        (Context.Items[SlotKey] as IDisposable)?.Dispose();
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The visible alerts of the caller's neighbourhood after sequence <paramref name="since"/>, oldest first (at most <see cref="MaxCatchUp"/>).</summary>
    public Task<IReadOnlyList<AlertPayload>> CatchUp(long since) =>
        Read(since, (directory, neighbourhood, from, first) => directory.ReadFor(Resident(), neighbourhood, from, first));

    /// <summary>
    /// The changes to the caller's neighbourhood's alerts after change number <paramref name="since"/> (their
    /// <c>updateSequence</c>), oldest first, each changed alert once as it is now (at most <see cref="MaxCatchUp"/>).
    /// </summary>
    public Task<IReadOnlyList<AlertPayload>> CatchUpUpdates(long since) =>
        Read(since, (directory, neighbourhood, from, first) => directory.ReadUpdatesFor(Resident(), neighbourhood, from, first));

    /// <summary>
    /// <see cref="CatchUp"/> for a <paramref name="since"/> numbered by <paramref name="neighbourhoodId"/>, a neighbourhood
    /// merged into the caller's since: the alerts it missed, in the survivor's numbering (continue with the last one's sequence).
    /// </summary>
    public Task<IReadOnlyList<AlertPayload>> CatchUpFrom(string neighbourhoodId, long since) =>
        Read(since, (directory, neighbourhood, from, first) => directory.ReadFor(Resident(), neighbourhood, from, first), neighbourhoodId);

    /// <summary>
    /// <see cref="CatchUpUpdates"/> for a <paramref name="since"/> numbered by <paramref name="neighbourhoodId"/>, merged
    /// into the caller's neighbourhood since: the changes it missed there, then the survivor's, in the survivor's numbering.
    /// </summary>
    public Task<IReadOnlyList<AlertPayload>> CatchUpUpdatesFrom(string neighbourhoodId, long since) =>
        Read(since, (directory, neighbourhood, from, first) => directory.ReadUpdatesFor(Resident(), neighbourhood, from, first), neighbourhoodId);

    private async Task<IReadOnlyList<AlertPayload>> Read(long since, Func<IAlertDirectoryGrain, string, long, int, Task<AlertPage>> read, string? numberedBy = null)
    {
        var neighbourhood = numberedBy ?? groups.NeighbourhoodOf(Context.ConnectionId) ?? throw new HubException($"{ErrorCodes.Forbidden}: not listening to a neighbourhood.");
        var alerts = new List<AlertPayload>();
        var from = since;
        while (alerts.Count < MaxCatchUp)
        {
            var page = await Guard(() => read(grains.GetGrain<IAlertDirectoryGrain>(0), neighbourhood, from, Math.Min(500, MaxCatchUp - alerts.Count)));
            alerts.AddRange(page.Alerts.Select(AlertPayload.From));

            // A page read from a merged-away id is numbered by the neighbourhood it names: the next one is read there.
            neighbourhood = page.NeighbourhoodId ?? neighbourhood;
            from = page.LastSequence;
            if (!page.HasMore)
            {
                break;
            }
        }

        return alerts;
    }

    private string Resident() =>
        Context.User.ResidentId() ?? throw new HubException($"{ErrorCodes.Unauthenticated}: sign in first.");

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (VoisinageException e)
        {
            throw new HubException($"{e.Code}: {e.Message}");
        }
    }
}
