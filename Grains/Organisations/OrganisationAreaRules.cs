using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// A town hall's or agency's area: the home cells (res 10) whose centres lie in its GeoJSON polygon, kept compacted, and
/// split into the shards of the area index (one per res-5 cell, about 250 km²), so no grain carries a whole region.
/// </summary>
internal static class OrganisationAreaRules
{
    /// <summary>The resolution of the shards of <see cref="IOrganisationAreaIndexGrain"/>.</summary>
    public const int ShardResolution = 5;

    /// <summary>The compacted cells of the area, or the refusal (BAD_USER_INPUT, AREA_TOO_LARGE).</summary>
    public static (IReadOnlyList<H3Index> Compacted, int CellCount) Fill(string geoJson, OrganisationOptions options)
    {
        GeoJsonArea area;
        try
        {
            area = GeoJsonArea.Parse(geoJson ?? string.Empty, options.MaxAreaPositions);
        }
        catch (ArgumentException e)
        {
            throw VoisinageException.BadInput(e.Message);
        }

        var tooLarge = $"The area covers more than {options.MaxAreaCells} home cells (about {options.MaxAreaCells * 0.015:0} km²).";
        if (area.EstimateCells(Cells.HomeResolution) > options.MaxAreaCells * 1.2)
        {
            throw new VoisinageException(ErrorCodes.AreaTooLarge, tooLarge);
        }

        var cells = area.ToCells(Cells.HomeResolution);
        if (cells.Length > options.MaxAreaCells)
        {
            throw new VoisinageException(ErrorCodes.AreaTooLarge, tooLarge);
        }

        return cells.Length > 0 ? (H3.CompactCells(cells), cells.Length) : throw VoisinageException.BadInput("The area holds no home cell: draw it larger.");
    }

    /// <summary>The compacted cells grouped by the index shard they fall in (cells coarser than a shard are split into shards).</summary>
    public static Dictionary<string, List<string>> ByShard(IEnumerable<H3Index> compacted)
    {
        var shards = new Dictionary<string, List<string>>();
        foreach (var cell in compacted)
        {
            var pieces = cell.Resolution < ShardResolution ? H3.CellToChildren(cell, ShardResolution) : [cell];
            foreach (var piece in pieces)
            {
                var shard = H3.CellToParent(piece, ShardResolution).ToString();
                if (!shards.TryGetValue(shard, out var list))
                {
                    shards[shard] = list = [];
                }

                list.Add(piece.ToString());
            }
        }

        return shards;
    }

    /// <summary>The cell and its ancestors (res 0 up to its own): an area holds the cell when it lists one of them.</summary>
    public static IReadOnlyList<string> Lineage(string homeCell)
    {
        var cell = H3Index.Parse(homeCell);
        return [.. Enumerable.Range(0, cell.Resolution + 1).Select(r => H3.CellToParent(cell, r).ToString())];
    }

    /// <summary>Whether compacted area cells hold the home whose <see cref="Lineage"/> is given (holes are cells not listed).</summary>
    public static bool Covers(IReadOnlySet<string> compacted, IReadOnlyList<string> lineage) => lineage.Any(compacted.Contains);

    /// <summary>The shard a home cell is looked up in.</summary>
    public static string ShardOf(string homeCell) => H3.CellToParent(H3Index.Parse(homeCell), ShardResolution).ToString();
}
