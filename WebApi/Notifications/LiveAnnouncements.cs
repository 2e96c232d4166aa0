using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.WebApi.Alerts;

namespace Voisinage.WebApi.Notifications;

/// <summary>
/// The front-end end of the announcements' live path (docs/organisations.md): which residents hold a notification
/// subscription here (graphql-ws <c>notificationReceived</c> or the SignalR hub; ref-counted), and, while any do, a watch
/// of <see cref="IAnnouncementLiveGrain"/> renewed every <see cref="AlertFeedOptions.ResyncInterval"/>. An announcement
/// is handed to the notification workers for these residents only, in batches, before the commune's fan-out: the
/// workers check each home against the area on the silo (the home cell never reaches this process) and write the inbox
/// entry, whose stream event is what the connection receives. The fan-out's entry for the same resident comes later
/// with the same id and is ignored by the inbox, so nobody gets it twice.
/// </summary>
public sealed class LiveAnnouncements : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _connected = new(StringComparer.Ordinal);
    private readonly IClusterClient _cluster;
    private readonly TimeProvider _clock;
    private readonly ILogger<LiveAnnouncements> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _renewLoop;
    private readonly Lock _gate = new();
    private Task? _watching;

    /// <summary>Held here: Orleans keeps only a weak reference to an observer object.</summary>
    private readonly Receiver _receiver;
    private readonly Lazy<IAnnouncementLiveObserver> _observer;

    public LiveAnnouncements(IClusterClient cluster, IOptions<AlertFeedOptions> options, TimeProvider clock, ILogger<LiveAnnouncements> logger)
    {
        _cluster = cluster;
        _clock = clock;
        _logger = logger;
        _receiver = new Receiver(this);
        _observer = new Lazy<IAnnouncementLiveObserver>(() => _cluster.CreateObjectReference<IAnnouncementLiveObserver>(_receiver));
        _renewLoop = Task.Run(() => RenewLoopAsync(options.Value.ResyncInterval));
    }

    /// <summary>Whether <paramref name="residentId"/> holds a notification subscription here (for tests and metrics).</summary>
    public bool IsConnected(string residentId) => _connected.ContainsKey(residentId);

    /// <summary>
    /// Counts <paramref name="residentId"/> as connected until the lease is disposed. When this returns the live path is
    /// watched (or a failed watch is retried at the next renewal: until then the fan-out notifies them as everyone).
    /// </summary>
    public async Task<IDisposable> Connect(string residentId)
    {
        _connected.AddOrUpdate(residentId, 1, (_, n) => n + 1);
        var lease = new Lease(this, residentId);
        _ = Warm(residentId);
        try
        {
            await Watching();
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not watch the announcements' live path; retried at the next renewal");
        }

        return lease;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _renewLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
        if (_observer.IsValueCreated)
        {
            _cluster.DeleteObjectReference<IAnnouncementLiveObserver>(_observer.Value);
        }
    }

    /// <summary>
    /// Wakes the resident's inbox and notification preferences (the app reads the inbox when it subscribes anyway), so
    /// that an announcement's live entry does not first load them from storage: that was most of a connected client's
    /// wait on a cold commune (bench/Announce.Load). Not awaited: a failure costs only that speed.
    /// </summary>
    private async Task Warm(string residentId)
    {
        try
        {
            await Task.WhenAll(
                _cluster.GetGrain<INotificationInboxGrain>(residentId).Page(1, null),
                _cluster.GetGrain<INotificationPreferencesGrain>(residentId).Get());
        }
        catch (Exception ex)
        {
            _logger.LogDebug(ex, "Could not wake the notification grains of a connected resident");
        }
    }

    /// <summary>The first watch, shared by the connections that wait for it; a failed one is made again by the next caller.</summary>
    private Task Watching()
    {
        lock (_gate)
        {
            if (_watching is null || _watching.IsFaulted)
            {
                _watching = _cluster.GetGrain<IAnnouncementLiveGrain>(0).Watch(_observer.Value);
            }

            return _watching;
        }
    }

    private async Task RenewLoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(_stopping.Token))
        {
            if (_connected.IsEmpty)
            {
                continue;
            }

            try
            {
                await _cluster.GetGrain<IAnnouncementLiveGrain>(0).Watch(_observer.Value);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Could not renew the watch of the announcements' live path");
            }
        }
    }

    private void Disconnect(string residentId)
    {
        while (_connected.TryGetValue(residentId, out var count))
        {
            if (count <= 1
                ? _connected.TryRemove(new KeyValuePair<string, int>(residentId, count))
                : _connected.TryUpdate(residentId, count - 1, count))
            {
                return;
            }
        }
    }

    /// <summary>The connected residents, notified in batches through the same workers (and rule) as the fan-out.</summary>
    private async Task Notify(Announcement announcement)
    {
        _logger.LogDebug("Announcement {Announcement}: front-end reached at +{Elapsed} ms, {Count} connected", announcement.Id, Since(announcement), _connected.Count);
        var worker = _cluster.GetGrain<IAnnouncementDeliveryGrain>(0);
        await Task.WhenAll(_connected.Keys.Chunk(IAnnouncementDeliveryGrain.BatchSize).Select(batch => worker.ToResidents(announcement, batch, [])));
        _logger.LogDebug("Announcement {Announcement}: front-end's batches done at +{Elapsed} ms", announcement.Id, Since(announcement));
    }

    /// <summary>Milliseconds since the publication, for the Debug stage logs (bench/Announce.Load's breakdown).</summary>
    private long Since(Announcement announcement) => (long)(_clock.GetUtcNow() - announcement.PublishedAt).TotalMilliseconds;

    private sealed class Receiver(LiveAnnouncements owner) : IAnnouncementLiveObserver
    {
        public Task OnAnnouncement(Announcement announcement) => owner.Notify(announcement);
    }

    private sealed class Lease(LiveAnnouncements owner, string residentId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Disconnect(residentId);
            }
        }
    }
}
