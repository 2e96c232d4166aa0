using Orleans.Concurrency;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// Alert lookups that need no state: radius targeting through the res-7 area indexes (a few grains per raise, never
/// one per block cell) and member checks for reads and subscriptions. A stateless worker, so no activation is hot.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class AlertDirectoryGrain : Grain, IAlertDirectoryGrain
{
    public async Task<IReadOnlyList<string>> Targets(string blockCell, int radiusMeters)
    {
        var origin = Cells.ParseBlock(blockCell);
        var blocks = Cells.BlocksWithin(origin, H3.CellToLatLng(origin), radiusMeters);
        var owners = (await Cells.OwnersOf(GrainFactory, blocks.Keys)).Values.Distinct(StringComparer.Ordinal).ToList();

        // The index may lag a merge: alerts go to the neighbourhood an id answers to now.
        var canonical = await Task.WhenAll(owners.Select(id => NeighbourhoodLookup.Resolve(GrainFactory, id)));
        return [.. canonical.OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    public async Task<AlertPage> ReadFor(string residentId, string neighbourhoodId, long since, int first)
    {
        Cells.ParseBlock(neighbourhoodId);
        if (since < 0)
        {
            throw VoisinageException.BadInput("since must be 0 or more.");
        }

        if (first is < 1 or > 500)
        {
            throw VoisinageException.BadInput("first must be between 1 and 500.");
        }

        var canonical = await NeighbourhoodLookup.Resolve(GrainFactory, neighbourhoodId)
            ?? throw VoisinageException.NotFound("No such neighbourhood.");
        if (!(await GrainFactory.StandingOf(residentId)).IsMemberOf(canonical))
        {
            throw VoisinageException.Forbidden("Only members can read a neighbourhood's alerts.");
        }

        // An alias's own numbering ended with the merge: its readers continue on the survivor's.
        return await GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(canonical).GetSince(canonical == neighbourhoodId ? since : 0, first);
    }

    public async Task<string> ListeningNeighbourhood(string residentId)
    {
        var standing = await GrainFactory.StandingOf(residentId);
        var (id, _) = standing.RequireVerifiedMember("Only verified residents receive alerts.", "Join a neighbourhood to receive its alerts.");
        return id;
    }
}
