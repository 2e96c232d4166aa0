namespace Voisinage.Grains.Sponsored;

[GenerateSerializer]
public sealed class CampaignState
{
    /// <summary>Null until created.</summary>
    [Id(0)] public Campaign? Campaign { get; set; }

    /// <summary>Who created it (a retried creation answers them the same campaign); never shown to residents.</summary>
    [Id(1)] public string CreatorId { get; set; } = string.Empty;

    /// <summary>The target area's cells, compacted (H3 indexes), fixed when created.</summary>
    [Id(2)] public List<string> TargetCells { get; set; } = [];

    /// <summary>The index shards it was written to once approved (left again when its impressions run out).</summary>
    [Id(3)] public List<string> Shards { get; set; } = [];

    /// <summary>The UTC day of <see cref="CountedToday"/>.</summary>
    [Id(4)] public string Day { get; set; } = string.Empty;

    /// <summary>Today's dedup: a hash per resident counted today (<see cref="CampaignRules.DedupKey"/>), emptied when the day turns.</summary>
    [Id(5)] public HashSet<string> CountedToday { get; set; } = [];

    /// <summary>Per neighbourhood: all impressions, and the most residents counted there in one day.</summary>
    [Id(6)] public Dictionary<string, NeighbourhoodTally> Tallies { get; set; } = [];

    /// <summary>What the business did to it since it was created (edits, pauses, resumptions, cancellation), oldest first.</summary>
    [Id(7)] public List<CampaignLogEntry> Log { get; set; } = [];
}

[GenerateSerializer]
public sealed class NeighbourhoodTally
{
    [Id(0)] public int Impressions { get; set; }

    /// <summary>Residents counted there today (each impression of a day is a distinct resident).</summary>
    [Id(1)] public int Today { get; set; }

    /// <summary>The most residents counted there on any earlier day.</summary>
    [Id(2)] public int MostInADay { get; set; }

    /// <summary>
    /// A lower bound of the distinct residents behind <see cref="Impressions"/>: no per-resident record outlives the day,
    /// so the best day is what is known for sure. Statistics are shown only when it reaches the k-anonymity threshold.
    /// </summary>
    public int ResidentsAtLeast => Math.Max(Today, MostInADay);
}
