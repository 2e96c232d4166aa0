using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The announcements one organisation published, keyed by organisation id, newest first: what a resident's
/// <see cref="IResidentAnnouncementsGrain"/> reads (for each organisation whose area holds the resident's home) instead of
/// a copy per resident. Withdrawal is a flag on the entry, so a withdrawn announcement leaves every list at once.
/// </summary>
public interface IOrganisationAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>Adds the announcement, or replaces the entry with its id (a withdrawal or a restore); idempotent.</summary>
    Task Publish(Announcement announcement);

    /// <summary>The latest announcements not withdrawn, newest first.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<IReadOnlyList<Announcement>> Latest();
}
