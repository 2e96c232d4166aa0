using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;

namespace Voisinage.WebApi.Alerts;

/// <summary>
/// The front-end end of the alert fan-out: one Orleans stream subscription per neighbourhood that has at least one
/// connected local client, shared by all of them (ref-counted), dropped when the last leaves. A feed fills gaps in
/// the sequence from the neighbourhood's history, re-subscribes after a stream error and re-checks the history
/// periodically, so a lost stream event is late rather than lost. Each feed also watches its neighbourhood's channel,
/// which then pushes new alerts here directly as soon as they are saved (the stream's agents pull a polling period
/// later): the first copy of an alert to arrive is handed out, the other dropped by its sequence.
/// </summary>
public sealed class AlertFeeds : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Feed> _feeds = new(StringComparer.Ordinal);
    private readonly IClusterClient _cluster;
    private readonly AlertFeedOptions _options;
    private readonly ILogger<AlertFeeds> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _resyncLoop;

    /// <summary>Held here: Orleans keeps only a weak reference to an observer object.</summary>
    private readonly PushedAlerts _pushed;
    private readonly Lazy<IAlertFeedObserver> _observer;

    public AlertFeeds(IClusterClient cluster, IOptions<AlertFeedOptions> options, ILogger<AlertFeeds> logger)
    {
        _cluster = cluster;
        _options = options.Value;
        _logger = logger;
        _pushed = new PushedAlerts(this);
        _observer = new Lazy<IAlertFeedObserver>(() => _cluster.CreateObjectReference<IAlertFeedObserver>(_pushed));
        _resyncLoop = _options.ResyncInterval > TimeSpan.Zero ? Task.Run(ResyncLoopAsync) : Task.CompletedTask;
    }

    /// <summary>Neighbourhoods with a live subscription on this front-end (for tests and metrics).</summary>
    public IReadOnlyCollection<string> ActiveNeighbourhoods => [.. _feeds.Keys];

    /// <summary>Local listeners of a neighbourhood on this front-end.</summary>
    public int ListenerCount(string neighbourhoodId) => _feeds.TryGetValue(neighbourhoodId, out var feed) ? feed.ListenerCount : 0;

    /// <summary>
    /// Starts delivering a neighbourhood's events to <paramref name="listener"/>. When this returns, the stream
    /// subscription is active: anything saved after this point reaches the listener live.
    /// </summary>
    public async Task<IAsyncDisposable> Listen(string neighbourhoodId, IAlertListener listener)
    {
        while (true)
        {
            var feed = _feeds.GetOrAdd(neighbourhoodId, id => new Feed(id, this));
            if (await feed.TryAdd(listener))
            {
                return new Lease(feed, listener);
            }

            // That feed was closing; a fresh one takes its place.
            _feeds.TryRemove(new KeyValuePair<string, Feed>(neighbourhoodId, feed));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _resyncLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
        if (_observer.IsValueCreated)
        {
            _cluster.DeleteObjectReference<IAlertFeedObserver>(_observer.Value);
        }
    }

    private async Task ResyncLoopAsync()
    {
        using var timer = new PeriodicTimer(_options.ResyncInterval);
        while (await timer.WaitForNextTickAsync(_stopping.Token))
        {
            foreach (var feed in _feeds.Values)
            {
                await feed.Resync();
            }
        }
    }

    /// <summary>Alerts pushed by the channels this front-end watches, handed to their feed like stream events.</summary>
    private sealed class PushedAlerts(AlertFeeds owner) : IAlertFeedObserver
    {
        public Task OnAlertRaised(Alert alert) =>
            owner._feeds.TryGetValue(alert.NeighbourhoodId, out var feed)
                ? feed.OnNextAsync(new AlertEvent(AlertEventKind.Raised, alert, null, 0))
                : Task.CompletedTask;
    }

    private sealed class Lease(Feed feed, IAlertListener listener) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _disposed, 1) == 0 ? new ValueTask(feed.Remove(listener)) : ValueTask.CompletedTask;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle holds no unmanaged resource.")]
    private sealed class Feed(string id, AlertFeeds owner) : IAsyncObserver<AlertEvent>
    {
        private readonly SemaphoreSlim _membership = new(1, 1);
        private readonly SemaphoreSlim _dispatch = new(1, 1);
        private IAlertListener[] _listeners = [];
        private StreamSubscriptionHandle<AlertEvent>? _handle;
        private bool _closed;
        private bool _resubscribing;

        /// <summary>The last sequence handed to listeners; -1 until known.</summary>
        private long _lastSequence = -1;

        public int ListenerCount => _listeners.Length;

        private IAsyncStream<AlertEvent> Stream =>
            owner._cluster.GetStreamProvider(StorageNames.Streams).GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, id));

        private INeighbourhoodAlertsGrain History => owner._cluster.GetGrain<INeighbourhoodAlertsGrain>(id);

        public async Task<bool> TryAdd(IAlertListener listener)
        {
            await _membership.WaitAsync();
            try
            {
                if (_closed)
                {
                    return false;
                }

                if (_handle is null)
                {
                    try
                    {
                        await SubscribeAsync();
                    }
                    catch when (_listeners.Length == 0)
                    {
                        _closed = true;
                        owner._feeds.TryRemove(new KeyValuePair<string, Feed>(id, this));
                        throw;
                    }
                }

                _listeners = [.. _listeners, listener];
                return true;
            }
            finally
            {
                _membership.Release();
            }
        }

        public async Task Remove(IAlertListener listener)
        {
            await _membership.WaitAsync();
            try
            {
                _listeners = [.. _listeners.Where(l => !ReferenceEquals(l, listener))];
                if (_listeners.Length > 0 || _closed)
                {
                    return;
                }

                _closed = true;
                owner._feeds.TryRemove(new KeyValuePair<string, Feed>(id, this));
                if (_handle is { } handle)
                {
                    _handle = null;
                    try
                    {
                        await handle.UnsubscribeAsync();
                    }
                    catch (Exception ex)
                    {
                        owner._logger.LogWarning(ex, "Could not unsubscribe from the alerts of {Neighbourhood}", id);
                    }
                }

                try
                {
                    await History.Unwatch(owner._observer.Value);
                }
                catch (Exception ex)
                {
                    owner._logger.LogDebug(ex, "Could not stop watching the alerts of {Neighbourhood}", id);
                }
            }
            finally
            {
                _membership.Release();
            }
        }

        public async Task OnNextAsync(AlertEvent item, StreamSequenceToken? token = null)
        {
            await _dispatch.WaitAsync();
            try
            {
                if (item.Kind == AlertEventKind.Raised && item.Alert is { } alert && alert.NeighbourhoodId == id)
                {
                    // Saved before the subscription was (_lastSequence unknown yet) or already handed out by a gap fill:
                    // listeners have it, or replay it from the history.
                    if (_lastSequence < 0 || alert.Sequence <= _lastSequence)
                    {
                        return;
                    }

                    if (alert.Sequence > _lastSequence + 1)
                    {
                        await FillGap(alert.Sequence - 1);
                    }

                    _lastSequence = alert.Sequence;
                }

                Dispatch(item);
            }
            finally
            {
                _dispatch.Release();
            }
        }

        public Task OnCompletedAsync() => Task.CompletedTask;

        public Task OnErrorAsync(Exception ex)
        {
            owner._logger.LogWarning(ex, "Alert stream of {Neighbourhood} failed; subscribing again", id);
            _ = Task.Run(ResubscribeAsync);
            return Task.CompletedTask;
        }

        /// <summary>Hands listeners whatever the history holds beyond the last sequence they got.</summary>
        public async Task Resync()
        {
            if (_closed || _lastSequence < 0)
            {
                return;
            }

            await Watch();

            await _dispatch.WaitAsync();
            try
            {
                var page = await History.GetSince(_lastSequence, 1);
                if (page.MovedTo is { } movedTo)
                {
                    var resumeAfter = await owner._cluster.GetGrain<INeighbourhoodAlertsGrain>(movedTo).GetLastSequence();
                    Dispatch(new AlertEvent(AlertEventKind.Moved, null, movedTo, resumeAfter));
                }
                else if (page.LastSequence > _lastSequence)
                {
                    await FillGap(long.MaxValue);
                }
            }
            catch (Exception ex)
            {
                owner._logger.LogWarning(ex, "Alert resync of {Neighbourhood} failed", id);
            }
            finally
            {
                _dispatch.Release();
            }
        }

        private async Task SubscribeAsync()
        {
            var handles = await Stream.GetAllSubscriptionHandles();
            foreach (var stale in handles)
            {
                // Our own earlier subscription (this client's identity) survived an error: replace it rather than double it.
                await stale.UnsubscribeAsync();
            }

            _handle = await Stream.SubscribeAsync(this);
            var last = await History.GetLastSequence();
            await _dispatch.WaitAsync();
            try
            {
                if (_lastSequence >= 0 && last > _lastSequence)
                {
                    await FillGap(last);
                }

                _lastSequence = Math.Max(_lastSequence, last);
            }
            finally
            {
                _dispatch.Release();
            }

            await Watch();
        }

        /// <summary>Asks the channel to push new alerts here too (renewed at each resync; best effort).</summary>
        private async Task Watch()
        {
            try
            {
                await History.Watch(owner._observer.Value);
            }
            catch (Exception ex)
            {
                owner._logger.LogDebug(ex, "Could not watch the alerts of {Neighbourhood}; the stream still delivers them", id);
            }
        }

        private async Task ResubscribeAsync()
        {
            await _membership.WaitAsync();
            try
            {
                if (_closed || _resubscribing)
                {
                    return;
                }

                _resubscribing = true;
                _handle = null;
                var delay = owner._options.ResubscribeDelay;
                while (!_closed && !owner._stopping.IsCancellationRequested)
                {
                    try
                    {
                        await SubscribeAsync();
                        return;
                    }
                    catch (Exception ex)
                    {
                        owner._logger.LogWarning(ex, "Re-subscribing to the alerts of {Neighbourhood} failed; retrying in {Delay}", id, delay);
                        await Task.Delay(delay, owner._stopping.Token);
                        delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, owner._options.MaxResubscribeDelay.Ticks));
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                _resubscribing = false;
                _membership.Release();
            }
        }

        /// <summary>Dispatches saved alerts after the last sequence, up to <paramref name="upTo"/> (called under the dispatch lock).</summary>
        private async Task FillGap(long upTo)
        {
            var from = _lastSequence;
            while (from < upTo)
            {
                var page = await History.GetSince(from, 200);
                foreach (var alert in page.Alerts.Where(a => a.Sequence <= upTo))
                {
                    Dispatch(new AlertEvent(AlertEventKind.Raised, alert, null, 0));
                }

                from = Math.Min(upTo, page.LastSequence);
                _lastSequence = Math.Max(_lastSequence, from);
                if (!page.HasMore)
                {
                    break;
                }
            }
        }

        private void Dispatch(AlertEvent item)
        {
            foreach (var listener in _listeners)
            {
                try
                {
                    listener.OnAlertEvent(id, item);
                }
                catch (Exception ex)
                {
                    owner._logger.LogError(ex, "An alert listener failed on {Neighbourhood}", id);
                }
            }
        }
    }
}
