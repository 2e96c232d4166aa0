namespace Voisinage.Grains.Organisations;

[GenerateSerializer]
public sealed record OrganisationState
{
    /// <summary>Null until created.</summary>
    [Id(0)] public Organisation? Organisation { get; init; }

    [Id(1)] public List<OrganisationMember> Members { get; init; } = [];

    /// <summary>Oldest first; only ever appended to.</summary>
    [Id(2)] public List<OrganisationLogEntry> Log { get; init; } = [];
}
