using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// Associations and businesses publish events and offers with the existing listing kinds, in neighbourhoods of their
/// reach, under their verified name; their public page lists the current ones, newest first.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OrganisationListingTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static DateTimeOffset Now => ClusterFixture.Clock.GetUtcNow();

    private static ListingDraft Fete(string title = "Fête du pain") =>
        new(ListingKind.Event, title, "Au four banal, tout le village est invité.", 0, null, Event: new EventDetails(Now.AddDays(3), "Place du four", 80));

    private static ListingDraft Offer(string title) => new(ListingKind.ServiceOffer, title, "Atelier gratuit le samedi.", 0, null);

    private IListingGrain NewListing() => Grains.GetGrain<IListingGrain>($"lst_{Guid.NewGuid():N}");

    /// <summary>A neighbourhood founded at a fresh place and a verified business reaching 1 km around it.</summary>
    private async Task<(IResidentAccountGrain Admin, IOrganisationGrain Business, IResidentAccountGrain Founder, string NeighbourhoodId)> Setup()
    {
        var place = AlertPlaces.Fresh();
        var (founder, neighbourhood) = await AlertPlaces.Found(Grains, place);
        var (admin, business) = await OrganisationReachTests.Business(Grains, place);
        await business.SetReach(admin.Id(), new ReachRequest([], 1_000, null, null));
        return (admin, business, founder, neighbourhood);
    }

    private Task<OrganisationListingPage> Page(IOrganisationGrain organisation, int first = 10, string? after = null) =>
        Grains.GetGrain<IOrganisationListingsGrain>(organisation.GetPrimaryKeyString()).Current(first, after);

    [Fact]
    public async Task A_verified_business_publishes_under_its_name_in_its_reach_and_its_page_lists_the_current_ones_newest_first()
    {
        var (admin, business, founder, neighbourhood) = await Setup();
        var id = business.GetPrimaryKeyString();

        var fete = await NewListing().CreateForOrganisation(admin.Id(), id, [neighbourhood], Fete());
        Assert.Equal((id, "Boulangerie du port", neighbourhood), (fete.OrganisationId, fete.OrganisationName, fete.NeighbourhoodId));

        // In the neighbourhood's feed like any listing, under the organisation's name: the member is not named.
        var item = Assert.Single(await Grains.GetGrain<IFeedGrain>(neighbourhood).GetAll(), i => i.Id == fete.Id);
        Assert.Equal((FeedItemType.Listing, (string?)null, "Boulangerie du port"), (item.Type, item.AuthorId, item.Publisher));
        Assert.Equal("Boulangerie du port", (await Grains.GetGrain<IListingGrain>(fete.Id).Get(founder.Id())).OrganisationName);

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var atelier = await NewListing().CreateForOrganisation(admin.Id(), id, [neighbourhood], Offer("Atelier pain au levain"));
        var page = await Page(business);
        Assert.Equal([atelier.Id, fete.Id], page.Items.Select(i => i.Id));
        Assert.False(page.HasNextPage);
        var listed = page.Items[1];
        Assert.Equal((ListingKind.Event, "Place du four"), (listed.Kind, listed.Event!.Place));
        Assert.Equal([neighbourhood], listed.NeighbourhoodIds);

        // Paged newest first.
        var first = await Page(business, first: 1);
        Assert.Equal([atelier.Id], first.Items.Select(i => i.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal([fete.Id], (await Page(business, first: 1, after: atelier.Id)).Items.Select(i => i.Id));
        await AssertRefused(ErrorCodes.BadUserInput, () => Page(business, first: 51));

        // Only current ones: a cancelled event or a hidden offer leaves the page.
        await Grains.GetGrain<IListingGrain>(fete.Id).UpdateStatus(admin.Id(), ListingStatus.Cancelled, null);
        Assert.Equal([atelier.Id], (await Page(business)).Items.Select(i => i.Id));
        await Grains.GetGrain<IListingGrain>(atelier.Id).ApplyHidden(true);
        Assert.Empty((await Page(business)).Items);
        await Grains.GetGrain<IListingGrain>(atelier.Id).ApplyHidden(false);
        Assert.Equal([atelier.Id], (await Page(business)).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task An_editor_of_an_association_reaching_its_neighbourhood_posts_a_volunteering_call()
    {
        var place = AlertPlaces.Fresh();
        var (founder, neighbourhood) = await AlertPlaces.Found(Grains, place);
        var editor = await AlertPlaces.Join(Grains, place, neighbourhood);
        var created = await Grains.GetGrain<IResidentOrganisationsGrain>(founder.Id())
            .Create(new OrganisationDraft(OrganisationKind.Association, "Les Amis du four", "W291234570", null, null, null));
        var association = Grains.GetGrain<IOrganisationGrain>(created.Id);
        await association.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        await association.SetReach(founder.Id(), new ReachRequest([neighbourhood], null, null, null));
        await association.AddMember(founder.Id(), editor.Id(), OrganisationRole.Editor);

        var call = await NewListing().CreateForOrganisation(editor.Id(), created.Id, [neighbourhood],
            new ListingDraft(ListingKind.HelpRequest, "Appel à bénévoles", "Pour tenir la buvette de la fête.", 0, Now.AddDays(10)));
        Assert.Equal("Les Amis du four", call.OrganisationName);
        Assert.Equal([call.Id], (await Page(association)).Items.Select(i => i.Id));

        // Past its end it is no longer current, even before its reminder marks it expired.
        ClusterFixture.Clock.Advance(TimeSpan.FromDays(11));
        Assert.Empty((await Page(association)).Items);
    }

    [Fact]
    public async Task Refusals_have_their_codes_and_change_nothing()
    {
        var (admin, business, founder, neighbourhood) = await Setup();
        var id = business.GetPrimaryKeyString();
        var (_, farNeighbourhood) = await AlertPlaces.Found(Grains, AlertPlaces.Fresh());
        var (pendingAdmin, pending) = await OrganisationReachTests.Business(Grains, AlertPlaces.Fresh(), verify: false);
        var (unreachedAdmin, unreached) = await OrganisationReachTests.Business(Grains, AlertPlaces.Fresh());
        var (mayor, townHall) = await TownHalls.Create(Grains, OrganisationKind.Commune, "29232");

        async Task Refused(string code, string actor, string organisationId, IReadOnlyList<string> neighbourhoods, ListingDraft draft)
        {
            var listing = NewListing();
            await AssertRefused(code, () => listing.CreateForOrganisation(actor, organisationId, neighbourhoods, draft));
            await AssertRefused(ErrorCodes.NotFound, () => listing.Get(actor));
        }

        await Refused(ErrorCodes.Forbidden, founder.Id(), id, [neighbourhood], Fete());
        await Refused(ErrorCodes.Forbidden, mayor.Id(), townHall.GetPrimaryKeyString(), [neighbourhood], Fete());
        await Refused(ErrorCodes.NotVerified, pendingAdmin.Id(), pending.GetPrimaryKeyString(), [neighbourhood], Fete());
        await Refused(ErrorCodes.Conflict, unreachedAdmin.Id(), unreached.GetPrimaryKeyString(), [neighbourhood], Fete());
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [farNeighbourhood], Fete());
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [neighbourhood, farNeighbourhood], Fete());
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [], Fete());
        await Refused(ErrorCodes.NotFound, admin.Id(), id, ["not-a-cell"], Fete());
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [neighbourhood], Fete() with { Kind = ListingKind.Swap, Event = null });
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [neighbourhood], Fete() with { RadiusMeters = 500 });
        await Refused(ErrorCodes.BadUserInput, admin.Id(), id, [neighbourhood], Fete(title: " "));
        await Refused(ErrorCodes.NotFound, admin.Id(), "org_00000000000000000000000000000000", [neighbourhood], Fete());

        Assert.Empty((await Page(business)).Items);
        Assert.DoesNotContain(await Grains.GetGrain<IFeedGrain>(neighbourhood).GetAll(), i => i.Type == FeedItemType.Listing);
    }
}
