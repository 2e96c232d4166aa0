namespace Voisinage.Grains.Organisations;

/// <summary>
/// Where an association or business reaches: the neighbourhoods it chose (ids as they were when chosen), or a radius
/// in metres around a business's premises. Either list is empty or the radius is null, never both set.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationReach(
    [property: Id(0)] IReadOnlyList<string> NeighbourhoodIds,
    [property: Id(1)] int? RadiusMeters);

/// <summary>
/// What an admin asks for: the neighbourhoods (chosen among <see cref="IOrganisationGrain.ReachCandidates"/>) or a
/// radius around the premises; a business may give its premises' point (<see cref="Latitude"/>, <see cref="Longitude"/>,
/// chosen on the map) in the same request. The premises are public; a resident's home never is.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReachRequest(
    [property: Id(0)] IReadOnlyList<string> NeighbourhoodIds,
    [property: Id(1)] int? RadiusMeters,
    [property: Id(2)] double? Latitude,
    [property: Id(3)] double? Longitude);

/// <summary>A neighbourhood an organisation may reach, as anyone may see it (never its members).</summary>
[GenerateSerializer, Immutable]
public sealed record ReachCandidate(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int MemberCount);
