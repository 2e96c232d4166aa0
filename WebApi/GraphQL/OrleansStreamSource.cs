using Orleans.Streams;
using Voisinage.Grains;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL;

/// <summary>
/// An Orleans stream as the source of a GraphQL subscription. The Orleans subscription is made before the field
/// resolves (so nothing published after that is missed); events wait in a small buffer until the transport
/// observes, and the Orleans subscription ends when the GraphQL one does.
/// </summary>
public static class OrleansStreamSource
{
    /// <summary>Subscribes to the Orleans stream now; the observable hands its events (those <paramref name="filter"/> keeps) to the GraphQL subscription.</summary>
    public static async Task<IObservable<object?>> OpenAsync<T>(IClusterClient client, string streamNamespace, string key, Func<T, bool>? filter = null)
    {
        var live = new OrleansStreamSource<T>(filter ?? (_ => true));
        await live.SubscribeAsync(client.GetStreamProvider(StorageNames.Streams).GetStream<T>(StreamId.Create(streamNamespace, key)));
        return live;
    }

    /// <summary>
    /// Subscribes to <paramref name="residentId"/>'s own stream in <paramref name="streamNamespace"/>, which is keyed by
    /// their stream key (asked here, never shown): UNAUTHENTICATED once the account is gone.
    /// </summary>
    public static async Task<IObservable<object?>> OpenResidentAsync<T>(IClusterClient client, string streamNamespace, string residentId)
    {
        var key = await client.GetGrain<IResidentStreamKeyGrain>(residentId).Key()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        return await OpenAsync<T>(client, streamNamespace, key);
    }
}

/// <summary>The observable behind <see cref="OrleansStreamSource.OpenAsync{T}"/>.</summary>
public sealed class OrleansStreamSource<T> : IObservable<object?>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<T> _early = new();
    private readonly Func<T, bool> _filter;
    private StreamSubscriptionHandle<T>? _handle;
    private IObserver<object?>? _observer;
    private bool _disposed;

    internal OrleansStreamSource(Func<T, bool> filter)
    {
        _filter = filter;
    }

    internal async Task SubscribeAsync(IAsyncStream<T> stream) =>
        _handle = await stream.SubscribeAsync((item, _) =>
        {
            OnNext(item);
            return Task.CompletedTask;
        });

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        lock (_gate)
        {
            _observer = observer;
            while (_early.TryDequeue(out var item))
            {
                observer.OnNext(item);
            }
        }

        return this;
    }

    public void Dispose()
    {
        StreamSubscriptionHandle<T>? handle;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            handle = _handle;
            _observer = null;
        }

        if (handle is not null)
        {
            _ = handle.UnsubscribeAsync();
        }
    }

    private void OnNext(T item)
    {
        if (!_filter(item))
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_observer is { } observer)
            {
                observer.OnNext(item);
            }
            else if (_early.Count < 100)
            {
                _early.Enqueue(item);
            }
        }
    }
}
