using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Moderation;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// One alert and its delivery to its target neighbourhoods. The record is written before delivery; a reminder
/// finishes a delivery a failure interrupted, and appends are idempotent by alert id, so a target gets it exactly once.
/// </summary>
internal sealed class AlertGrain(
    [PersistentState("alert", StorageNames.Voisinage)] IPersistentState<AlertState> state,
    TimeProvider clock) : Grain, IAlertGrain, IRemindable
{
    private const string DeliveryReminder = "deliver";
    private const int MaxMoves = 8;

    private AlertState State => state.State;

    public async Task<Alert> Create(Alert alert, IReadOnlyList<string> targets)
    {
        if (State.Alert is null)
        {
            // The targets append first (each append is durable and idempotent, and publishes once saved), then the
            // record is saved with where each copy went: on a single-writer store (embedded SQLite) the record's write
            // would otherwise queue in front of the appends on the way to the subscribers. Should the save fail, the
            // delivery reminder saves it again.
            state.State = State with { Alert = alert with { Sequence = 0 }, Targets = [.. targets.Distinct(StringComparer.Ordinal)] };
            try
            {
                await DeliverPending(fromReminder: false);
                await state.WriteStateAsync();
            }
            catch
            {
                await this.RegisterOrUpdateReminder(DeliveryReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                throw;
            }
        }
        else
        {
            await DeliverPending(fromReminder: false);
        }
        var origin = State.Delivered[State.Alert!.OriginNeighbourhoodId];
        return Copy(origin);
    }

    public async Task<Alert> Resolve(string residentId)
    {
        var alert = State.Alert ?? throw VoisinageException.NotFound("No such alert.");
        if (alert.Resolved)
        {
            throw VoisinageException.Conflict("This alert is already resolved.");
        }

        if (alert.RaiserId != residentId && !await IsLeadOfOrigin(alert, residentId))
        {
            throw VoisinageException.Forbidden("Only the raiser or a lead of the neighbourhood can resolve this alert.");
        }

        await DeliverPending(fromReminder: false);
        state.State = State with { Alert = alert with { ResolvedAt = clock.GetUtcNow() } };
        await state.WriteStateAsync();
        await Propagate();
        return Copy(State.Delivered[alert.OriginNeighbourhoodId]);
    }

    public Task<ModerationSubject> Describe()
    {
        var alert = State.Alert ?? throw VoisinageException.NotFound("No such alert.");
        return Task.FromResult(new ModerationSubject(SubjectType.Alert, alert.Id, alert.OriginNeighbourhoodId, alert.RaiserId, alert.Title, alert.RaisedAt));
    }

    public async Task<ModerationSubject> DescribeForReporter(string reporterId)
    {
        var subject = await Describe();
        if (subject.AuthorId == reporterId)
        {
            throw VoisinageException.BadInput("You cannot report your own alert.");
        }

        return await CanSee(reporterId) ? subject : throw VoisinageException.Forbidden("Only members of a neighbourhood the alert reached can report it.");
    }

    public async Task ApplyHidden(bool hidden)
    {
        if (State.Alert is not { } alert)
        {
            return;
        }

        await DeliverPending(fromReminder: false);
        if (alert.Hidden != hidden)
        {
            state.State = State with { Alert = alert with { Hidden = hidden } };
        }

        await Propagate();
    }

    public async Task EraseRaiser(string residentId)
    {
        if (State.Alert is not { } alert || alert.RaiserId != residentId || alert.RaiserPseudo == Alert.ErasedPseudo)
        {
            return;
        }

        await DeliverPending(fromReminder: false);
        // The alert stays for the neighbourhood, from "Ancien voisin" whose id is no longer anyone's.
        state.State = State with { Alert = alert with { RaiserPseudo = Alert.ErasedPseudo, RaiserId = Residents.ResidentIds.Deleted } };
        await state.WriteStateAsync();
        await Propagate();
    }

    public Task<Alert?> Get() => Task.FromResult(State.Alert);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeliveryReminder)
        {
            await DeliverPending(fromReminder: true);
        }
    }

    /// <summary>
    /// Appends the alert where it is not yet, following merges. Appends are idempotent, so where each copy went is
    /// saved lazily (with the next write) and recomputed after a reactivation. A failure leaves a reminder that
    /// finishes the delivery; the reminder is not paid for on the usual, successful path.
    /// </summary>
    private async Task DeliverPending(bool fromReminder)
    {
        var alert = State.Alert;
        if (alert is null)
        {
            return;
        }

        var pending = State.Targets.Where(t => !State.Delivered.ContainsKey(t)).ToList();
        if (pending.Count > 0)
        {
            var delivered = new Dictionary<string, DeliveredCopy>(State.Delivered);
            try
            {
                var writes = await Task.WhenAll(pending.Select(async target => (target, copy: await Write(target, id => GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(id).Append(alert)))));
                foreach (var (target, copy) in writes)
                {
                    delivered[target] = copy;
                }
            }
            catch when (!fromReminder)
            {
                await this.RegisterOrUpdateReminder(DeliveryReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
                throw;
            }

            state.State = State with { Delivered = delivered };
        }

        if (fromReminder)
        {
            await state.WriteStateAsync();
            var reminder = await this.GetReminder(DeliveryReminder);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    private async Task Propagate()
    {
        var alert = State.Alert!;
        var change = new AlertChange(alert.Id, alert.ResolvedAt, alert.Hidden, alert.RaiserPseudo == Alert.ErasedPseudo);
        var writes = await Task.WhenAll(State.Delivered.Select(async d => (d.Key, copy: await Write(d.Value.NeighbourhoodId, id => GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(id).Apply(change)))));
        var delivered = new Dictionary<string, DeliveredCopy>(State.Delivered);
        foreach (var (target, copy) in writes)
        {
            delivered[target] = copy;
        }

        state.State = State with { Delivered = delivered };
        await state.WriteStateAsync();
    }

    /// <summary>Writes to a neighbourhood's alerts, following it to where a merge moved it.</summary>
    private static async Task<DeliveredCopy> Write(string neighbourhoodId, Func<string, Task<AlertWrite>> write)
    {
        var id = neighbourhoodId;
        for (var moves = 0; moves < MaxMoves; moves++)
        {
            var result = await write(id);
            if (result.Alert is { } written)
            {
                return new DeliveredCopy(written.NeighbourhoodId, written.Sequence);
            }

            id = result.MovedTo ?? throw new InvalidOperationException($"Neighbourhood alerts {id} answered neither an alert nor a move.");
        }

        throw new InvalidOperationException($"Too many moves following neighbourhood {neighbourhoodId}.");
    }

    private Alert Copy(DeliveredCopy copy) => State.Alert! with { NeighbourhoodId = copy.NeighbourhoodId, Sequence = copy.Sequence };

    private async Task<bool> IsLeadOfOrigin(Alert alert, string residentId) =>
        await (await GrainFactory.StandingOf(residentId)).IsLeadOf(GrainFactory, alert.OriginNeighbourhoodId);

    /// <summary>Whether the resident belongs now to a neighbourhood that holds the alert (merges followed).</summary>
    private async Task<bool> CanSee(string residentId)
    {
        var holders = State.Delivered.Values.Select(d => d.NeighbourhoodId).Distinct(StringComparer.Ordinal);
        return await (await GrainFactory.StandingOf(residentId)).IsMemberOfAny(GrainFactory, holders);
    }
}
