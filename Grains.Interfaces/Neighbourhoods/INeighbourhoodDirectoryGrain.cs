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

    /// <summary>
    /// The id of the neighbourhood that <paramref name="id"/> answers for now (itself, or the survivor of a merge; an
    /// interrupted merge or split is settled first), or null if none.
    /// </summary>
    Task<string?> Resolve(string id);

    /// <summary>The public summary of what <paramref name="id"/> answers for now (see <see cref="Resolve"/>), or null.</summary>
    Task<NeighbourhoodSummary?> Find(string id);

    /// <summary>What a member sees of the neighbourhood <paramref name="id"/> answers for now; NOT_FOUND or FORBIDDEN otherwise.</summary>
    Task<NeighbourhoodDetails> Details(string id, string residentId);
}
