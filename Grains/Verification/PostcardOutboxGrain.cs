using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Verification;

/// <summary>The printer's queue. Acknowledged postcards leave it, and with them the only copy of their address and code.</summary>
internal sealed class PostcardOutboxGrain(
    [PersistentState("outbox", StorageNames.Voisinage)] IPersistentState<PostcardOutboxState> outbox) : Grain, IPostcardOutboxGrain
{
    public async Task Enqueue(PostcardOrder order)
    {
        outbox.State = outbox.State with { Pending = [.. outbox.State.Pending.Where(o => o.ResidentId != order.ResidentId), order] };
        await outbox.WriteStateAsync();
    }

    public async Task Cancel(string residentId)
    {
        if (outbox.State.Pending.Any(o => o.ResidentId == residentId))
        {
            outbox.State = outbox.State with { Pending = [.. outbox.State.Pending.Where(o => o.ResidentId != residentId)] };
            await outbox.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<PostcardOrder>> List(string operatorId, int first)
    {
        await RequireOperator(operatorId);
        if (first is < 1 or > 1000)
        {
            throw VoisinageException.BadInput("first must be between 1 and 1000.");
        }

        return [.. outbox.State.Pending.Take(first)];
    }

    public async Task<int> MarkSent(string operatorId, IReadOnlyList<string> orderIds)
    {
        await RequireOperator(operatorId);
        var ids = orderIds.ToHashSet(StringComparer.Ordinal);
        var sent = outbox.State.Pending.Count(o => ids.Contains(o.OrderId));
        if (sent > 0)
        {
            outbox.State = outbox.State with { Pending = [.. outbox.State.Pending.Where(o => !ids.Contains(o.OrderId))] };
            await outbox.WriteStateAsync();
        }

        return sent;
    }

    public Task<bool> HasPending(string residentId) => Task.FromResult(outbox.State.Pending.Any(o => o.ResidentId == residentId));

    private async Task RequireOperator(string operatorId)
    {
        if (!(await GrainFactory.StandingOf(operatorId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators can read or acknowledge the postcard outbox.");
        }
    }
}
