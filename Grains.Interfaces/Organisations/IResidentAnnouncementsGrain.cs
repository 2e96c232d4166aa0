using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The official announcements one resident reads, keyed by resident id, newest first: those of the organisations whose
/// area holds the resident's home, computed when read from each organisation's log (nothing is copied per resident).
/// </summary>
public interface IResidentAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>Whether the list holds it (who may report an announcement: those it reaches).</summary>
    [ReadOnly]
    Task<bool> Has(string announcementId);

    /// <summary>A page, newest first, after the announcement with id <paramref name="after"/> (null: from the newest).</summary>
    [ReadOnly]
    Task<AnnouncementPage> Page(int first, string? after);

    /// <summary>
    /// Deletes the copies of announcements received that earlier versions kept per resident (the <c>announcements</c>
    /// state, row included), if any remain: account closure; idempotent. Today's lists are computed on read.
    /// </summary>
    Task Forget();
}
