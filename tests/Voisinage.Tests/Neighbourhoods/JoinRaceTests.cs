using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Neighbourhoods.NeighbourhoodChangeTests;
using static Voisinage.Tests.Verification.CooptationTests;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>
/// A join that races a split or merge (MaxMembers = 10): the joiner looked up the neighbourhood of their block, and before
/// their join arrived the block moved to another neighbourhood. They end up where their block is, as if they had joined a
/// moment earlier; a resident whose block never was the neighbourhood's is still refused.
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class JoinRaceTests(ChaosClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private INeighbourhoodDirectoryGrain Directory => Grains.GetGrain<INeighbourhoodDirectoryGrain>(0);

    private async Task<IResidentMembershipGrain> Resident(H3Index block) => (await VerifiedByPostcard(Grains, Home(block))).AsMembership();

    /// <summary><paramref name="length"/> blocks in a line from <paramref name="start"/>: each next to the one before, each one block farther from the first.</summary>
    private static H3Index[] Line(H3Index start, int length)
    {
        var line = new List<H3Index> { start };
        while (line.Count < length)
        {
            line.Add(H3.GridDisk(line[^1], 1).Where(c => H3.GridDistance(start, c) == line.Count).Order().First());
        }

        return [.. line];
    }

    private async Task<string> Owner(H3Index block) => (await Grains.GetGrain<IBlockCellGrain>(block.ToString()).GetOwner())!;

    [Fact]
    public async Task A_join_asked_of_a_neighbourhood_whose_split_just_took_the_block_away_joins_the_half_that_has_it()
    {
        // c0–c1–c2–c3 in a line: 3, 3, 3 and 1 members make 10 (MaxMembers, no split yet).
        var c = Line(Block(0, 20_000), 5);
        var residents = new Dictionary<string, string>();
        var founder = await Resident(c[0]);
        var id = await founder.FoundNeighbourhood("Vaise-Industrie");
        residents[founder.Id()] = c[0].ToString();
        foreach (var (block, count) in new[] { (c[0], 2), (c[1], 3), (c[2], 3), (c[3], 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var member = await Resident(block);
                await member.JoinNeighbourhood(id);
                residents[member.Id()] = block.ToString();
            }
        }

        // Two residents look up the neighbourhood of their block (c3: far from c0 and c1; c2: next to c1).
        var (farRacer, nearRacer) = (await Resident(c[3]), await Resident(c[2]));
        Assert.Equal(id, (await Directory.At(Home(c[3]).Lat, Home(c[3]).Lng))!.Id);
        Assert.Equal(id, (await Directory.At(Home(c[2]).Lat, Home(c[2]).Lng))!.Id);

        // Before they join, the eleventh member's join splits it: c2 and c3 (5 members) go to the new half.
        var eleventh = await Resident(c[3]);
        await eleventh.JoinNeighbourhood(id);
        residents[eleventh.Id()] = c[3].ToString();
        var half = await Owner(c[3]);
        Assert.NotEqual(id, half);
        Assert.Equal(half, await Owner(c[2]));
        Assert.Equal(id, await Owner(c[1]));

        // Each joins the id they were given, and ends up in the half that owns their block now.
        var writes = SharedStorage.Writes("neighbourhood", half);
        var joined = await Task.WhenAll(farRacer.JoinNeighbourhood(id), nearRacer.JoinNeighbourhood(id));
        Assert.All(joined, summary => Assert.Equal(half, summary.Id));
        Assert.Equal(7, joined.Max(s => s.MemberCount));
        Assert.Equal(half, await farRacer.GetNeighbourhoodId());
        Assert.Equal(half, await nearRacer.GetNeighbourhoodId());
        Assert.InRange(SharedStorage.Writes("neighbourhood", half) - writes, 1, 2);
        residents[farRacer.Id()] = c[3].ToString();
        residents[nearRacer.Id()] = c[2].ToString();

        // A block the half annexed later never was this neighbourhood's: its resident is refused, as is one from afar.
        var annexer = await Resident(c[4]);
        Assert.Equal(half, (await annexer.JoinNeighbourhood(half)).Id);
        residents[annexer.Id()] = c[4].ToString();
        var stranger = await Resident(c[4]);
        await Refused(ErrorCodes.Forbidden, () => stranger.JoinNeighbourhood(id));
        var far = H3.GridDisk(c[0], 6).Last();
        var distant = await Resident(far);
        await Refused(ErrorCodes.Forbidden, () => distant.JoinNeighbourhood(id));
        Assert.Null(await stranger.GetNeighbourhoodId());
        Assert.Null(await distant.GetNeighbourhoodId());
        residents[stranger.Id()] = c[4].ToString();
        residents[distant.Id()] = far.ToString();

        var report = await InvariantChecker.Check(Grains, [.. c.Append(far).Select(b => b.ToString())], residents);
        Assert.Empty(report.Violations);
        Assert.Equal(8, report.Live[half].Members.Count);
        Assert.Equal(6, report.Live[id].Members.Count);
    }

    [Fact]
    public async Task A_queued_join_for_an_id_merged_away_meanwhile_joins_the_survivor()
    {
        // The resident's join resolved B (a neighbourhood then), and B was merged into A before the join queue sent it.
        var ring = H3.GridDisk(Block(0, 25_000), 1);
        var (a, b, far) = (ring[0], ring[1], H3.GridDisk(ring[0], 4).Last());
        var aLead = await Resident(a);
        var aId = await aLead.FoundNeighbourhood("Montchat");
        await (await Resident(a)).JoinNeighbourhood(aId);
        var bLead = await Resident(b);
        var bId = await bLead.FoundNeighbourhood("Monplaisir");
        var proposal = await bLead.ProposeMerge(aId);
        Assert.Equal(aId, await aLead.AcceptMerge(proposal.Id));

        // Every request to the alias is sent on, in one answer that writes nothing there.
        var (joiner, distant) = (await Resident(b), await Resident(far));
        var outcomes = await Grains.GetGrain<INeighbourhoodFormationGrain>(bId).JoinMany([new(joiner.Id(), b.ToString()), new(distant.Id(), far.ToString())]);
        Assert.All(outcomes, o => Assert.Equal(JoinOutcome.Moved(aId), o));

        // Through the join queue, the survivor decides: the resident of the absorbed block joins, one from afar is refused.
        var queue = Grains.GetGrain<IJoinQueueGrain>(0);
        Assert.Equal(aId, (await queue.Join(bId, joiner.Id(), b.ToString()))!.Id);
        Assert.Equal(aId, await joiner.GetNeighbourhoodId());
        await Refused(ErrorCodes.Forbidden, () => queue.Join(bId, distant.Id(), far.ToString()));
        Assert.Null(await distant.GetNeighbourhoodId());
        Assert.Equal(4, (await Grains.GetGrain<INeighbourhoodGrain>(aId).GetSummary())!.MemberCount);
    }
}
