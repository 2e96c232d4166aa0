using Orleans.Concurrency;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Feed;

/// <summary>
/// The timeline of one neighbourhood (posts, listings, events, alerts), keyed by the neighbourhood id.
/// Newest first; a cursor names a position, so pages stay stable while new items arrive on top.
/// Other domains add to it with <see cref="Append"/>; each change is published on the stream
/// (<see cref="StreamNamespace"/>, neighbourhood id) for <c>feedUpdated</c>. As a part of its neighbourhood it takes in
/// the timeline of one merged into it, and the new half of a split starts with a copy of the timeline it came from.
/// </summary>
public interface IFeedGrain : INeighbourhoodPart
{
    const string StreamNamespace = "feed";

    /// <summary>Puts an item on top of the timeline; an item already there (same id) is left in place.</summary>
    Task Append(FeedItem item);

    /// <summary>Refreshes an item's snapshot in place (status, hidden); unknown ids are ignored.</summary>
    Task Update(FeedItem item);

    /// <summary>A page for a member, newest first, after <paramref name="after"/> (a cursor from an earlier page).</summary>
    [ReadOnly]
    Task<FeedPage> Read(string viewerId, int first, string? after, FeedFilter? filter);

    /// <summary>Every entry, oldest first (used when neighbourhoods merge).</summary>
    [ReadOnly]
    Task<IReadOnlyList<FeedItem>> GetAll();
}
