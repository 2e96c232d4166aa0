namespace Voisinage.Grains.Neighbourhoods;

[GenerateSerializer]
public sealed record NeighbourhoodState
{
    /// <summary>Null until founded, and again once dissolved.</summary>
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
}

[GenerateSerializer, Immutable]
public sealed record PendingAnnex([property: Id(0)] string Cell, [property: Id(1)] string OperationId, [property: Id(2)] string ResidentId);
