using Orleans.Storage;

namespace Voisinage.Hosting;

/// <summary>
/// Grain storage for the embedded SQLite file: writes go one at a time, reads run beside them.
/// </summary>
/// <remarks>
/// SQLite takes one writer at a time. A second connection that tries to write meanwhile gets "busy", and
/// Microsoft.Data.Sqlite answers that by sleeping 150 ms on the calling thread before trying again: a grain stalled
/// for 150 to 750 ms and a thread-pool thread blocked, several times a minute under the alert load. Queued here
/// (asynchronously, in order) no write ever finds the file busy; in write-ahead-log mode readers never wait for the writer.
/// </remarks>
public sealed class SingleWriterGrainStorage(IGrainStorage inner) : IGrainStorage, IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Alone(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Alone(() => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Dispose() => _writer.Dispose();

    private async Task Alone(Func<Task> change)
    {
        await _writer.WaitAsync();
        try
        {
            await change();
        }
        finally
        {
            _writer.Release();
        }
    }
}
