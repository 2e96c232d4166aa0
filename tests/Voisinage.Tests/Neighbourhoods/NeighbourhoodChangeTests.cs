using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Verification.CooptationTests;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>Merges, aliases, automatic merges and splits on a three-silo cluster (MaxMembers = 10).</summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class NeighbourhoodChangeTests(ChaosClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    /// <summary>A block cell in Lyon far from the other tests' places, and the point at its centre.</summary>
    internal static H3Index Block(double metresEast, double metresNorth) =>
        H3.LatLngToCell(new LatLng(45.70 + (metresNorth / 111_320.0), 4.80 + (metresEast / 78_000.0)), Cells.BlockResolution);

    internal static (double Lat, double Lng) Home(H3Index block)
    {
        var centre = H3.CellToLatLng(block);
        return (centre.Lat, centre.Lng);
    }

    private Task<IResidentAccountGrain> Resident(H3Index block) => VerifiedByPostcard(Grains, Home(block));

    /// <summary>A resident verified by postcard (no clock involved): the code is read from the operators' outbox.</summary>
    internal static async Task<IResidentAccountGrain> VerifiedByPostcard(IGrainFactory grains, (double Lat, double Lng) home)
    {
        var resident = await Neighbours.NewResident(grains, home);
        await resident.AsVerification().RequestPostcard("1 rue de la République, 69002 Lyon");
        var orders = await grains.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).List(TestSettings.OperatorId, 1000);
        await resident.AsVerification().ConfirmPostcardCode(orders.Single(o => o.ResidentId == resident.Id()).Code);
        return resident;
    }

    [Fact]
    public async Task Merge_keeps_every_member_and_cell_and_the_old_id_answers_as_an_alias()
    {
        var ring = H3.GridDisk(Block(0, 0), 1);
        var (a, b, far) = (ring[0], ring[1], H3.GridDisk(ring[0], 3).Last());
        var aFounder = await Resident(a);
        var aId = await aFounder.AsMembership().FoundNeighbourhood("Les Brotteaux");
        var aOthers = new[] { await Resident(a), await Resident(a) };
        foreach (var r in aOthers)
        {
            await r.AsMembership().JoinNeighbourhood(aId);
        }

        var bFounder = await Resident(b);
        var bId = await bFounder.AsMembership().FoundNeighbourhood("La Guillotière");
        var bOther = await Resident(b);
        await bOther.AsMembership().JoinNeighbourhood(bId);
        var farFounder = await Resident(far);
        var farId = await farFounder.AsMembership().FoundNeighbourhood("Gerland");

        // Refusals change nothing: not a lead, not adjacent, accepted by a non-lead or by the proposer's side.
        await Refused(ErrorCodes.Forbidden, () => bOther.AsMembership().ProposeMerge(aId));
        await Refused(ErrorCodes.BadUserInput, () => bFounder.AsMembership().ProposeMerge(farId));
        await Refused(ErrorCodes.NotFound, () => bFounder.AsMembership().ProposeMerge("89283082803ffff"));
        var proposal = await bFounder.AsMembership().ProposeMerge(aId);
        await Refused(ErrorCodes.Forbidden, () => aOthers[0].AsMembership().AcceptMerge(proposal.Id));
        await Refused(ErrorCodes.NotFound, () => bFounder.AsMembership().AcceptMerge(proposal.Id));
        await Refused(ErrorCodes.NotFound, () => farFounder.AsMembership().AcceptMerge(proposal.Id));
        Assert.Equal(ResolutionKind.Here, (await Grains.GetGrain<INeighbourhoodGrain>(bId).Resolve()).Kind);
        var received = await Grains.GetGrain<INeighbourhoodGrain>(aId).GetDetails(aFounder.Id());
        Assert.Contains(received.Proposals, p => p.Id == proposal.Id);

        var bPost = (await Grains.GetGrain<IPostGrain>(ContentIds.NewPost()).Create(bOther.Id(), "Vide-grenier dimanche, cour du 12")).Id;
        var bAlert = await Grains.GetGrain<IResidentAlertsGrain>(bOther.Id()).Raise(new AlertDraft(AlertKind.LostAnimal, "Chat perdu", "Tigré, répond à Moustache", 0));

        // The bigger one survives, whoever proposed.
        Assert.Equal(aId, await aFounder.AsMembership().AcceptMerge(proposal.Id));
        var merged = await Grains.GetGrain<INeighbourhoodGrain>(aId).GetDetails(aFounder.Id());
        Assert.Equal(5, merged.Summary.MemberCount);
        Assert.Equal(new[] { a.ToString(), b.ToString() }.Order(), merged.Summary.Cells.Order());
        Assert.Equal(new[] { aFounder.Id(), bFounder.Id() }.Order(), merged.Leads.Order());
        Assert.Equal(aId, await Grains.GetGrain<IBlockCellGrain>(b.ToString()).GetOwner());
        Assert.Equal(aId, await bOther.AsMembership().GetNeighbourhoodId());

        // The old id answers as an alias, for lookups, members and discovery.
        Assert.Equal(new NeighbourhoodResolution(ResolutionKind.Alias, aId, null), await Grains.GetGrain<INeighbourhoodGrain>(bId).Resolve());
        Assert.Equal(aId, await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(bId));
        Assert.Equal(aId, (await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).At(Home(b).Lat, Home(b).Lng))!.Id);
        await Refused(ErrorCodes.NotFound, () => bFounder.AsMembership().AcceptMerge(proposal.Id));

        // The absorbed neighbourhood's posts are in the survivor's feed, for its former members too.
        var feed = await Grains.GetGrain<IFeedGrain>(aId).Read(bOther.Id(), 50, null, null);
        Assert.Single(feed.Edges, e => e.Item.Id == bPost);
        Assert.Single((await Grains.GetGrain<INeighbourhoodAlertsGrain>(aId).GetSince(0, 50)).Alerts, a => a.Id == bAlert.Id);

        var residents = new[] { aFounder, aOthers[0], aOthers[1] }.ToDictionary(r => r.Id(), _ => a.ToString());
        residents[bFounder.Id()] = b.ToString();
        residents[bOther.Id()] = b.ToString();
        var report = await InvariantChecker.Check(Grains, [a.ToString(), b.ToString()], residents);
        Assert.Empty(report.Violations);
        Assert.Equal(residents.Keys.Order(), report.Live[aId].Members.Keys.Order());
    }

    [Fact]
    public async Task Discovery_shows_the_saved_summary_and_does_not_wait_while_a_join_is_written()
    {
        var block = Block(12_000, 0);
        var founder = await Resident(block);
        var id = await founder.AsMembership().FoundNeighbourhood("La Croix-Rousse");
        var joiner = await Resident(block);
        var neighbourhood = Grains.GetGrain<INeighbourhoodGrain>(id);
        var directory = Grains.GetGrain<INeighbourhoodDirectoryGrain>(0);

        Task joining;
        using (var hold = SharedStorage.HoldWrites("neighbourhood", id))
        {
            joining = joiner.AsMembership().JoinNeighbourhood(id);
            await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));

            // The join is in memory, not saved: discovery answers at once with what was saved.
            var during = await directory.At(Home(block).Lat, Home(block).Lng).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(1, during!.MemberCount);
            Assert.Equal(1, (await neighbourhood.GetSummary().WaitAsync(TimeSpan.FromSeconds(10)))!.MemberCount);
            Assert.False(joining.IsCompleted);
        }

        // Once the join reports success, discovery shows it.
        await joining;
        Assert.Equal(2, (await directory.At(Home(block).Lat, Home(block).Lng))!.MemberCount);
        Assert.Equal(2, (await neighbourhood.GetSummary())!.MemberCount);
    }

    [Fact]
    public async Task A_batch_of_joins_is_saved_once_and_each_request_gets_its_own_outcome()
    {
        var ring = H3.GridDisk(Block(15_000, 0), 1);
        var (a, b, far) = (ring[0], ring[1], H3.GridDisk(ring[0], 3).Last());
        var founder = await Resident(a);
        var id = await founder.AsMembership().FoundNeighbourhood("La Part-Dieu");
        var neighbourhood = Grains.GetGrain<INeighbourhoodGrain>(id);

        // Residents of owned blocks only: one write for the three.
        var same = new[] { await Resident(a), await Resident(a), await Resident(a) };
        var writes = SharedStorage.Writes("neighbourhood", id);
        var outcomes = await Grains.GetGrain<INeighbourhoodFormationGrain>(id).JoinMany([.. same.Select(r => new JoinRequest(r.Id(), a.ToString()))]);
        Assert.All(outcomes, o => Assert.Null(o.ErrorCode));
        Assert.Equal(writes + 1, SharedStorage.Writes("neighbourhood", id));

        // A refusal is that request's alone; an adjacent block is annexed within the batch.
        var (next, distant, late) = (await Resident(b), await Resident(far), await Resident(a));
        outcomes = await Grains.GetGrain<INeighbourhoodFormationGrain>(id).JoinMany([
            new(next.Id(), b.ToString()),
            new(distant.Id(), far.ToString()),
            new(late.Id(), a.ToString()),
            new(late.Id(), a.ToString()),
        ]);
        Assert.Equal([null, ErrorCodes.Forbidden, null, null], outcomes.Select(o => o.ErrorCode));
        var snapshot = await neighbourhood.GetSnapshot();
        Assert.Equal(6, snapshot.Members.Count);
        Assert.DoesNotContain(distant.Id(), snapshot.Members.Keys);
        Assert.Equal(id, await Grains.GetGrain<IBlockCellGrain>(b.ToString()).GetOwner());

        var residents = same.Append(founder).Append(late).ToDictionary(r => r.Id(), _ => a.ToString());
        residents[next.Id()] = b.ToString();
        residents[distant.Id()] = far.ToString();
        Assert.Empty((await InvariantChecker.Check(Grains, [a.ToString(), b.ToString(), far.ToString()], residents)).Violations);
    }

    [Fact]
    public async Task Joins_queued_behind_a_slow_write_all_complete_after_it_with_their_own_outcome()
    {
        var ring = H3.GridDisk(Block(18_000, 0), 1);
        var (a, far) = (ring[0], H3.GridDisk(ring[0], 3).Last());
        var founder = await Resident(a);
        var id = await founder.AsMembership().FoundNeighbourhood("Vaise");
        var joiners = new[] { await Resident(a), await Resident(a), await Resident(a), await Resident(a) };
        var distant = await Resident(far);

        Task[] joining;
        Task refused;
        using (var hold = SharedStorage.HoldWrites("neighbourhood", id))
        {
            var first = joiners[0].AsMembership().JoinNeighbourhood(id);
            await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
            joining = [first, .. joiners.Skip(1).Select(r => r.AsMembership().JoinNeighbourhood(id))];
            refused = distant.AsMembership().JoinNeighbourhood(id);
            Assert.DoesNotContain(joining, t => t.IsCompleted);
        }

        await Task.WhenAll(joining);
        await Refused(ErrorCodes.Forbidden, () => refused);
        Assert.Equal(5, (await Grains.GetGrain<INeighbourhoodGrain>(id).GetSummary())!.MemberCount);
        foreach (var joiner in joiners)
        {
            Assert.Equal(id, await joiner.AsMembership().GetNeighbourhoodId());
        }
    }

    [Fact]
    public async Task With_SmallFor_zero_a_small_neighbourhood_merges_at_its_next_size_check()
    {
        var ring = H3.GridDisk(Block(9000, 0), 1);
        var smallId = await (await Resident(ring[0])).AsMembership().FoundNeighbourhood("Le Coin");
        var largeId = await (await Resident(ring[1])).AsMembership().FoundNeighbourhood("La Croix");
        for (var i = 0; i < 3; i++)
        {
            await (await Resident(ring[1])).AsMembership().JoinNeighbourhood(largeId);
        }

        await Grains.GetGrain<INeighbourhoodGrain>(smallId).CheckSize();
        Assert.Equal(largeId, await Grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(smallId));
    }

    [Fact]
    public async Task A_block_cell_whose_memory_is_behind_its_storage_answers_from_storage()
    {
        // Orleans' default directory may let two activations of one cell live for a while when silos fail: the one
        // that did not make the last change must not answer "already yours" (nor "not yours") from memory.
        var key = Block(27_000, 0).ToString();
        var cell = Grains.GetGrain<IBlockCellGrain>(key);
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Orleans.Serialization.Serializer>();
        void ChangedElsewhere(string? owner, long version) => SharedStorage.Overwrite(
            serializer, "cell", GrainId.Create("blockcell", key), new BlockCellState { Owner = owner, Version = version, LastOperationId = $"elsewhere-{version}" });

        Assert.True(await cell.TryClaim("891f915a0a3ffff", "claim-1"));
        ChangedElsewhere("891f915a0b7ffff", 2);
        Assert.False(await cell.TryClaim("891f915a0a3ffff", "claim-2"));
        Assert.Equal("891f915a0b7ffff", await cell.GetOwner());

        ChangedElsewhere("891f915a52bffff", 3);
        Assert.True(await cell.Transfer("891f915a563ffff", "891f915a52bffff", "merge-1"));
        ChangedElsewhere("891f915a563ffff", 4);

        // A change from what memory says is stopped by the ETag; the activation is dropped and the next one knows better.
        await Assert.ThrowsAnyAsync<Exception>(() => cell.Transfer("891f915a52bffff", "891f915a0a3ffff", "merge-2"));
        Assert.Equal("891f915a563ffff", await cell.GetOwner());
        Assert.False(await cell.Transfer("891f915a52bffff", "891f915a0a3ffff", "merge-3"));

        ChangedElsewhere("891f915a0a3ffff", 5);
        await cell.Release("891f915a0a3ffff", "dissolve-1");
        Assert.Null(await cell.GetOwner());
        Assert.True(await cell.TryClaim("891f915a0b7ffff", "claim-3"));
        Assert.Equal("891f915a0b7ffff", await cell.GetOwner());
    }

    [Fact]
    public async Task A_neighbourhood_whose_memory_is_behind_its_storage_confirms_before_deciding_on_it()
    {
        // As for block cells: another activation (possible while silos fail) wrote; this one still has the old state.
        var ring = H3.GridDisk(Block(30_000, 0), 1);
        var (s, x) = (ring[0].ToString(), ring[1].ToString());
        var serializer = fixture.Cluster.Client.ServiceProvider.GetRequiredService<Orleans.Serialization.Serializer>();
        void Stored(string id, NeighbourhoodState state) => SharedStorage.Overwrite(serializer, "neighbourhood", GrainId.Create("neighbourhood", id), state);
        NeighbourhoodState Founded(string id, params string[] members) => new()
        {
            Name = "Quartier " + id[^6..],
            Cells = [id],
            Members = members.ToDictionary(m => m, _ => id),
            Leads = [members[0]],
        };

        // S still remembers itself before it absorbed X, which is frozen for that merge: settling X must retire it
        // (S committed), not let it go (X would list the cells S took).
        const string Operation = "merge-test-settle";
        Stored(x, Founded(x, "x-lead") with { Frozen = new OperationRef(s, Operation) });
        Stored(s, Founded(s, "s-lead"));
        var survivor = Grains.GetGrain<INeighbourhoodGrain>(s);
        Assert.Single((await survivor.GetSnapshot()).Members);
        Stored(s, Founded(s, "s-lead") with { Cells = [s, x], Members = new() { ["s-lead"] = s, ["x-lead"] = x }, Leads = ["s-lead", "x-lead"], Aliases = [x] });
        await Grains.GetGrain<INeighbourhoodFormationGrain>(s).Settle(x, Operation);
        Assert.Equal(new NeighbourhoodResolution(ResolutionKind.Alias, s, null), await Grains.GetGrain<INeighbourhoodGrain>(x).Resolve());
        Assert.Equal(2, (await survivor.GetSnapshot()).Members.Count);

        // A leave of someone this activation does not know as a member: the stored state says they are.
        Stored(s, Founded(s, "s-lead", "late-joiner"));
        await survivor.Leave("late-joiner");
        Assert.Equal(["s-lead"], (await survivor.GetSnapshot()).Members.Keys);
    }

    [Fact]
    public async Task A_merge_and_the_split_it_leads_to_cannot_be_frozen_by_another_merge_in_between()
    {
        // S (6 members) absorbs X (5): 11 is above MaxMembers, so S splits right after. S has also proposed to merge
        // with T, so T may freeze S: but not while S is between its merge's commit and its split.
        var ring = H3.GridDisk(Block(24_000, 0), 1);
        var (a, b, c) = (ring[0], ring[1], ring[2]);
        var residents = new Dictionary<string, string>();
        async Task<(IResidentAccountGrain Lead, string Id)> Neighbourhood(H3Index block, string name, int members)
        {
            var lead = await Resident(block);
            var id = await lead.AsMembership().FoundNeighbourhood(name);
            residents[lead.Id()] = block.ToString();
            for (var i = 1; i < members; i++)
            {
                var member = await Resident(block);
                await member.AsMembership().JoinNeighbourhood(id);
                residents[member.Id()] = block.ToString();
            }

            return (lead, id);
        }

        var (sLead, sId) = await Neighbourhood(a, "Saint-Jean", 6);
        var (xLead, xId) = await Neighbourhood(b, "Saint-Paul", 5);
        var (tLead, tId) = await Neighbourhood(c, "Saint-Georges", 2);
        var toT = await sLead.AsMembership().ProposeMerge(tId);
        var toS = await xLead.AsMembership().ProposeMerge(sId);

        Task<string> merging;
        using (var hold = SharedStorage.HoldWrites("neighbourhood", xId, letThrough: 1))
        {
            // X's first write is its freeze; the second, its retirement, comes after S committed the union.
            merging = sLead.AsMembership().AcceptMerge(toS.Id);
            await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(11, (await Grains.GetGrain<INeighbourhoodFormationGrain>(sId).PeekSummary())!.MemberCount);

            await Grains.GetGrain<INeighbourhoodGrain>(tId).AcceptMerge(tLead.Id(), toT.Id);
            var refused = await Assert.ThrowsAsync<VoisinageException>(() => Grains.GetGrain<INeighbourhoodFormationGrain>(tId).Absorb(sId, toT.Id));
            Assert.Equal(ErrorCodes.Conflict, refused.Code);
        }

        Assert.Equal(sId, await merging);
        var report = await InvariantChecker.Check(Grains, [a.ToString(), b.ToString(), c.ToString()], residents);
        Assert.Empty(report.Violations);
        Assert.Equal(3, report.Live.Count);
        Assert.Equal(2, report.Live[tId].Members.Count);
        Assert.Equal(residents.Keys.Order(), report.MemberOf.Keys.Order());
    }

    [Fact]
    public async Task Passing_MaxMembers_splits_into_two_connected_balanced_neighbourhoods()
    {
        var ring = H3.GridDisk(Block(6000, 0), 1);
        var blocks = new[] { ring[0], ring[1], ring[2], ring[3] };
        var founder = await Resident(blocks[0]);
        var id = await founder.AsMembership().FoundNeighbourhood("La Part-Dieu");
        var residents = new Dictionary<string, string> { [founder.Id()] = blocks[0].ToString() };
        var post = (await Grains.GetGrain<IPostGrain>(ContentIds.NewPost()).Create(founder.Id(), "Bienvenue dans le quartier")).Id;
        var alert = await Grains.GetGrain<IResidentAlertsGrain>(founder.Id()).Raise(new AlertDraft(AlertKind.Vigilance, "Démarcheurs", "Faux agents du gaz rue Garibaldi", 0));
        for (var i = 1; i <= ChaosClusterFixture.MaxMembers; i++)
        {
            var block = blocks[i % blocks.Length];
            var resident = await Resident(block);
            await resident.AsMembership().JoinNeighbourhood(id);
            residents[resident.Id()] = block.ToString();
        }

        var report = await InvariantChecker.Check(Grains, [.. blocks.Select(b => b.ToString())], residents);
        Assert.Empty(report.Violations);
        Assert.Equal(2, report.Live.Count);
        var sizes = report.Live.Values.Select(n => n.Members.Count).Order().ToArray();
        Assert.Equal(ChaosClusterFixture.MaxMembers + 1, sizes.Sum());
        Assert.True(sizes[1] - sizes[0] <= 3, $"unbalanced split: {string.Join("/", sizes)}");
        Assert.Contains(blocks[0].ToString(), report.Live[id].Cells);
        Assert.All(residents.Keys, r => Assert.True(report.MemberOf.ContainsKey(r)));

        // Both halves keep the history their members saw.
        foreach (var half in report.Live.Values)
        {
            var page = await Grains.GetGrain<IFeedGrain>(half.Id).Read(half.Members.Keys.First(), 50, null, null);
            Assert.Single(page.Edges, e => e.Item.Id == post);
            var alerts = await Grains.GetGrain<INeighbourhoodAlertsGrain>(half.Id).GetSince(0, 50);
            Assert.Single(alerts.Alerts, a => a.Id == alert.Id);
        }
    }
}
