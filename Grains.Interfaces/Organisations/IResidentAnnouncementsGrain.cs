using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>The official announcements one resident received, keyed by resident id, newest first.</summary>
public interface IResidentAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>Keeps it and notifies the resident (in the app, live); one already received is ignored.</summary>
    Task Receive(Announcement announcement);

    /// <summary>A page, newest first, after the announcement with id <paramref name="after"/> (null: from the newest).</summary>
    [ReadOnly]
    Task<AnnouncementPage> Page(int first, string? after);
}
