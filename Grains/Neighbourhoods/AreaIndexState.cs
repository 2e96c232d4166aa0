namespace Voisinage.Grains.Neighbourhoods;

[GenerateSerializer]
public sealed record AreaIndexState
{
    [Id(0)] public Dictionary<string, IndexedCell> Cells { get; init; } = [];
}

[GenerateSerializer, Immutable]
public sealed record IndexedCell([property: Id(0)] string? Owner, [property: Id(1)] long Version);
