namespace Voisinage.Grains.Feed;

/// <summary>Neighbourhood timelines, section <c>Voisinage:Feed</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Voisinage:Feed";

    /// <summary>
    /// Items per archive page of a timeline: the feed keeps fewer than twice this many in its own state (rewritten at each
    /// change) and moves the oldest page to an archive page (<see cref="IFeedArchivePageGrain"/>) when it reaches twice.
    /// Recorded with the feed's first archive page and never changed for it.
    /// </summary>
    public int PageSize { get; set; } = 2500;
}
