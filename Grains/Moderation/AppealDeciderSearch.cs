using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// Who decides an appeal (issue 20): a lead of the nearest other neighbourhood — by the distance between the
/// neighbourhoods' centres (the mean of their blocks' centres; never anyone's home) — that has a lead who took no part in
/// the decision appealed, searched within <see cref="NeighbourhoodDirectoryGrain.MaxRadiusMeters"/>; none there: operators
/// only. Chosen once, when the appeal is made (<see cref="AppealView.DeciderNeighbourhoodId"/>); operators may always decide.
/// </summary>
internal static class AppealDeciderSearch
{
    /// <summary>The neighbourhood whose leads decide an appeal of content of <paramref name="neighbourhoodId"/>, or null for operators only.</summary>
    public static async Task<string?> NearestNeighbourhood(IGrainFactory grains, string neighbourhoodId, IReadOnlyCollection<string> excluded)
    {
        var own = await NeighbourhoodLookup.Summary(grains, neighbourhoodId);
        if (own is not { Cells.Count: > 0 })
        {
            return null;
        }

        var centre = Centre(own.Cells);
        var near = await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Near(centre.Lat, centre.Lng, NeighbourhoodDirectoryGrain.MaxRadiusMeters);
        var byDistance = near
            .Where(n => n.Id != own.Id && n.Cells.Count > 0)
            .OrderBy(n => H3.DistanceMeters(centre, Centre(n.Cells)))
            .ThenBy(n => n.Id, StringComparer.Ordinal);
        foreach (var candidate in byDistance)
        {
            var leads = (await grains.GetGrain<INeighbourhoodGrain>(candidate.Id).GetSnapshot()).Leads;
            if (leads.Any(lead => !excluded.Contains(lead)))
            {
                return candidate.Id;
            }
        }

        return null;
    }

    /// <summary>Whether a resident leads the neighbourhood an appeal was sent to (followed through a merge since); false for none.</summary>
    public static async Task<bool> LeadsDeciders(IGrainFactory grains, Standing standing, string? deciderNeighbourhoodId) =>
        deciderNeighbourhoodId is not null
        && standing.Level == StandingLevel.Lead
        && await standing.IsLeadOf(grains, await NeighbourhoodLookup.Resolve(grains, deciderNeighbourhoodId) ?? deciderNeighbourhoodId);

    /// <summary>The mean of the blocks' centres: a neighbourhood spans a few hundred metres, where that is its centre.</summary>
    private static LatLng Centre(IReadOnlyList<string> cells)
    {
        var centres = cells.Select(c => H3.CellToLatLng(H3Index.Parse(c))).ToList();
        return new LatLng(centres.Average(c => c.Lat), centres.Average(c => c.Lng));
    }
}
