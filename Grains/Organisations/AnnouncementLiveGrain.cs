using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The live path of announcements (see <see cref="IAnnouncementLiveGrain"/>). Watches live in this activation's memory,
/// like the alerts' channels (a lost one costs only speed: the fan-out notifies everyone anyway, and the inbox ignores
/// an announcement it already has).
/// </summary>
internal sealed class AnnouncementLiveGrain(IOptions<OrganisationOptions> options, TimeProvider clock, ILogger<AnnouncementLiveGrain> logger)
    : Grain, IAnnouncementLiveGrain
{
    private readonly Dictionary<IAnnouncementLiveObserver, DateTimeOffset> _watchers = [];

    public Task Watch(IAnnouncementLiveObserver frontEnd)
    {
        var lifetime = options.Value.LiveWatchLifetime;
        _watchers[frontEnd] = clock.GetUtcNow() + lifetime;

        // Watches live in this activation's memory: idle collection must not drop them while they last.
        DelayDeactivation(lifetime);
        return Task.CompletedTask;
    }

    public Task Unwatch(IAnnouncementLiveObserver frontEnd)
    {
        _watchers.Remove(frontEnd);
        return Task.CompletedTask;
    }

    public async Task Broadcast(Announcement announcement)
    {
        var now = clock.GetUtcNow();
        foreach (var lapsed in _watchers.Where(w => w.Value < now).Select(w => w.Key).ToList())
        {
            _watchers.Remove(lapsed);
        }

        var calls = _watchers.Keys.Select(async frontEnd =>
        {
            try
            {
                await frontEnd.OnAnnouncement(announcement).WaitAsync(options.Value.LiveWait);
            }
            catch (Exception ex)
            {
                // Slow, gone or failing: its residents get the notification from the fan-out that follows.
                logger.LogDebug(ex, "A front-end did not notify its connected residents of {Announcement} in time", announcement.Id);
            }
        });
        await Task.WhenAll(calls);
    }
}
