using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The reach of an association or business (docs/organisations.md, "Reach"): chosen neighbourhoods, or the home cells
/// whose centres lie within a radius of a business's premises. Either is kept like a drawn area (compacted cells).
/// </summary>
internal static class OrganisationReachRules
{
    /// <summary>
    /// Whether a block (res 9) holds home cells of a compacted area: one of its ancestors (or itself) is in the area, or
    /// a finer cell of the area lies inside it.
    /// </summary>
    public static bool Touches(IReadOnlySet<H3Index> area, H3Index block) =>
        Enumerable.Range(0, block.Resolution + 1).Any(r => area.Contains(H3.CellToParent(block, r)))
        || area.Any(c => c.Resolution > block.Resolution && H3.CellToParent(c, block.Resolution) == block);

    public const int MinRadiusMeters = 100;

    /// <summary>Neighbourhoods one reach may list: a local association or shop, not a city-wide campaign.</summary>
    public const int MaxNeighbourhoods = 20;

    /// <summary>
    /// A business's premises point, checked; null when none is given. Only a business has public premises: a point
    /// given for any other kind could be somebody's home, so it is refused.
    /// </summary>
    public static LatLng? Premises(OrganisationKind kind, double? latitude, double? longitude)
    {
        if (latitude is null && longitude is null)
        {
            return null;
        }

        if (kind != OrganisationKind.Business)
        {
            throw VoisinageException.BadInput("Only a business places its premises on the map.");
        }

        if (latitude is not { } lat || longitude is not { } lng)
        {
            throw VoisinageException.BadInput("Give both the latitude and the longitude of the premises.");
        }

        _ = Cells.At(lat, lng, Cells.HomeResolution);
        return new LatLng(lat, lng);
    }

    /// <summary>The shape of a request for this organisation: kind, exclusive choice, bounds (BAD_USER_INPUT otherwise).</summary>
    public static void Check(Organisation organisation, ReachRequest request, LatLng? premises, int maxMeters)
    {
        if (organisation.Kind is not (OrganisationKind.Association or OrganisationKind.Business))
        {
            throw VoisinageException.BadInput("Only an association or a business has a reach; a town hall or agency draws its area.");
        }

        var ids = request.NeighbourhoodIds ?? [];
        if ((ids.Count > 0) == (request.RadiusMeters is not null))
        {
            throw VoisinageException.BadInput("Choose either neighbourhoods or a radius.");
        }

        if (ids.Count > MaxNeighbourhoods)
        {
            throw VoisinageException.BadInput($"A reach lists at most {MaxNeighbourhoods} neighbourhoods.");
        }

        if (request.RadiusMeters is { } radius)
        {
            if (organisation.Kind != OrganisationKind.Business)
            {
                throw VoisinageException.BadInput("Only a business, whose premises are public, reaches a radius around them.");
            }

            if (radius < MinRadiusMeters || radius > maxMeters)
            {
                throw VoisinageException.BadInput($"The radius is between {MinRadiusMeters} and {maxMeters} metres.");
            }

            if (premises is null)
            {
                throw VoisinageException.BadInput("Place the premises on the map first.");
            }
        }
    }

    /// <summary>The home cells (res 10) whose centres lie within <paramref name="radiusMeters"/> of the premises.</summary>
    public static List<H3Index> Disk(LatLng premises, int radiusMeters)
    {
        var origin = H3.LatLngToCell(premises, Cells.HomeResolution);
        var k = H3.GridDiskRadiusForMeters(radiusMeters, Cells.HomeResolution);
        return [.. H3.GridDisk(origin, k).Where(c => H3.DistanceMeters(premises, H3.CellToLatLng(c)) <= radiusMeters)];
    }

    /// <summary>How many home cells the given cells (any resolution up to a home cell's) hold.</summary>
    public static int HomeCellCount(IEnumerable<H3Index> cells) =>
        cells.Sum(c => c.Resolution == Cells.HomeResolution ? 1 : H3.CellToChildren(c, Cells.HomeResolution).Length);
}
