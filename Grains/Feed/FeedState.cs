namespace Voisinage.Grains.Feed;

[GenerateSerializer]
public sealed record FeedState
{
    /// <summary>Oldest first, ordered by (At, Sequence).</summary>
    [Id(0)] public List<FeedEntry> Entries { get; init; } = [];
    [Id(1)] public long LastSequence { get; set; }

    /// <summary>Archive pages written (<see cref="IFeedArchivePageGrain"/>, numbered from 0, oldest first).</summary>
    [Id(2)] public int ArchivedPages { get; set; }

    /// <summary>The time of the newest archived entry: entries kept here are never placed before it.</summary>
    [Id(3)] public DateTimeOffset? ArchivedUpTo { get; set; }

    /// <summary>The page size the archive was written with (0 until the first page).</summary>
    [Id(4)] public int PageSize { get; set; }

    /// <summary>The latest creation time among archived items: only an item created no later may be in a page already.</summary>
    [Id(5)] public DateTimeOffset? ArchivedCreatedUpTo { get; set; }
}

/// <summary>A feed position: when it was put on the timeline (never earlier than the entry below it) and a tie-breaker.</summary>
[GenerateSerializer]
public sealed record FeedEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] FeedItem Item)
{
    public (long Ticks, long Sequence) Position => (At.UtcTicks, Sequence);
}
