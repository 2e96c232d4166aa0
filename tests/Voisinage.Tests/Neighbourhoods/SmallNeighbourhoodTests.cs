using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>The 30-day rule for small neighbourhoods, on the fake-clock cluster (MinMembers = 3).</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class SmallNeighbourhoodTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private Task<IResidentAccountGrain> Resident(H3Index block) => Neighbours.NewVerifiedResident(Grains, NeighbourhoodChangeTests.Home(block));

    [Fact]
    public async Task A_neighbourhood_small_for_30_days_merges_into_its_largest_neighbour_by_reminder()
    {
        var ring = H3.GridDisk(NeighbourhoodChangeTests.Block(3000, 0), 1);
        var (small, large, medium) = (ring[0], ring[1], ring[4]);
        var lonely = await Resident(small);
        var smallId = await lonely.AsMembership().FoundNeighbourhood("Le Coin");
        var largeId = await (await Resident(large)).AsMembership().FoundNeighbourhood("La Croix");
        for (var i = 0; i < 3; i++)
        {
            await (await Resident(large)).AsMembership().JoinNeighbourhood(largeId);
        }

        // Medium has MinMembers (3), so that it is not small itself: with 2 its own size reminder, fired by the clock
        // jump below, could merge it into the large one at the same moment and leave the large one busy.
        var mediumId = await (await Resident(medium)).AsMembership().FoundNeighbourhood("Le Plateau");
        for (var i = 0; i < 2; i++)
        {
            await (await Resident(medium)).AsMembership().JoinNeighbourhood(mediumId);
        }

        // Small since founding: its size reminder is registered.
        var silo = (InProcessSiloHandle)fixture.Cluster.Primary!;
        var reminders = silo.SiloHost.Services.GetRequiredService<IReminderTable>();
        var grainId = Grains.GetGrain<INeighbourhoodGrain>(smallId).GetGrainId();
        Assert.Contains((await reminders.ReadRows(grainId)).Reminders, r => r.ReminderName == "size-check");

        // Not yet 30 days: the reminder's check changes nothing.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(20));
        await Grains.GetGrain<INeighbourhoodGrain>(smallId).CheckSize();
        Assert.Equal(smallId, await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(smallId));

        // Past 30 days the check merges it. Jumping the shared fake clock by days can make a cross-silo call of that merge
        // time out once (the silos' own timers run on that clock); the daily reminder would then simply try again.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(11));
        for (var check = 0; check < 3 && await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(smallId) == smallId; check++)
        {
            await Grains.GetGrain<INeighbourhoodGrain>(smallId).CheckSize();
        }

        Assert.Equal(largeId, await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(smallId));
        Assert.Equal(largeId, await lonely.AsMembership().GetNeighbourhoodId());
        Assert.Equal(mediumId, await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(mediumId));
        Assert.Equal(5, (await Grains.GetGrain<INeighbourhoodGrain>(largeId).GetSummary())!.MemberCount);
        Assert.DoesNotContain((await reminders.ReadRows(grainId)).Reminders, r => r.ReminderName == "size-check");
    }
}
