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

        var proposal = await Resident(bLead).ProposeMerge(aId);
        Assert.Equal(aId, await Resident(aLead).AcceptMerge(proposal.Id));
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

    /// <summary>Raises an alert titled <paramref name="title"/> (titles are unique in this test) and returns the title.</summary>
    private async Task<string> Raise(Member raiser, string title, int radius) =>
        (await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id).Raise(new AlertDraft(AlertKind.Vigilance, title, "", radius))).Title;

    private IResidentGrain Resident(Member member) => Grains.GetGrain<IResidentGrain>(member.Id);

    private static string[] Titles(AlertPage page) => [.. page.Alerts.Select(x => x.Title)];
}
