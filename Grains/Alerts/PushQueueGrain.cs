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

    /// <summary>The write under way, and the one that will follow it for the changes made meanwhile.</summary>
    private Task writing = Task.CompletedTask;
    private Task? nextWrite;

    public async Task MarkPending(string residentId)
    {
        if (!queue.State.Pending.Contains(residentId))
        {
            queue.State = queue.State with { Pending = [.. queue.State.Pending, residentId] };
            await Save();
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
            await Save();
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

    /// <summary>
    /// Saves the state as it is when the write starts: a caller's change is in the write that starts after it, so it
    /// joins the next write (one for everyone who changed something during the current one).
    /// </summary>
    private Task Save()
    {
        if (nextWrite is { } queued)
        {
            return queued;
        }

        // Set before the write runs (it may run synchronously up to its first await and clear it).
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        nextWrite = done.Task;
        _ = WriteAfter(writing, done);
        return done.Task;
    }

    private async Task WriteAfter(Task previous, TaskCompletionSource done)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The previous write's callers saw its failure; this one writes the state again.
        }

        nextWrite = null;
        var write = queue.WriteStateAsync();
        writing = write;
        try
        {
            await write;
            done.SetResult();
        }
        catch (Exception e)
        {
            done.SetException(e);
        }
    }
}
