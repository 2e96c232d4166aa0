namespace Voisinage.Grains;

/// <summary>
/// Group commit for a reentrant grain's state: a change made while a write is under way joins the next write, so a
/// burst of concurrent changes costs a few writes instead of one each in a queue. Each caller's task completes when a
/// write that started after its change has succeeded (or fails with that write).
/// </summary>
/// <remarks>
/// Only for <c>[Reentrant]</c> grains whose every method finishes its state change before awaiting <see cref="Save"/>.
/// <paramref name="onStale"/> runs when the store says the state is stale (another writer, or a write that timed out
/// but landed): the grain should deactivate and read again, or every later write fails the same way.
/// </remarks>
internal sealed class CoalescedWrites(Func<Task> write, Action onStale)
{
    private Task _writing = Task.CompletedTask;
    private Task? _next;

    /// <summary>Saves the state as it is when the write starts (the write after the one under way, shared by every caller meanwhile).</summary>
    public Task Save()
    {
        if (_next is { } queued)
        {
            return queued;
        }

        // Set before the write runs (it may run synchronously up to its first await and clear it).
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _next = done.Task;
        _ = WriteAfter(_writing, done);
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

        _next = null;
        var current = write();
        _writing = current;
        try
        {
            await current;
            done.SetResult();
        }
        catch (Exception e)
        {
            if (e is Orleans.Storage.InconsistentStateException)
            {
                onStale();
            }

            done.SetException(e);
        }
    }
}
