using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>The H3 resolutions of SPEC §1 and the conversions the grains share.</summary>
public static class Cells
{
    public const int HomeResolution = 10;
    public const int BlockResolution = 9;
    public const int AreaResolution = 7;

    /// <summary>The cell of a point, or a <c>BAD_USER_INPUT</c> refusal for coordinates that are not a place on Earth.</summary>
    public static H3Index At(double lat, double lng, int resolution)
    {
        if (!double.IsFinite(lat) || !double.IsFinite(lng) || lat is < -90 or > 90 || lng is < -180 or > 180)
        {
            throw VoisinageException.BadInput("Coordinates must be a latitude in [-90, 90] and a longitude in [-180, 180].");
        }

        return H3.LatLngToCell(new LatLng(lat, lng), resolution);
    }

    /// <summary>
    /// The block a home at this point belongs to: the parent of its res-10 cell, as for members. H3 children do not tile
    /// their parent exactly, so near a block's edge the res-9 cell of the point itself can be the next block.
    /// </summary>
    public static H3Index BlockAt(double lat, double lng) => H3.CellToParent(At(lat, lng, HomeResolution), BlockResolution);

    public static H3Index BlockOf(string homeCell) => H3.CellToParent(H3Index.Parse(homeCell), BlockResolution);

    public static string AreaOf(string blockCell) => H3.CellToParent(H3Index.Parse(blockCell), AreaResolution).ToString();

    /// <summary>A valid block cell id, or a <c>NOT_FOUND</c> refusal (ids of neighbourhoods are block cells).</summary>
    public static H3Index ParseBlock(string? id) =>
        H3Index.TryParse(id, out var cell) && cell.IsValid && cell.Resolution == BlockResolution && id == cell.ToString()
            ? cell
            : throw VoisinageException.NotFound("No such neighbourhood.");

    /// <summary>Grid distance within a bound; cells H3 cannot measure between (far apart, across pentagons) are not near.</summary>
    public static bool WithinGridDistance(H3Index a, H3Index b, int max)
    {
        try
        {
            return H3.GridDistance(a, b) <= max;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The block cells within <paramref name="radiusMeters"/> of a point (measured to each cell's centre), with their
    /// distance; <paramref name="origin"/>, the point's own block, always belongs.
    /// </summary>
    public static Dictionary<string, double> BlocksWithin(H3Index origin, LatLng from, double radiusMeters)
    {
        var k = H3.GridDiskRadiusForMeters(radiusMeters, BlockResolution);
        var blocks = new Dictionary<string, double>();
        foreach (var cell in H3.GridDisk(origin, k))
        {
            var d = H3.DistanceMeters(from, H3.CellToLatLng(cell));
            if (d <= radiusMeters || cell == origin)
            {
                blocks[cell.ToString()] = d;
            }
        }

        return blocks;
    }

    /// <summary>
    /// Owners of the given block cells that have one, read from their res-7 area indexes: a few grain calls for a whole
    /// search, never one per block, and area indexes call nobody back (safe from any grain's turn).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> OwnersOf(IGrainFactory grains, IEnumerable<string> blockCells)
    {
        var lookups = blockCells.GroupBy(AreaOf).Select(area => grains.GetGrain<IAreaIndexGrain>(area.Key).GetOwners([.. area]));
        var owners = new Dictionary<string, string>();
        foreach (var found in await Task.WhenAll(lookups))
        {
            foreach (var (cell, owner) in found)
            {
                owners[cell] = owner;
            }
        }

        return owners;
    }
}
