namespace Voisinage.Grains.Organisations;

/// <summary>
/// The live path of announcements (key 0): the front-ends holding residents' notification subscriptions watch it, and
/// each announcement's outbox broadcasts through it before the notification fan-out, so connected residents get the
/// in-app notification within about a second however large the commune. Watches lapse after
/// <c>Voisinage:Organisations:LiveWatchLifetime</c> unless renewed.
/// </summary>
public interface IAnnouncementLiveGrain : IGrainWithIntegerKey
{
    /// <summary>Sends later announcements to <paramref name="frontEnd"/> (a watch renewed before it lapses).</summary>
    Task Watch(IAnnouncementLiveObserver frontEnd);

    /// <summary>Stops sending announcements to <paramref name="frontEnd"/>.</summary>
    Task Unwatch(IAnnouncementLiveObserver frontEnd);

    /// <summary>
    /// Hands <paramref name="announcement"/> to every watching front-end and waits for them, at most
    /// <c>Voisinage:Organisations:LiveWait</c>: a slow or lost front-end's residents are notified by the fan-out instead.
    /// </summary>
    Task Broadcast(Announcement announcement);
}
