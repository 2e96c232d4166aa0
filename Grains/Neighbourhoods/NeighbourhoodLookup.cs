namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Turns any neighbourhood id a client or a grain holds (maybe an alias, maybe in the middle of a merge or split)
/// into the id of the neighbourhood that answers for it now. A busy id is settled by its coordinator first, so
/// whoever reads rolls an interrupted operation forward instead of seeing it half done.
/// </summary>
internal static class NeighbourhoodLookup
{
    private const int MaxSteps = 16;

    public static async Task<string?> Resolve(IGrainFactory grains, string? id)
    {
        if (id is null)
        {
            return null;
        }

        for (var step = 0; step < MaxSteps; step++)
        {
            var resolution = await grains.GetGrain<INeighbourhoodGrain>(id).Resolve();
            switch (resolution.Kind)
            {
                case ResolutionKind.None:
                    return null;
                case ResolutionKind.Here:
                    return id;
                case ResolutionKind.Alias:
                    id = resolution.Id!;
                    break;
                case ResolutionKind.Busy:
                    await grains.GetGrain<INeighbourhoodFormationGrain>(resolution.Id!).Settle(id, resolution.OperationId!);
                    break;
            }
        }

        throw VoisinageException.Conflict("This neighbourhood is being reorganised: try again in a moment.");
    }

    /// <summary>The public summary of what the id answers for now, or null.</summary>
    public static async Task<NeighbourhoodSummary?> Summary(IGrainFactory grains, string? id)
    {
        var current = await Resolve(grains, id);
        return current is null ? null : await grains.GetGrain<INeighbourhoodGrain>(current).GetSummary();
    }
}
