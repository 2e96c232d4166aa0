using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>The official announcements one resident received, keyed by resident id, newest first.</summary>
public interface IResidentAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>Keeps it and notifies the resident (in the app, live); one already received is ignored.</summary>
    Task Receive(Announcement announcement);

    /// <summary>An operator withdrew it: it leaves the list (nothing happens when it is not there).</summary>
    Task Withdraw(string announcementId);

    /// <summary>Erases the list (account closure; idempotent).</summary>
    Task Forget();

    /// <summary>Whether the list holds it (who may report an announcement: those it reached).</summary>
    [ReadOnly]
    Task<bool> Has(string announcementId);

    /// <summary>A page, newest first, after the announcement with id <paramref name="after"/> (null: from the newest).</summary>
    [ReadOnly]
    Task<AnnouncementPage> Page(int first, string? after);
}
