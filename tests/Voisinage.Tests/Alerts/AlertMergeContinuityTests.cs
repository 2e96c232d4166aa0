using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Alerts;

/// <summary>
/// After a real merge, a reader holding the absorbed id and its last sequence goes on without a gap or a repeat. On the
/// API cluster: its merge is kept away from the channel tests of <see cref="AlertGrainTests"/>, whose watched-event
/// order test is sensitive to where the cluster places activations (one-way calls to a client object may reach it
/// through either gateway).
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AlertMergeContinuityTests(ClusterApi f)
{
    private IGrainFactory Grains => f.Grains;

    private IAlertDirectoryGrain Directory => Grains.GetGrain<IAlertDirectoryGrain>(0);

    [Fact]
    public async Task Alerts_of_an_absorbed_id_continue_from_its_last_sequence_on_the_survivors_numbering()
    {
        var place = ClusterApi.NewPlace();
        var ring = H3.GridDisk(H3.LatLngToCell(new LatLng(place.Lat, place.Lng), Cells.BlockResolution), 1);
        var (a, b) = (AlertPlaces.Centre(ring[0]), AlertPlaces.Centre(ring[1]));

        // A has more members than B: A survives the merge.
        var (aLead, aId) = await f.Found(a);
        await f.Join(aId, a);
        await f.Join(aId, a);
        var (bLead, bId) = await f.Found(b);
        var reader = await f.Join(bId, b);

        // B: b1 (1), shared (2, also A's 2), b3 (3). A: a1 (1), shared (2).
        var b1 = await Raise(bLead, "b1", 0);
        var a1 = await Raise(aLead, "a1", 0);
        var shared = await Raise(bLead, "shared", 1500);
        var b3 = await Raise(bLead, "b3", 0);
        Assert.Equal([b1, shared, b3], Titles(await Directory.ReadFor(reader.Id, bId, 0, 100)));
        Assert.Equal([a1, shared], Titles(await Directory.ReadFor(aLead.Id, aId, 0, 100)));

        var proposal = await Resident(bLead).AsMembership().ProposeMerge(aId);
        Assert.Equal(aId, await Resident(aLead).AsMembership().AcceptMerge(proposal.Id));
        var a2 = await Raise(aLead, "a2", 0);

        // The survivor numbers the imported alerts after its own: a1 1, shared 2, b1 3, b3 4, a2 5.
        var afterB1 = await Directory.ReadFor(reader.Id, bId, 1, 100);
        Assert.Equal([shared, b3, a2], Titles(afterB1));
        Assert.Equal(aId, afterB1.NeighbourhoodId);
        Assert.Equal(5, afterB1.LastSequence);
        Assert.False(afterB1.HasMore);
        Assert.Empty((await Directory.ReadFor(reader.Id, aId, afterB1.LastSequence, 100)).Alerts);

        Assert.Equal([a2], Titles(await Directory.ReadFor(reader.Id, bId, 3, 100)));
        Assert.Equal([shared, b1, b3, a2], Titles(await Directory.ReadFor(reader.Id, bId, 0, 100)));
        Assert.Equal([a2], Titles(await Directory.ReadFor(reader.Id, bId, 99, 100)));

        // Paging from the old id: the first page, then the survivor's numbering.
        var firstPage = await Directory.ReadFor(reader.Id, bId, 1, 2);
        Assert.Equal([shared, b3], Titles(firstPage));
        Assert.True(firstPage.HasMore);
        Assert.Equal([a2], Titles(await Directory.ReadFor(reader.Id, firstPage.NeighbourhoodId!, firstPage.LastSequence, 2)));

        // Reading is still for members only, through either id.
        var (stranger, _) = await f.Found(ClusterApi.NewPlace());
        var refused = await Assert.ThrowsAsync<VoisinageException>(() => Directory.ReadFor(stranger.Id, bId, 1, 10));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
    }

    [Fact]
    public async Task Changes_of_an_absorbed_id_continue_from_its_last_change_number_on_the_survivor_without_gap_or_duplicate()
    {
        var place = ClusterApi.NewPlace();
        var ring = H3.GridDisk(H3.LatLngToCell(new LatLng(place.Lat, place.Lng), Cells.BlockResolution), 1);
        var (a, b) = (AlertPlaces.Centre(ring[0]), AlertPlaces.Centre(ring[1]));
        var (aLead, aId) = await f.Found(a);
        await f.Join(aId, a);
        await f.Join(aId, a);
        var (bLead, bId) = await f.Found(b);
        var reader = await f.Join(bId, b);
        var a1 = await RaiseId(aLead, "a1");
        var a2 = await RaiseId(aLead, "a2");
        var b1 = await RaiseId(bLead, "b1");
        var b2 = await RaiseId(bLead, "b2");
        var b3 = await RaiseId(bLead, "b3");

        // B's changes: b1 (1), the reader's last; then b2 (2) and b3 (3), missed. A's: a1 (1), before the merge.
        await Resolve(bLead, b1);
        var seen = (await Directory.ReadUpdatesFor(reader.Id, bId, 0, 100)).LastSequence;
        Assert.Equal(1, seen);
        await Resolve(bLead, b2);
        await Resolve(bLead, b3);
        await Resolve(aLead, a1);

        var proposal = await Resident(bLead).AsMembership().ProposeMerge(aId);
        Assert.Equal(aId, await Resident(aLead).AsMembership().AcceptMerge(proposal.Id));

        // After the merge: b3 changes again (its raiser's pseudo erased) and a2 is resolved, numbered by the survivor.
        await Grains.GetGrain<IAlertGrain>(b3).EraseRaiser(bLead.Id);
        await Resolve(aLead, a2);

        // From B's number 1: b2 as it is now (missed before the merge), then the survivor's changes after the import
        // (b3 once, at its latest change; a2); never b1 (seen) nor a1 (A's own, before the reader joined it).
        var page = await Directory.ReadUpdatesFor(reader.Id, bId, seen, 100);
        Assert.Equal(aId, page.NeighbourhoodId);
        Assert.Equal([b2, a2], page.Alerts.Select(x => x.Id).Where(id => id != b3));
        Assert.Single(page.Alerts, x => x.Id == b3);
        Assert.Equal(page.Alerts.Count, page.Alerts.Select(x => x.Id).Distinct().Count());
        Assert.All(page.Alerts, x => Assert.NotNull(x.ResolvedAt));
        Assert.Empty((await Directory.ReadUpdatesFor(reader.Id, aId, page.LastSequence, 100)).Alerts);

        // Through graphql-ws, the client gives the id its number came from: the same changes, then live ones.
        await using var ws = await GraphQLWsClient.Connect(f.Api, reader.Token);
        await ws.Subscribe("u", "subscription($s: Long, $n: ID) { alertUpdated(since: $s, neighbourhoodId: $n) { id updateSequence neighbourhoodId } }", new { s = seen, n = bId });
        var replayed = new List<(string Id, long Number)>();
        for (var i = 0; i < page.Alerts.Count; i++)
        {
            var change = (await ws.Next("u"))["alertUpdated"]!;
            Assert.Equal(aId, change["neighbourhoodId"]!.GetValue<string>());
            replayed.Add((change["id"]!.GetValue<string>(), change["updateSequence"]!.GetValue<long>()));
        }

        Assert.Equal(page.Alerts.Select(x => x.Id), replayed.Select(r => r.Id));
        var a3 = await RaiseId(aLead, "a3");
        await Resolve(aLead, a3);
        var live = (await ws.Next("u"))["alertUpdated"]!;
        Assert.Equal(a3, live["id"]!.GetValue<string>());
        Assert.Equal(page.LastSequence + 1, live["updateSequence"]!.GetValue<long>());

        // A neighbourhood the reader never belonged to is refused.
        var (_, elsewhere) = await f.Found(ClusterApi.NewPlace());
        var refused = await Assert.ThrowsAsync<VoisinageException>(() => Directory.ReadUpdatesFor(reader.Id, elsewhere, 0, 10));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
    }

    private async Task<string> RaiseId(Member raiser, string title) =>
        (await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id).Raise(new AlertDraft(AlertKind.Vigilance, title, "", 0))).Id;

    private async Task Resolve(Member by, string alertId) => await Grains.GetGrain<IAlertGrain>(alertId).Resolve(by.Id);

    /// <summary>Raises an alert titled <paramref name="title"/> (titles are unique in this test) and returns the title.</summary>
    private async Task<string> Raise(Member raiser, string title, int radius) =>
        (await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id).Raise(new AlertDraft(AlertKind.Vigilance, title, "", radius))).Title;

    private IResidentAccountGrain Resident(Member member) => Grains.GetGrain<IResidentAccountGrain>(member.Id);

    private static string[] Titles(AlertPage page) => [.. page.Alerts.Select(x => x.Title)];
}
