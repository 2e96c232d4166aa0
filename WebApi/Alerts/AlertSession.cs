using System.Threading.Channels;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.Operations;

namespace Voisinage.WebApi.Alerts;

/// <summary>What a subscriber receives.</summary>
public enum AlertSessionMode
{
    /// <summary>New alerts, in sequence order, after an optional replay from a sequence number.</summary>
    Raised,

    /// <summary>Resolutions and hides of alerts, in change-number order, after an optional replay from a change number.</summary>
    Updated,
}

/// <summary>
/// One subscriber's view of a neighbourhood's alerts (GraphQL <c>alertRaised</c>/<c>alertUpdated</c>). It listens live
/// first, buffering, then replays the history after <c>since</c>, then drains the buffer skipping numbers already sent:
/// no gap, no duplicate, even when an alert is raised during the replay. Changes are numbered apart
/// (<see cref="Alert.UpdateSequence"/>) and replayed the same way from the channel's change log. It follows a merge to the survivor.
/// A client whose <c>since</c> was numbered by a neighbourhood merged away since starts from a bridge page: what the
/// directory mapped onto the survivor's numbering (<see cref="IAlertDirectoryGrain.ReadFor"/>, <see cref="IAlertDirectoryGrain.ReadUpdatesFor"/>).
/// </summary>
public sealed class AlertSession : IObservable<Alert>, IAlertListener
{
    private const int ReplayPage = 200;
    private const int RememberedIds = 4096;

    private readonly AlertFeeds _feeds;
    private readonly IGrainFactory _grains;
    private readonly AlertSessionMode _mode;
    private readonly long? _since;
    private readonly ILogger _logger;
    private readonly AlertPage? _bridge;
    private readonly Channel<(string Source, AlertEvent Event)> _inbox = Channel.CreateUnbounded<(string, AlertEvent)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<string> _sentIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _sentOrder = new();
    private string _neighbourhoodId;
    private long _lastSent;
    private int _subscribed;

    public AlertSession(AlertFeeds feeds, IGrainFactory grains, string neighbourhoodId, AlertSessionMode mode, long? since, ILogger logger, AlertPage? bridge = null)
    {
        _bridge = bridge;
        _feeds = feeds;
        _grains = grains;
        _neighbourhoodId = neighbourhoodId;
        _mode = mode;
        _since = since;
        _logger = logger;
    }

    public IDisposable Subscribe(IObserver<Alert> observer)
    {
        if (Interlocked.Exchange(ref _subscribed, 1) != 0)
        {
            throw new InvalidOperationException("An alert session serves one observer.");
        }

        var cts = new CancellationTokenSource();
        _ = Task.Run(() => RunAsync(observer, cts.Token));
        return new Unsubscriber(cts);
    }

    public void OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent) => _inbox.Writer.TryWrite((neighbourhoodId, alertEvent));

    private async Task RunAsync(IObserver<Alert> observer, CancellationToken cancellation)
    {
        IAsyncDisposable? lease = null;
        try
        {
            // Without `since`, "from now" is the last number before listening: whatever is saved after it is replayed or live.
            _lastSent = _bridge?.LastSequence ?? _since ?? (_mode == AlertSessionMode.Raised
                ? await History(_neighbourhoodId).GetLastSequence()
                : await History(_neighbourhoodId).GetLastUpdateSequence());
            lease = await _feeds.Listen(_neighbourhoodId, this);

            // The bridge was read before listening: whatever was saved since is in the log after its last number.
            foreach (var alert in _bridge?.Alerts ?? [])
            {
                Deliver(observer, alert);
            }

            await ReplayAsync(observer, cancellation);

            await foreach (var (source, item) in _inbox.Reader.ReadAllAsync(cancellation))
            {
                if (source != _neighbourhoodId)
                {
                    continue;
                }

                switch (item.Kind)
                {
                    case AlertEventKind.Raised when _mode == AlertSessionMode.Raised && item.Alert is { } alert:
                        if (alert.NeighbourhoodId == _neighbourhoodId && alert.Sequence > _lastSent)
                        {
                            Send(observer, alert);
                            _lastSent = alert.Sequence;
                        }

                        break;
                    case AlertEventKind.Updated when _mode == AlertSessionMode.Updated && item.Alert is { } updated:
                        if (updated.UpdateSequence > _lastSent + 1)
                        {
                            // A change this front-end did not see (a lost one-way call): the log has it, and this one.
                            await ReplayAsync(observer, cancellation);
                        }
                        else if (updated.UpdateSequence > _lastSent)
                        {
                            observer.OnNext(updated);
                            _lastSent = updated.UpdateSequence;
                        }

                        break;
                    case AlertEventKind.Moved when item.MovedTo is { } survivor && survivor != _neighbourhoodId:
                        if (_mode == AlertSessionMode.Updated)
                        {
                            // Changes made here before the move first: after it they are numbered by the survivor.
                            await ReplayAsync(observer, cancellation, followMove: false);
                        }

                        var previous = lease;
                        lease = await _feeds.Listen(survivor, this);
                        _neighbourhoodId = survivor;
                        await previous.DisposeAsync();
                        _lastSent = _mode == AlertSessionMode.Raised ? item.ResumeAfter : item.ResumeUpdatesAfter;
                        await ReplayAsync(observer, cancellation);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Alert subscription on {Neighbourhood} failed", _neighbourhoodId);
            observer.OnError(ex);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Sends what the history (or the change log) holds after the last number sent, skipping alerts this subscriber
    /// already has (new alerts only: a change of an alert is sent at each of its changes).
    /// </summary>
    private async Task ReplayAsync(IObserver<Alert> observer, CancellationToken cancellation, bool followMove = true)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var page = _mode == AlertSessionMode.Raised
                ? await History(_neighbourhoodId).GetSince(_lastSent, ReplayPage)
                : await History(_neighbourhoodId).GetUpdatesSince(_lastSent, ReplayPage);
            foreach (var alert in page.Alerts)
            {
                Deliver(observer, alert);
            }

            _lastSent = Math.Max(_lastSent, page.LastSequence);
            if (followMove && page.MovedTo is { } movedTo)
            {
                OnAlertEvent(_neighbourhoodId, new AlertEvent(AlertEventKind.Moved, null, movedTo, 0));
                return;
            }

            if (!page.HasMore)
            {
                return;
            }
        }
    }

    /// <summary>A replayed alert: a new one once (<see cref="Send"/>), a change at each of its changes.</summary>
    private void Deliver(IObserver<Alert> observer, Alert alert)
    {
        if (_mode == AlertSessionMode.Raised)
        {
            Send(observer, alert);
        }
        else
        {
            observer.OnNext(alert);
        }
    }

    private void Send(IObserver<Alert> observer, Alert alert)
    {
        // The same alert can reach a subscriber twice only across a merge (once per neighbourhood): send it once.
        if (!_sentIds.Add(alert.Id))
        {
            return;
        }

        _sentOrder.Enqueue(alert.Id);
        if (_sentOrder.Count > RememberedIds)
        {
            _sentIds.Remove(_sentOrder.Dequeue());
        }

        observer.OnNext(alert);
        ApiTelemetry.AlertDelivered(ApiTelemetry.GraphQLWebSocket);
    }

    private INeighbourhoodAlertsGrain History(string id) => _grains.GetGrain<INeighbourhoodAlertsGrain>(id);

    private sealed class Unsubscriber(CancellationTokenSource cts) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
