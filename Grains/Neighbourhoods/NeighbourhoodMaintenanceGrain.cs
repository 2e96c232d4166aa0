using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>Automatic merges, run from a stateless worker so that no neighbourhood waits on another in its own turn.</summary>
[StatelessWorker]
[Reentrant]
internal sealed class NeighbourhoodMaintenanceGrain : Grain, INeighbourhoodMaintenanceGrain
{
    public async Task<string?> MergeSmall(string smallId, IReadOnlyList<string> neighbourIds, string operationId)
    {
        var summaries = await Task.WhenAll(neighbourIds.Select(id => GrainFactory.GetGrain<INeighbourhoodFormationGrain>(id).PeekSummary()));

        // SPEC §4: into the largest adjacent neighbour; if it cannot take it now (busy), the next largest.
        foreach (var candidate in summaries.OfType<NeighbourhoodSummary>()
                     .OrderByDescending(s => s.MemberCount).ThenByDescending(s => s.Cells.Count).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            try
            {
                await GrainFactory.GetGrain<INeighbourhoodFormationGrain>(candidate.Id).Absorb(smallId, operationId);
                return candidate.Id;
            }
            catch (VoisinageException)
            {
                // Busy or no longer adjacent: try the next one; the reminder tries again tomorrow otherwise.
            }
        }

        return null;
    }
}
