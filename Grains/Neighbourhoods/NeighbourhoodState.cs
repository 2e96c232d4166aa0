namespace Voisinage.Grains.Neighbourhoods;

[GenerateSerializer]
public sealed record NeighbourhoodState
{
    /// <summary>Null until founded, and again once dissolved or merged away.</summary>
    [Id(0)] public string? Name { get; init; }
    [Id(1)] public DateTimeOffset FoundedAt { get; init; }

    /// <summary>Block cells, each owned by this neighbourhood in its <see cref="IBlockCellGrain"/>.</summary>
    [Id(2)] public List<string> Cells { get; init; } = [];

    /// <summary>Member resident id → their block cell.</summary>
    [Id(3)] public Dictionary<string, string> Members { get; init; } = [];
    [Id(4)] public List<string> Leads { get; init; } = [];

    /// <summary>Written before claiming a cell (write-ahead), so a crash between the claim and its record is finished on activation.</summary>
    [Id(5)] public PendingAnnex? Pending { get; init; }

    /// <summary>Set while the last member's departure releases the cells.</summary>
    [Id(6)] public bool Dissolving { get; init; }

    /// <summary>Set once merged away: this id answers as an alias of the survivor.</summary>
    [Id(7)] public string? AliasOf { get; init; }

    /// <summary>Set while a survivor merges this neighbourhood: no change is accepted until it commits or gives up.</summary>
    [Id(8)] public OperationRef? Frozen { get; init; }

    /// <summary>Set on the new half of a split until its coordinator has moved every cell: hidden until then.</summary>
    [Id(9)] public OperationRef? Incoming { get; init; }

    /// <summary>Coordinator side of a merge, written before the other side is frozen (write-ahead).</summary>
    [Id(10)] public OperationRef? PendingMerge { get; init; }

    /// <summary>Coordinator side of a split, written before the new half is seeded (write-ahead).</summary>
    [Id(11)] public SplitPlan? PendingSplit { get; init; }

    /// <summary>Ids that answer as aliases of this neighbourhood (merged into it, directly or through another).</summary>
    [Id(12)] public List<string> Aliases { get; init; } = [];

    /// <summary>Merge proposals this neighbourhood made.</summary>
    [Id(13)] public List<MergeProposal> Proposals { get; init; } = [];

    /// <summary>Proposals other neighbourhoods made to this one (shown to its members until accepted or stale).</summary>
    [Id(14)] public List<MergeProposal> ProposalsReceived { get; init; } = [];

    /// <summary>Ids of the proposals this neighbourhood's leads accepted.</summary>
    [Id(15)] public List<string> Accepted { get; init; } = [];

    /// <summary>Split operation id → id of the half it created.</summary>
    [Id(16)] public Dictionary<string, string> Splits { get; init; } = [];

    /// <summary>Since when the neighbourhood has had fewer than MinMembers (null when it has enough).</summary>
    [Id(17)] public DateTimeOffset? SmallSince { get; init; }

    /// <summary>The automatic merge this (small) neighbourhood asked for; its consent when the survivor freezes it.</summary>
    [Id(18)] public string? AutoMerge { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record PendingAnnex([property: Id(0)] string Cell, [property: Id(1)] string OperationId, [property: Id(2)] string ResidentId);

/// <summary>Another neighbourhood and the operation that ties this one to it.</summary>
[GenerateSerializer, Immutable]
public sealed record OperationRef([property: Id(0)] string OtherId, [property: Id(1)] string OperationId);

/// <summary>A split decided and persisted before any step runs, so recovery repeats exactly the same split.</summary>
[GenerateSerializer, Immutable]
public sealed record SplitPlan(
    [property: Id(0)] string OperationId,
    [property: Id(1)] NeighbourhoodSeed Seed,
    [property: Id(2)] string NewId);
