using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Verification.CooptationTests;

namespace Voisinage.Tests.Neighbourhoods;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class NeighbourhoodGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    /// <summary>A place of its own for each test (neighbourhoods persist for the whole collection).</summary>
    private static (double Lat, double Lng) Place(int test) => (45.0 + (test * 0.05), 4.0);

    private static (double Lat, double Lng) Block(H3Index block) => (H3.CellToLatLng(block).Lat, H3.CellToLatLng(block).Lng);

    [Fact]
    public async Task Found_then_join_then_annex_an_adjacent_block()
    {
        var home = Place(1);
        var founder = await Neighbours.NewVerifiedResident(Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Les Pentes");
        var block = H3Index.Parse(id);
        Assert.Equal(Cells.BlockResolution, block.Resolution);

        var sameBlock = await Neighbours.NewVerifiedResident(Grains, home);
        await sameBlock.AsMembership().JoinNeighbourhood(id);

        var neighbourBlock = H3.GridDisk(block, 1).First(c => c != block);
        var annexer = await Neighbours.NewVerifiedResident(Grains, Block(neighbourBlock));
        await annexer.AsMembership().JoinNeighbourhood(id);

        var summary = (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSummary())!;
        Assert.Equal(3, summary.MemberCount);
        Assert.Equal(new[] { id, neighbourBlock.ToString() }.Order(), summary.Cells.Order());
        Assert.Equal(id, await Grains.GetGrain<IBlockCellGrain>(neighbourBlock.ToString()).GetOwner());
        Assert.Equal(id, (await annexer.GetProfile())!.NeighbourhoodId);
    }

    [Fact]
    public async Task A_join_answers_with_the_neighbourhood_and_a_lead_names_leads_only_in_their_own()
    {
        var home = Place(6);
        var founder = await Neighbours.NewVerifiedResident(Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Gerland");
        var member = await Neighbours.NewVerifiedResident(Grains, home);
        var joined = await member.AsMembership().JoinNeighbourhood(id);
        Assert.Equal((id, 2), (joined.Id, joined.MemberCount));
        Assert.Equal((id, 2), ((await member.AsMembership().JoinNeighbourhood(id)).Id, (await member.AsMembership().JoinNeighbourhood(id)).MemberCount));

        var elsewhere = await (await Neighbours.NewVerifiedResident(Grains, (home.Lat + 0.02, home.Lng))).AsMembership().FoundNeighbourhood("Confluence");
        await Refused(ErrorCodes.Forbidden, () => founder.AsMembership().NameLead(elsewhere, member.Id()));
        await Refused(ErrorCodes.NotFound, () => founder.AsMembership().NameLead("zzz", member.Id()));
        await Refused(ErrorCodes.Forbidden, () => member.AsMembership().NameLead(id, founder.Id()));
        Assert.Equal([founder.Id()], (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSnapshot()).Leads);

        await founder.AsMembership().NameLead(id, member.Id());
        Assert.Equal(new[] { founder.Id(), member.Id() }.Order(), (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSnapshot()).Leads.Order());
    }

    [Fact]
    public async Task Refusals_unverified_distant_owned_elsewhere_and_double_membership()
    {
        var home = Place(2);
        var founder = await Neighbours.NewVerifiedResident(Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Croix-Rousse");

        var unverified = await Neighbours.NewResident(Grains, home);
        await Refused(ErrorCodes.NotVerified, () => unverified.AsMembership().JoinNeighbourhood(id));
        await Refused(ErrorCodes.NotVerified, () => unverified.AsMembership().FoundNeighbourhood("Ailleurs"));

        var far = await Neighbours.NewVerifiedResident(Grains, (home.Lat + 0.05, home.Lng));
        await Refused(ErrorCodes.Forbidden, () => far.AsMembership().JoinNeighbourhood(id));
        Assert.Null((await far.GetProfile())!.NeighbourhoodId);

        var second = await Neighbours.NewVerifiedResident(Grains, home);
        await Refused(ErrorCodes.Conflict, () => second.AsMembership().FoundNeighbourhood("Doublon"));
        await Refused(ErrorCodes.Conflict, () => founder.AsMembership().FoundNeighbourhood("Encore"));
        await Refused(ErrorCodes.NotFound, () => second.AsMembership().JoinNeighbourhood("not-a-cell"));
        await Refused(ErrorCodes.BadUserInput, () => far.AsMembership().FoundNeighbourhood("x"));

        var summary = (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSummary())!;
        Assert.Equal(1, summary.MemberCount);
    }

    [Fact]
    public async Task Concurrent_founders_and_annexers_leave_every_block_with_one_owner()
    {
        var origin = Cells.At(Place(3).Lat, Place(3).Lng, Cells.BlockResolution);
        var ring = H3.GridDisk(origin, 1);
        var residents = new List<IResidentAccountGrain>();
        foreach (var cell in ring)
        {
            for (var i = 0; i < 2; i++)
            {
                residents.Add(await Neighbours.NewVerifiedResident(Grains, Block(cell)));
            }
        }

        // Everyone founds at once; then everyone without a neighbourhood joins a neighbour's at once.
        await Task.WhenAll(residents.Select(r => Attempt(() => r.AsMembership().FoundNeighbourhood("Quartier"))));
        var ids = (await Task.WhenAll(residents.Select(r => r.GetProfile()))).Select(p => p!.NeighbourhoodId).OfType<string>().Distinct().ToList();
        await Task.WhenAll(residents.Select(r => Attempt(async () =>
        {
            foreach (var id in ids)
            {
                if ((await r.GetProfile())!.NeighbourhoodId is not null)
                {
                    return;
                }

                await Attempt(() => r.AsMembership().JoinNeighbourhood(id));
            }
        })));

        var members = 0;
        foreach (var id in ids)
        {
            var summary = (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSummary())!;
            members += summary.MemberCount;
            foreach (var cell in summary.Cells)
            {
                Assert.Equal(id, await Grains.GetGrain<IBlockCellGrain>(cell).GetOwner());
            }
        }

        foreach (var cell in ring)
        {
            var owner = await Grains.GetGrain<IBlockCellGrain>(cell.ToString()).GetOwner();
            Assert.NotNull(owner);
            Assert.Single(ids, id => id == owner);
        }

        // Every resident belongs to exactly the neighbourhood that owns their block.
        foreach (var r in residents)
        {
            var profile = (await r.GetProfile())!;
            Assert.NotNull(profile.NeighbourhoodId);
            var block = H3.CellToParent(H3Index.Parse(profile.HomeCell!), Cells.BlockResolution).ToString();
            Assert.Equal(profile.NeighbourhoodId, await Grains.GetGrain<IBlockCellGrain>(block).GetOwner());
        }

        Assert.Equal(residents.Count, members);
    }

    [Fact]
    public async Task The_last_member_leaving_frees_the_block_and_moving_home_leaves()
    {
        var home = Place(4);
        var founder = await Neighbours.NewVerifiedResident(Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Vieux Lyon");
        var other = await Neighbours.NewVerifiedResident(Grains, home);
        await other.AsMembership().JoinNeighbourhood(id);

        await founder.AsMembership().LeaveNeighbourhood();
        var details = await Grains.GetGrain<INeighbourhoodGrain>(id).GetDetails(other.Id());
        Assert.Equal([other.Id()], details.Leads);

        await other.AsVerification().SetHome(home.Lat + 1, home.Lng);
        Assert.Null(await Grains.GetGrain<INeighbourhoodGrain>(id).GetSummary());
        Assert.Null(await Grains.GetGrain<IBlockCellGrain>(id).GetOwner());
        Assert.Null((await other.GetProfile())!.NeighbourhoodId);

        // The block is free again: it can be founded anew.
        Assert.Equal(id, await founder.AsMembership().FoundNeighbourhood("Vieux Lyon II"));
    }

    [Fact]
    public async Task Discovery_finds_the_neighbourhood_at_a_point_and_nearby_ones()
    {
        var home = Place(5);
        var founder = await Neighbours.NewVerifiedResident(Grains, home);
        var id = await founder.AsMembership().FoundNeighbourhood("Saint-Jean");
        var farHome = (home.Lat + 0.009, home.Lng);
        var farFounder = await Neighbours.NewVerifiedResident(Grains, farHome);
        var farId = await farFounder.AsMembership().FoundNeighbourhood("Fourvière");

        var directory = Grains.GetGrain<INeighbourhoodDirectoryGrain>(0);
        Assert.Equal(id, (await directory.At(home.Lat, home.Lng))!.Id);
        Assert.Null(await directory.At(home.Lat - 0.02, home.Lng));

        var near = await directory.Near(home.Lat, home.Lng, 300);
        Assert.Equal([id], near.Select(n => n.Id));
        var wider = await directory.Near(home.Lat, home.Lng, 2000);
        Assert.Equal([id, farId], wider.Select(n => n.Id));
        await Refused(ErrorCodes.BadUserInput, () => directory.Near(home.Lat, home.Lng, 3001));
        await Refused(ErrorCodes.BadUserInput, () => directory.At(double.NaN, 0));
    }

    private static async Task Attempt(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (VoisinageException)
        {
        }
    }
}
