using Microsoft.Extensions.Options;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// One shard of the residents with pending push messages. A reminder wakes each listed resident every
/// <see cref="PushOptions.SweepInterval"/>: whatever a dead silo left pending is sent again, and residents whose
/// outboxes are empty leave the list. The reminder stops when the shard is empty. Reentrant, so that the changes that
/// arrive while a write is under way are saved together by the next one (a burst of new residents costs a few writes,
/// not one each in a queue).
/// </summary>
[Orleans.Concurrency.Reentrant]
internal sealed class PushQueueGrain(
    [PersistentState("queue", StorageNames.Voisinage)] IPersistentState<PushQueueState> queue,
    IOptions<PushOptions> pushOptions) : Grain, IPushQueueGrain, IRemindable
{
    private const string SweepReminder = "push-sweep";

    private bool sweeping;

    private CoalescedWrites? writes;

    private CoalescedWrites Writes => writes ??= new CoalescedWrites(() => queue.WriteStateAsync(), DeactivateOnIdle);

    public async Task MarkPending(string residentId)
    {
        if (!queue.State.Pending.Contains(residentId))
        {
            queue.State = queue.State with { Pending = [.. queue.State.Pending, residentId] };
            await Writes.Save();
        }

        if (!sweeping)
        {
            sweeping = true;
            var period = pushOptions.Value.SweepInterval;
            await this.RegisterOrUpdateReminder(SweepReminder, period, period);
        }
    }

    public async Task MarkDrained(string residentId)
    {
        if (queue.State.Pending.Contains(residentId))
        {
            queue.State = queue.State with { Pending = [.. queue.State.Pending.Where(r => r != residentId)] };
            await Writes.Save();
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

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (queue.State.Pending.Count == 0)
        {
            if (await this.GetReminder(SweepReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            sweeping = false;
            return;
        }

        // One-way: each resident answers by sending or by leaving the list (MarkDrained), never while this shard waits on it.
        foreach (var residentId in queue.State.Pending)
        {
            _ = GrainFactory.GetGrain<IResidentPushGrain>(residentId).Resume();
        }
    }
}
