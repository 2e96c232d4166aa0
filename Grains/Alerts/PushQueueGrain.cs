using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>One shard of the residents with pending push messages.</summary>
public sealed class PushQueueGrain(
    [PersistentState("queue", StorageNames.Voisinage)] IPersistentState<PushQueueState> queue) : Grain, IPushQueueGrain
{
    public async Task MarkPending(string residentId)
    {
        if (!queue.State.Pending.Contains(residentId))
        {
            queue.State = queue.State with { Pending = [.. queue.State.Pending, residentId] };
            await queue.WriteStateAsync();
        }
    }

    public async Task MarkDrained(string residentId)
    {
        if (queue.State.Pending.Contains(residentId))
        {
            queue.State = queue.State with { Pending = [.. queue.State.Pending.Where(r => r != residentId)] };
            await queue.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<string>> List(string operatorId, int first)
    {
        if (!(await GrainFactory.StandingOf(operatorId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators can drain the push outboxes.");
        }

        return [.. queue.State.Pending.Take(first)];
    }
}
