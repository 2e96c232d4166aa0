using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Neighbourhoods;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class DirectoryBlockTests(ClusterFixture fixture)
{
    [Fact]
    public async Task NeighbourhoodAt_a_home_near_a_block_edge_is_the_neighbourhood_of_that_home()
    {
        // H3 children do not tile their parent exactly: find a point whose res-9 cell is not the parent of its res-10
        // cell. A member living there belongs to the parent's block, and that is what neighbourhoodAt must answer.
        var home = Enumerable.Range(0, 10_000)
            .Select(i => (Lat: 43.71 + (i * 0.00002), Lng: 3.21))
            .First(p => H3.LatLngToCell(new LatLng(p.Lat, p.Lng), 9) != Cells.BlockAt(p.Lat, p.Lng));

        var founder = await Neighbours.NewVerifiedResident(fixture.Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Bord de bloc");
        Assert.Equal(Cells.BlockAt(home.Lat, home.Lng).ToString(), id);

        var directory = fixture.Grains.GetGrain<INeighbourhoodDirectoryGrain>(0);
        Assert.Equal(id, (await directory.At(home.Lat, home.Lng))?.Id);
        Assert.Contains(await directory.Near(home.Lat, home.Lng, 0), s => s.Id == id);
    }

    [Fact]
    public async Task A_cancelled_radius_search_stops_with_the_cancellation()
    {
        var directory = fixture.Grains.GetGrain<INeighbourhoodDirectoryGrain>(0);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => directory.Near(45.76, 4.83, 3000, cancelled.Token));

        // The same search without cancellation runs to its end.
        Assert.NotNull(await directory.Near(45.76, 4.83, 3000, CancellationToken.None));
    }
}
