namespace Voisinage.Grains.Feed;

[GenerateSerializer]
public sealed record FeedState
{
    /// <summary>Oldest first, ordered by (At, Sequence).</summary>
    [Id(0)] public List<FeedEntry> Entries { get; init; } = [];
    [Id(1)] public long LastSequence { get; set; }
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
