namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Runs the automatic merge of a small neighbourhood outside of any neighbourhood's turn (a stateless worker),
/// so the small one's reminder never waits on a neighbour that is waiting on it.
/// </summary>
public interface INeighbourhoodMaintenanceGrain : IGrainWithIntegerKey
{
    /// <summary>Merges the small neighbourhood into the largest of the given adjacent ones; the survivor's id, or null if none could.</summary>
    Task<string?> MergeSmall(string smallId, IReadOnlyList<string> neighbourIds, string operationId);
}
