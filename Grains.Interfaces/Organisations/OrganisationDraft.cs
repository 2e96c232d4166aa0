namespace Voisinage.Grains.Organisations;

/// <summary>
/// What a resident gives to create an organisation. <see cref="Identifier"/> is the SIRET (business, public agency), RNA
/// number (association) or INSEE commune code (town hall); <see cref="PublicAddress"/> is for a business only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationDraft(
    [property: Id(0)] OrganisationKind Kind,
    [property: Id(1)] string Name,
    [property: Id(2)] string Identifier,
    [property: Id(3)] string? Description,
    [property: Id(4)] string? Hours,
    [property: Id(5)] string? PublicAddress)
{
    /// <summary>A business's premises, chosen on the map when the address is entered (optional; refused for other kinds).</summary>
    [Id(6)] public double? Latitude { get; init; }

    /// <summary>See <see cref="Latitude"/>.</summary>
    [Id(7)] public double? Longitude { get; init; }
}
