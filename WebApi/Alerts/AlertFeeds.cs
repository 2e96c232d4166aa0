using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Alerts;

namespace Voisinage.WebApi.Alerts;

/// <summary>
/// The front-end end of the one live path of alerts (docs/alerts.md): one watch of a neighbourhood's channel per
/// neighbourhood that has at least one connected local client, shared by all of them (ref-counted), dropped when the
/// last leaves. The channel calls this front-end's observer with each event once it is saved; a feed fills gaps in the
/// sequence from the neighbourhood's history and, every <see cref="AlertFeedOptions.ResyncInterval"/>, renews its
/// watch and reads whatever the history holds beyond what it handed out, so a lost event is late rather than lost.
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
    private readonly ChannelEvents _events;
    private readonly Lazy<IAlertFeedObserver> _observer;

    public AlertFeeds(IClusterClient cluster, IOptions<AlertFeedOptions> options, ILogger<AlertFeeds> logger)
    {
        _cluster = cluster;
        _options = options.Value;
        _logger = logger;
        _events = new ChannelEvents(this);
        _observer = new Lazy<IAlertFeedObserver>(() => _cluster.CreateObjectReference<IAlertFeedObserver>(_events));
        _resyncLoop = Task.Run(ResyncLoopAsync);
    }

    /// <summary>Neighbourhoods watched by this front-end (for tests and metrics).</summary>
    public IReadOnlyCollection<string> ActiveNeighbourhoods => [.. _feeds.Keys];

    /// <summary>Local listeners of a neighbourhood on this front-end.</summary>
    public int ListenerCount(string neighbourhoodId) => _feeds.TryGetValue(neighbourhoodId, out var feed) ? feed.ListenerCount : 0;

    /// <summary>
    /// Starts delivering a neighbourhood's events to <paramref name="listener"/>. When this returns, the channel is
    /// watched: anything saved after this point reaches the listener live.
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

    /// <summary>The events of the channels this front-end watches, handed to their feed.</summary>
    private sealed class ChannelEvents(AlertFeeds owner) : IAlertFeedObserver
    {
        // Queued, not awaited: Orleans runs a client object's calls one at a time, and one feed filling a gap from
        // the history must not hold up the other neighbourhoods' events.
        public Task OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent)
        {
            if (owner._feeds.TryGetValue(neighbourhoodId, out var feed))
            {
                feed.Enqueue(alertEvent);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class Lease(Feed feed, IAlertListener listener) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _disposed, 1) == 0 ? new ValueTask(feed.Remove(listener)) : ValueTask.CompletedTask;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle holds no unmanaged resource.")]
    private sealed class Feed(string id, AlertFeeds owner)
    {
        private readonly SemaphoreSlim _membership = new(1, 1);
        private readonly SemaphoreSlim _dispatch = new(1, 1);
        private readonly System.Threading.Channels.Channel<AlertEvent> _inbox =
            System.Threading.Channels.Channel.CreateUnbounded<AlertEvent>(new() { SingleReader = true });
        private IAlertListener[] _listeners = [];
        private int _pumping;
        private bool _watching;
        private bool _closed;

        /// <summary>The last sequence handed to listeners; -1 until known.</summary>
        private long _lastSequence = -1;

        public int ListenerCount => _listeners.Length;

        private INeighbourhoodAlertsGrain Channel => owner._cluster.GetGrain<INeighbourhoodAlertsGrain>(id);

        public async Task<bool> TryAdd(IAlertListener listener)
        {
            await _membership.WaitAsync();
            try
            {
                if (_closed)
                {
                    return false;
                }

                if (!_watching)
                {
                    try
                    {
                        await WatchAsync();
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
                _inbox.Writer.TryComplete();
                try
                {
                    await Channel.Unwatch(owner._observer.Value);
                }
                catch (Exception ex)
                {
                    // The watch lapses by itself after WatchLifetime.
                    owner._logger.LogDebug(ex, "Could not stop watching the alerts of {Neighbourhood}", id);
                }
            }
            finally
            {
                _membership.Release();
            }
        }

        /// <summary>Takes an event sent by the channel; events are handed out in the order they came, one at a time.</summary>
        public void Enqueue(AlertEvent item)
        {
            if (_inbox.Writer.TryWrite(item))
            {
                // Started on the first event (not in the constructor: feeds that lose the GetOrAdd race get none).
                if (Interlocked.CompareExchange(ref _pumping, 1, 0) == 0)
                {
                    _ = Task.Run(PumpAsync);
                }
            }
        }

        private async Task PumpAsync()
        {
            await foreach (var item in _inbox.Reader.ReadAllAsync())
            {
                try
                {
                    await OnNextAsync(item);
                }
                catch (Exception ex)
                {
                    // A gap that could not be filled now is filled by the next event or the next resync.
                    owner._logger.LogWarning(ex, "Handing out an alert event of {Neighbourhood} failed", id);
                }
            }
        }

        private async Task OnNextAsync(AlertEvent item)
        {
            await _dispatch.WaitAsync();
            try
            {
                if (item.Kind == AlertEventKind.Raised && item.Alert is { } alert && alert.NeighbourhoodId == id)
                {
                    // Saved before the watch began (listeners replay those from the history themselves) or already
                    // handed out by a gap fill.
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
                else if (item.Kind == AlertEventKind.Updated && item.Alert is { } changed && changed.NeighbourhoodId == id
                    && _lastSequence >= 0 && changed.Sequence > _lastSequence)
                {
                    // One-way calls may overtake each other (a client reached through several gateways): a change of an
                    // alert whose raise has not come yet. The history hands the raise out first, as the alert stands
                    // now; the late raise event is then dropped above.
                    await FillGap(changed.Sequence);
                }

                Dispatch(item);
            }
            finally
            {
                _dispatch.Release();
            }
        }

        /// <summary>Renews the watch and hands listeners whatever the history holds beyond the last sequence they got.</summary>
        public async Task Resync()
        {
            if (_closed || _lastSequence < 0)
            {
                return;
            }

            try
            {
                await Channel.Watch(owner._observer.Value);
            }
            catch (Exception ex)
            {
                owner._logger.LogWarning(ex, "Could not renew the watch of the alerts of {Neighbourhood}", id);
            }

            await _dispatch.WaitAsync();
            try
            {
                var page = await Channel.GetSince(_lastSequence, 1);
                if (page.MovedTo is { } movedTo)
                {
                    var survivor = owner._cluster.GetGrain<INeighbourhoodAlertsGrain>(movedTo);
                    var resumeAfter = await survivor.GetLastSequence();
                    var resumeUpdatesAfter = await survivor.GetLastUpdateSequence();
                    Dispatch(new AlertEvent(AlertEventKind.Moved, null, movedTo, resumeAfter, resumeUpdatesAfter));
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

        /// <summary>
        /// Watches the channel. The dispatch lock is held across the call, so an event sent right after the watch began
        /// waits until the feed knows where the channel stood (the sequence the watch answers), and is neither dropped
        /// as older nor handed out twice.
        /// </summary>
        private async Task WatchAsync()
        {
            await _dispatch.WaitAsync();
            try
            {
                var last = await Channel.Watch(owner._observer.Value);
                if (_lastSequence >= 0 && last > _lastSequence)
                {
                    await FillGap(last);
                }

                _lastSequence = Math.Max(_lastSequence, last);
                _watching = true;
            }
            finally
            {
                _dispatch.Release();
            }
        }

        /// <summary>Dispatches saved alerts after the last sequence, up to <paramref name="upTo"/> (called under the dispatch lock).</summary>
        private async Task FillGap(long upTo)
        {
            var from = _lastSequence;
            while (from < upTo)
            {
                var page = await Channel.GetSince(from, 200);
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
