using System.Globalization;
using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Sponsored;

/// <summary>
/// Sponsored campaigns through the GraphQL API, as any client sees them: the reach and the campaign set up by the
/// business, refusals with their codes, the operator's approval, the SPONSORED entry in the feed and hiding its advertiser.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class CampaignApiTests(ClusterApi f)
{
    private const string Feed = """
        query($n: ID!) { feed(neighbourhoodId: $n, first: 10) { edges { cursor node { id type sponsored { campaignId organisationId advertiser label title } } } } }
        """;

    private const string CreateCampaign = """
        mutation($o: ID!, $input: CampaignInput!) { createCampaign(organisationId: $o, input: $input) { id status advertiser delivered } }
        """;

    private static JsonArray Edges(GraphQLResponse r) => r.Data["feed"]!["edges"]!.AsArray();

    [Fact]
    public async Task A_business_campaign_approved_by_an_operator_appears_labelled_in_the_feed_until_its_advertiser_is_hidden()
    {
        var place = ClusterApi.NewPlace();
        var owner = await f.Verified(place);
        var stranger = await f.Verified(ClusterApi.NewPlace());
        var root = await f.ConfiguredOperator();
        var (reader, neighbourhood) = await f.Found(place);

        var created = await f.GraphQL(
            "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id latitude } }",
            new { input = new { kind = "BUSINESS", name = "Fromagerie du marché", identifier = "73282932000074", publicAddress = "2 place du Marché", latitude = place.Lat, longitude = place.Lng } },
            owner);
        created.AssertNoErrors();
        var id = created.Data["createOrganisation"]!["id"]!.GetValue<string>();
        Assert.Equal(place.Lat, created.Data["createOrganisation"]!["latitude"]!.GetValue<double>());
        (await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root)).AssertNoErrors();

        const string Reach = "mutation($o: ID!, $r: Int) { setOrganisationReach(organisationId: $o, radiusMeters: $r) { areaCellCount reach { radiusMeters } } }";
        (await f.GraphQL(Reach, new { o = id, r = 800 }, stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(Reach, new { o = id, r = 9_000 }, owner)).AssertError("BAD_USER_INPUT");
        var reach = await f.GraphQL(Reach, new { o = id, r = 800 }, owner);
        reach.AssertNoErrors();
        Assert.Equal(800, reach.Data["setOrganisationReach"]!["reach"]!["radiusMeters"]!.GetValue<int>());

        var now = ClusterApi.Clock.GetUtcNow();
        object Input(int impressions) => new
        {
            o = id,
            input = new
            {
                title = "Comté 24 mois",
                text = "Dégustation samedi matin.",
                startsAt = now.AddHours(-1).ToString("O", CultureInfo.InvariantCulture),
                endsAt = now.AddDays(30).ToString("O", CultureInfo.InvariantCulture),
                impressions,
            },
        };
        (await f.GraphQL(CreateCampaign, Input(100), stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(CreateCampaign, Input(0), owner)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(CreateCampaign, Input(100))).AssertError("UNAUTHENTICATED");
        var campaign = await f.GraphQL(CreateCampaign, Input(100), owner);
        campaign.AssertNoErrors();
        var campaignId = campaign.Data["createCampaign"]!["id"]!.GetValue<string>();
        Assert.Equal("PENDING", campaign.Data["createCampaign"]!["status"]!.GetValue<string>());

        for (var i = 0; i < 10; i++)
        {
            (await f.GraphQL("mutation($t: String!) { createPost(text: $t) { id } }", new { t = $"Message {i}" }, reader)).AssertNoErrors();
        }

        // Pending: not in the feed; the operators' queue has it, and only operators read the queue or decide.
        Assert.DoesNotContain(Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)), e => e!["node"]!["type"]!.GetValue<string>() == "SPONSORED");
        (await f.GraphQL("{ pendingCampaigns { id } }", as_: owner)).AssertError("FORBIDDEN");
        Assert.Contains((await f.GraphQL("{ pendingCampaigns { id } }", as_: root)).Data["pendingCampaigns"]!.AsArray(), c => c!["id"]!.GetValue<string>() == campaignId);
        (await f.GraphQL("mutation($id: ID!) { approveCampaign(id: $id) { status } }", new { id = campaignId }, owner)).AssertError("FORBIDDEN");
        (await f.GraphQL("mutation($id: ID!) { approveCampaign(id: $id) { status } }", new { id = "cmp_nothing" }, root)).AssertError("NOT_FOUND");
        (await f.GraphQL("mutation($id: ID!) { approveCampaign(id: $id) { status } }", new { id = campaignId }, root)).AssertNoErrors();

        var edges = Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader));
        Assert.Equal(11, edges.Count);
        var sponsored = edges[10]!["node"]!;
        Assert.Equal(("SPONSORED", campaignId), (sponsored["type"]!.GetValue<string>(), sponsored["id"]!.GetValue<string>()));
        Assert.Equal("Sponsorisé", sponsored["sponsored"]!["label"]!.GetValue<string>());
        Assert.Equal(("Fromagerie du marché", id), (sponsored["sponsored"]!["advertiser"]!.GetValue<string>(), sponsored["sponsored"]!["organisationId"]!.GetValue<string>()));
        Assert.All(edges.Take(10), e => Assert.Null(e!["node"]!["sponsored"]));

        // The business sees one impression, and no neighbourhood figure under ten residents.
        var stats = await f.GraphQL(
            "query($o: ID!) { organisationCampaigns(organisationId: $o) { delivered statistics { delivered neighbourhoods { neighbourhoodId impressions } } } }", new { o = id }, owner);
        stats.AssertNoErrors();
        var row = Assert.Single(stats.Data["organisationCampaigns"]!.AsArray())!["statistics"]!;
        Assert.Equal(1, row["delivered"]!.GetValue<int>());
        Assert.Null(Assert.Single(row["neighbourhoods"]!.AsArray())!["impressions"]);
        (await f.GraphQL("query($o: ID!) { organisationCampaigns(organisationId: $o) { id } }", new { o = id }, reader)).AssertError("FORBIDDEN");

        // The business pauses it (out of the feed), resumes it, and rewords it (back to the operators until approved again).
        const string Pause = "mutation($id: ID!) { pauseCampaign(id: $id) { status } }";
        const string Edit = "mutation($id: ID!, $input: CampaignChangesInput!) { editCampaign(id: $id, input: $input) { status text impressions log { action detail } } }";
        (await f.GraphQL(Pause, new { id = campaignId }, stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(Pause, new { id = "cmp_nothing" }, owner)).AssertError("NOT_FOUND");
        Assert.Equal("PAUSED", (await f.GraphQL(Pause, new { id = campaignId }, owner)).Data["pauseCampaign"]!["status"]!.GetValue<string>());
        (await f.GraphQL(Pause, new { id = campaignId }, owner)).AssertError("CONFLICT");
        Assert.Equal(10, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);
        (await f.GraphQL("mutation($id: ID!) { resumeCampaign(id: $id) { status } }", new { id = campaignId }, owner)).AssertNoErrors();
        Assert.Equal(11, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);
        (await f.GraphQL(Edit, new { id = campaignId, input = new { impressions = 0 } }, owner)).AssertError("BAD_USER_INPUT");
        var edited = await f.GraphQL(Edit, new { id = campaignId, input = new { text = "Dégustation dimanche matin.", impressions = 200 } }, owner);
        edited.AssertNoErrors();
        var changed = edited.Data["editCampaign"]!;
        Assert.Equal(("PENDING", "Dégustation dimanche matin.", 200), (changed["status"]!.GetValue<string>(), changed["text"]!.GetValue<string>(), changed["impressions"]!.GetValue<int>()));
        Assert.Equal(["PAUSED", "RESUMED", "EDITED"], changed["log"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal("text impressions; PENDING", changed["log"]![2]!["detail"]!.GetValue<string>());
        Assert.Equal(10, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);
        (await f.GraphQL("mutation($id: ID!) { approveCampaign(id: $id) { status } }", new { id = campaignId }, root)).AssertNoErrors();
        Assert.Equal(11, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);

        (await f.GraphQL("mutation($o: ID!) { hideAdvertiser(organisationId: $o) }", new { o = id }, reader)).AssertNoErrors();
        Assert.Equal(10, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);
        Assert.Equal(id, Assert.Single((await f.GraphQL("{ hiddenAdvertisers }", as_: reader)).Data["hiddenAdvertisers"]!.AsArray())!.GetValue<string>());

        // Cancelled for good: out of the feed (the reader unhides the advertiser to see that), and nothing more to change.
        (await f.GraphQL("mutation($o: ID!) { unhideAdvertiser(organisationId: $o) }", new { o = id }, reader)).AssertNoErrors();
        Assert.Equal("CANCELLED", (await f.GraphQL("mutation($id: ID!) { cancelCampaign(id: $id) { status } }", new { id = campaignId }, owner)).Data["cancelCampaign"]!["status"]!.GetValue<string>());
        Assert.Equal(10, Edges(await f.GraphQL(Feed, new { n = neighbourhood }, reader)).Count);
        (await f.GraphQL("mutation($id: ID!) { resumeCampaign(id: $id) { status } }", new { id = campaignId }, owner)).AssertError("CONFLICT");
    }
}
