using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Neighbourhoods.NeighbourhoodChangeTests;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>
/// The neighbourhood's one reentrancy rule (docs/neighbourhoods.md): an interleaved call of the coordination face that
/// would change the state refuses while a turn of the grain is in flight, and is let in once it ended. The turn is held
/// in the middle of its write, the moment an unguarded interleaved write would have raced it.
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class NeighbourhoodReentrancyTests(ChaosClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private IGrainFactory Grains => fixture.Grains;

    private Task<IResidentAccountGrain> Resident(H3Index block) => VerifiedByPostcard(Grains, Home(block));

    private INeighbourhoodFormationGrain Formation(string id) => Grains.GetGrain<INeighbourhoodFormationGrain>(id);

    [Fact]
    public async Task A_freeze_is_refused_while_a_join_is_being_saved_and_let_in_once_it_is()
    {
        var ring = H3.GridDisk(Block(36_000, 0), 1);
        var (a, b) = (ring[0], ring[1]);
        var nLead = await Resident(a);
        var nId = await nLead.AsMembership().FoundNeighbourhood("Les Pentes");
        var xId = await (await Resident(b)).AsMembership().FoundNeighbourhood("La Croix-Rousse");

        // N consents to be merged into X (its lead proposed it), so only the rule can refuse X's freeze.
        var proposal = await nLead.AsMembership().ProposeMerge(xId);
        var newcomer = await Resident(a);
        Task joining;
        using (var hold = SharedStorage.HoldWrites("neighbourhood", nId))
        {
            joining = newcomer.AsMembership().JoinNeighbourhood(nId);
            await hold.Reached.WaitAsync(Patience);
            Assert.Null(await Formation(nId).Freeze(xId, proposal.Id));
            Assert.False(joining.IsCompleted);
        }

        await joining.WaitAsync(Patience);
        var frozen = await Formation(nId).Freeze(xId, proposal.Id);
        Assert.NotNull(frozen);
        Assert.Contains(newcomer.Id(), frozen.Members.Keys);
        Assert.Equal(ResolutionKind.Busy, (await Grains.GetGrain<INeighbourhoodGrain>(nId).Resolve()).Kind);

        await Formation(nId).Unfreeze(proposal.Id);
        Assert.Equal(ResolutionKind.Here, (await Grains.GetGrain<INeighbourhoodGrain>(nId).Resolve()).Kind);
        Assert.Equal(2, (await Grains.GetGrain<INeighbourhoodGrain>(nId).GetSummary())!.MemberCount);
    }

    [Fact]
    public async Task A_seed_is_refused_while_a_founding_claims_its_block()
    {
        var block = Block(38_000, 0);
        var id = block.ToString();
        var founder = await Resident(block);
        var seed = new NeighbourhoodSeed(Block(38_000, 2_000).ToString(), "split-test-reentrancy", "Moitié", [id],
            new Dictionary<string, string> { ["someone-else"] = id }, ["someone-else"], [], DateTimeOffset.UnixEpoch);
        Task<string> founding;
        // Held on the block's claim: the founding turn has not named the neighbourhood yet, so only the rule refuses.
        using (var hold = SharedStorage.HoldWrites("cell", id))
        {
            founding = founder.AsMembership().FoundNeighbourhood("Vaise");
            await hold.Reached.WaitAsync(Patience);
            Assert.False(await Formation(id).Seed(seed));
        }

        Assert.Equal(id, await founding.WaitAsync(Patience));
        var snapshot = await Grains.GetGrain<INeighbourhoodGrain>(id).GetSnapshot();
        Assert.Equal("Vaise", snapshot.Name);
        Assert.Equal([founder.Id()], snapshot.Members.Keys);
        Assert.False(snapshot.Busy);
    }
}
