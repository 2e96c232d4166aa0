using System.Globalization;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// An organisation's events and offers through the GraphQL API: published by its member in its reach, shown in the
/// feed under its verified name (no author), listed on its public page, refused with codes otherwise.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class OrganisationListingApiTests(ClusterApi f)
{
    private const string Publish = """
        mutation($o: ID!, $n: [ID!]!, $input: CreateListingInput!) {
          publishOrganisationListing(organisationId: $o, neighbourhoodIds: $n, input: $input) { id organisationId organisationName author { id } event { place } }
        }
        """;

    private const string Page = """
        query($id: ID!, $after: ID) { organisation(id: $id) { listings(first: 1, after: $after) { hasNextPage items { id kind title startsAt place neighbourhoods } } } }
        """;

    [Fact]
    public async Task A_business_member_publishes_an_event_shown_under_its_name_and_listed_on_its_page()
    {
        var place = ClusterApi.NewPlace();
        var (owner, neighbourhood) = await f.Found(place);
        var reader = await f.Join(neighbourhood, place);
        var stranger = await f.Verified(ClusterApi.NewPlace());
        var root = await f.ConfiguredOperator();

        var created = await f.GraphQL(
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = new { kind = "BUSINESS", name = "Épicerie du lavoir", identifier = "73282932000074", publicAddress = "3 rue du Lavoir", latitude = place.Lat, longitude = place.Lng } },
            owner);
        created.AssertNoErrors();
        var id = created.Data["createOrganisation"]!["id"]!.GetValue<string>();

        var startsAt = ClusterApi.Clock.GetUtcNow().AddDays(5).ToString("O", CultureInfo.InvariantCulture);
        object Event(string title, string kind = "EVENT") => new
        {
            o = id,
            n = new[] { neighbourhood },
            input = kind == "EVENT"
                ? (object)new { kind, title, description = "Dégustation de fromages.", @event = new { startsAt, place = "Place du lavoir", capacity = 40 } }
                : new { kind, title, description = "Covoiturage." },
        };

        (await f.GraphQL(Publish, Event("Dégustation"), owner)).AssertError("NOT_VERIFIED");
        (await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root)).AssertNoErrors();
        (await f.GraphQL(Publish, Event("Dégustation"), owner)).AssertError("CONFLICT");
        (await f.GraphQL("mutation($o: ID!) { setOrganisationReach(organisationId: $o, radiusMeters: 800) { areaCellCount } }", new { o = id }, owner)).AssertNoErrors();
        (await f.GraphQL(Publish, Event("Dégustation"), stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(Publish, Event("Dégustation"))).AssertError("UNAUTHENTICATED");
        (await f.GraphQL(Publish, Event("Covoiturage", "CARPOOL"), owner)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(Publish, new { o = "org_nothing", n = new[] { neighbourhood }, input = new { kind = "SERVICE_OFFER", title = "x", description = "" } }, owner)).AssertError("NOT_FOUND");

        var published = await f.GraphQL(Publish, Event("Dégustation"), owner);
        published.AssertNoErrors();
        var listing = published.Data["publishOrganisationListing"]!;
        Assert.Equal((id, "Épicerie du lavoir", "Place du lavoir"),
            (listing["organisationId"]!.GetValue<string>(), listing["organisationName"]!.GetValue<string>(), listing["event"]!["place"]!.GetValue<string>()));
        Assert.Equal(owner.Id, listing["author"]!["id"]!.GetValue<string>());
        var listingId = listing["id"]!.GetValue<string>();

        // Its neighbours read it under the organisation's name: the member who wrote it is not named.
        var read = await f.GraphQL("query($id: ID!) { listing(id: $id) { author { id } organisationName } }", new { id = listingId }, reader);
        read.AssertNoErrors();
        Assert.Null(read.Data["listing"]!["author"]);
        Assert.Equal("Épicerie du lavoir", read.Data["listing"]!["organisationName"]!.GetValue<string>());
        (await f.GraphQL(Publish, new { o = id, n = new[] { neighbourhood }, input = new { kind = "SERVICE_OFFER", title = "Livraison à domicile", description = "Le jeudi." } }, owner)).AssertNoErrors();

        // The neighbour's feed: under the organisation's name, no author.
        var feed = await f.GraphQL("query($n: ID!) { feed(neighbourhoodId: $n, first: 10) { edges { node { id publisher author { id } } } } }", new { n = neighbourhood }, reader);
        feed.AssertNoErrors();
        var node = feed.Data["feed"]!["edges"]!.AsArray().Select(e => e!["node"]!).Single(n => n["id"]!.GetValue<string>() == listingId);
        Assert.Equal("Épicerie du lavoir", node["publisher"]!.GetValue<string>());
        Assert.Null(node["author"]);

        // The public page, newest first, one per page.
        var first = await f.GraphQL(Page, new { id }, stranger);
        first.AssertNoErrors();
        var firstPage = first.Data["organisation"]!["listings"]!;
        Assert.True(firstPage["hasNextPage"]!.GetValue<bool>());
        var newest = Assert.Single(firstPage["items"]!.AsArray())!;
        Assert.Equal(("SERVICE_OFFER", "Livraison à domicile"), (newest["kind"]!.GetValue<string>(), newest["title"]!.GetValue<string>()));
        var second = (await f.GraphQL(Page, new { id, after = newest["id"]!.GetValue<string>() }, stranger)).Data["organisation"]!["listings"]!;
        var oldest = Assert.Single(second["items"]!.AsArray())!;
        Assert.Equal((listingId, "Place du lavoir"), (oldest["id"]!.GetValue<string>(), oldest["place"]!.GetValue<string>()));
        Assert.Equal([$"Quartier {owner.Pseudo[..8]}"], oldest["neighbourhoods"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(second["hasNextPage"]!.GetValue<bool>());
    }
}
