namespace Voisinage.Grains.Organisations;

/// <summary>
/// A front-end's connected residents, as the live path of announcements sees them (docs/organisations.md): called with
/// each announcement before the notification fan-out starts, it notifies those of its connected residents whose home lies
/// in the area (the check runs on the silo: no home cell reaches the front-end) and answers once they were.
/// </summary>
public interface IAnnouncementLiveObserver : IGrainObserver
{
    /// <summary>Notifies this front-end's connected residents of <paramref name="announcement"/>; answers when done.</summary>
    Task OnAnnouncement(Announcement announcement);
}
