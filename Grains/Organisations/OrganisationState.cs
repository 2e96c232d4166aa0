namespace Voisinage.Grains.Organisations;

[GenerateSerializer]
public sealed record OrganisationState
{
    /// <summary>Null until created.</summary>
    [Id(0)] public Organisation? Organisation { get; init; }

    [Id(1)] public List<OrganisationMember> Members { get; init; } = [];

    /// <summary>Oldest first; only ever appended to.</summary>
    [Id(2)] public List<OrganisationLogEntry> Log { get; init; } = [];

    /// <summary>The area's home cells, compacted (H3 indexes).</summary>
    [Id(3)] public List<string> AreaCells { get; init; } = [];

    /// <summary>The index shards the area was written to (so a redrawn area leaves the ones it no longer touches).</summary>
    [Id(4)] public List<string> AreaShards { get; init; } = [];
}
