using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Organisations;

/// <summary>Official announcements through the GraphQL API: a town hall publishes, a resident of its area sees it live and listed.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AnnouncementApiTests(ClusterApi f)
{
    private const string Publish = """
        mutation($o: ID!, $k: AnnouncementKind!, $t: String!, $b: String!) {
          publishAnnouncement(organisationId: $o, kind: $k, title: $t, body: $b) { id organisationId organisationName kind title body }
        }
        """;

    [Fact]
    public async Task A_town_hall_publishes_and_a_resident_of_its_area_receives_it_live_while_others_are_refused()
    {
        var admin = await f.Verified(ClusterApi.NewPlace());
        var stranger = await f.Verified(ClusterApi.NewPlace());
        var home = ClusterApi.NewPlace();
        var (resident, _) = await f.Found(home);
        var (outside, _) = await f.Found(home.North(2_000));
        var root = await f.ConfiguredOperator();

        var created = await f.GraphQL(
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = new { kind = "COMMUNE", name = "Mairie de Lyon", identifier = "69123" } }, admin);
        created.AssertNoErrors();
        var id = created.Data["createOrganisation"]!["id"]!.GetValue<string>();
        object Input(string title = "Coupure d'eau", string kind = "WORKS") => new { o = id, k = kind, t = title, b = "Mardi de 9 h à 12 h." };

        (await f.GraphQL(Publish, Input(), admin)).AssertError("NOT_VERIFIED");
        (await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root)).AssertNoErrors();
        (await f.GraphQL(Publish, Input(), admin)).AssertError("CONFLICT");
        (await f.GraphQL("mutation($o: ID!, $g: String!) { setOrganisationArea(organisationId: $o, geoJson: $g) { areaCellCount } }",
            new { o = id, g = OrganisationAreaTests.Square(home, outer: 500) }, admin)).AssertNoErrors();
        (await f.GraphQL(Publish, Input(), stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(Publish, Input())).AssertError("UNAUTHENTICATED");
        (await f.GraphQL(Publish, Input(title: ""), admin)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(Publish, new { o = "org_nothing", k = "WORKS", t = "Titre", b = "Texte" }, admin)).AssertError("NOT_FOUND");

        await using var ws = await GraphQLWsClient.Connect(f.Api, resident.Token);
        await ws.Subscribe("n", "subscription { notificationReceived { notification { id kind text url } } }");
        var published = await f.GraphQL(Publish, Input(), admin);
        published.AssertNoErrors();
        var announcement = published.Data["publishAnnouncement"]!;
        Assert.Equal("Mairie de Lyon", announcement["organisationName"]!.GetValue<string>());
        Assert.Equal("WORKS", announcement["kind"]!.GetValue<string>());

        var live = (await ws.Next("n"))["notificationReceived"]!["notification"]!;
        Assert.Equal("ANNOUNCEMENT", live["kind"]!.GetValue<string>());
        Assert.Equal("Mairie de Lyon : Coupure d'eau", live["text"]!.GetValue<string>());
        Assert.Equal($"/organisations/{id}", live["url"]!.GetValue<string>());

        const string List = "{ announcements(first: 10) { items { id organisationName kind title body } hasNextPage } }";
        var mine = await f.GraphQL(List, as_: resident);
        mine.AssertNoErrors();
        var item = Assert.Single(mine.Data["announcements"]!["items"]!.AsArray())!;
        Assert.Equal(announcement["id"]!.GetValue<string>(), item["id"]!.GetValue<string>());
        Assert.Equal("Mardi de 9 h à 12 h.", item["body"]!.GetValue<string>());
        Assert.Empty((await f.GraphQL(List, as_: outside)).Data["announcements"]!["items"]!.AsArray());
        (await f.GraphQL(List)).AssertError("UNAUTHENTICATED");
        (await f.GraphQL("{ announcements(first: 51) { hasNextPage } }", as_: resident)).AssertError("BAD_USER_INPUT");
    }
}
