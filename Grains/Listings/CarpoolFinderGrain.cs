using Orleans.Concurrency;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>
/// Carpool matching by H3 proximity (SPEC §6): block cells within 1 km of the resident's home, grouped by res-7
/// area, ask the few carpool indexes concerned; each candidate listing then decides if the resident may see it.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class CarpoolFinderGrain : Grain, ICarpoolFinderGrain
{
    public const double MatchMeters = 1000;

    public async Task<IReadOnlyList<ListingView>> Matches(string residentId, string destinationCell)
    {
        ListingRules.ParseBlockCell(destinationCell, "destinationCell");
        var profile = await GrainFactory.GetGrain<IResidentAccountGrain>(residentId).GetProfile()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        if (profile.HomeCell is not { } homeCell)
        {
            throw VoisinageException.BadInput("Set your home first: rides are matched from it.");
        }

        // The home stays here: only block cells near it leave this grain.
        var home = H3.CellToLatLng(H3Index.Parse(homeCell));
        var block = Cells.BlockOf(homeCell);
        var k = H3.GridDiskRadiusForMeters(MatchMeters, Cells.BlockResolution);
        var origins = H3.GridDisk(block, k)
            .Where(c => H3.DistanceMeters(home, H3.CellToLatLng(c)) <= MatchMeters)
            .Select(c => c.ToString())
            .ToList();
        var lookups = origins.GroupBy(Cells.AreaOf)
            .Select(area => GrainFactory.GetGrain<ICarpoolIndexGrain>(area.Key).Find([.. area], destinationCell, MatchMeters));
        var ids = (await Task.WhenAll(lookups)).SelectMany(x => x).Distinct().ToList();

        // Each candidate listing decides if the resident may see it.
        var views = await GrainFactory.GetGrain<IListingViewsGrain>(0).Visible(residentId, ids);
        return
        [
            .. views
                .Where(v => v.Status == ListingStatus.Open && v.AuthorId != residentId && v.Carpool!.SeatsTaken < v.Carpool.Ride.Seats)
                .OrderBy(v => H3.DistanceMeters(home, H3.CellToLatLng(H3Index.Parse(v.Carpool!.Ride.OriginCell)))),
        ];
    }
}
