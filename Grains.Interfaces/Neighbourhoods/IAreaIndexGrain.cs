using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A read index of block-cell owners inside one coarse cell (H3 res 7, 49 block cells), so that discovery
/// asks a handful of grains instead of one per block cell. Derived from the block cells, which stay the authority.
/// </summary>
public interface IAreaIndexGrain : IGrainWithStringKey
{
    /// <summary>Records a block cell's owner (null when released), ignoring versions older than one already seen.</summary>
    Task Set(string blockCell, string? neighbourhoodId, long version);

    /// <summary>The owners of the given block cells of this area that have one.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, string>> GetOwners(IReadOnlyList<string> blockCells);
}
