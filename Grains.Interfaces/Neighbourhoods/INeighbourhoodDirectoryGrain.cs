namespace Voisinage.Grains.Neighbourhoods;

/// <summary>Public discovery: which neighbourhood is here, which are near. A stateless worker that fans out to area indexes.</summary>
public interface INeighbourhoodDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>The neighbourhood owning the block cell of a point, or null.</summary>
    Task<NeighbourhoodSummary?> At(double lat, double lng);

    /// <summary>
    /// Neighbourhoods owning a block cell within <paramref name="radiusMeters"/> (0–3,000) of a point, nearest first.
    /// The search stops when <paramref name="cancellationToken"/> is cancelled (the caller has gone or is out of time).
    /// </summary>
    Task<IReadOnlyList<NeighbourhoodSummary>> Near(double lat, double lng, double radiusMeters, CancellationToken cancellationToken = default);
}
