using Orleans.Concurrency;

namespace Voisinage.Grains.Feed;

/// <summary>
/// An archive page of a neighbourhood timeline, keyed <c>{neighbourhoodId}/{page}</c>: the feed keeps only its newest
/// entries in its own state and moves older ones here a page at a time, written once when full (again only for a change
/// to one of its items, or to repeat a write whose sequel failed). Pages call no grain. Page n holds entries older than
/// page n + 1's, which are older than the feed's own.
/// </summary>
public interface IFeedArchivePageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page's entries, oldest first; writing the same page again replaces it.</summary>
    Task Seal(IReadOnlyList<FeedEntry> entries);

    /// <summary>The page's entries, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<FeedEntry>> GetEntries();

    /// <summary>Refreshes an item's snapshot if the page holds it; whether it does.</summary>
    Task<bool> Update(FeedItem item);
}
