using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Demo;

namespace Voisinage.Tests.Web;

/// <summary>The embedded product started in demo mode (a fake clock; verification shortened by demo mode itself).</summary>
public sealed class DemoServer() : ApiFactory(new Dictionary<string, string?> { ["Voisinage:Demo"] = "true" })
{
    /// <summary>Waits (on the seeder's own completion, not on time) until the demo data is there.</summary>
    internal async Task<DemoSeeder> Seeded()
    {
        var seeder = Services.GetRequiredService<DemoSeeder>();
        await seeder.Seeded.WaitAsync(TimeSpan.FromMinutes(2));
        return seeder;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoServer>
{
    public const string Name = "demo";
}

/// <summary>Demo mode: a living neighbourhood around Dinan, made through the API, read back through the API as a demo resident.</summary>
[Collection(DemoCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class DemoDataTests(DemoServer server)
{
    private const string Feed = """
        query($n: ID!) { feed(neighbourhoodId: $n, first: 50) { edges { node { type title listingKind status
          listing { groupPurchase { pledgedQuantity targetQuantity } event { going } } } } } }
        """;

    [Fact]
    public async Task Demo_residents_are_verified_members_of_one_neighbourhood_around_Dinan_with_a_lead()
    {
        await server.Seeded();

        foreach (var account in DemoData.Accounts)
        {
            var me = await server.GraphQL("{ me { pseudo verification { status method } neighbourhood { name memberCount } } }", token: await Token(account.Pseudo));
            me.AssertNoErrors();
            Assert.Equal("VERIFIED", me.Data["me"]!["verification"]!["status"]!.GetValue<string>());
            Assert.Equal("GEOLOCATION", me.Data["me"]!["verification"]!["method"]!.GetValue<string>());
            Assert.Equal("Vieux Dinan", me.Data["me"]!["neighbourhood"]!["name"]!.GetValue<string>());
            Assert.Equal(DemoData.Accounts.Count, me.Data["me"]!["neighbourhood"]!["memberCount"]!.GetValue<int>());
        }

        var around = await server.GraphQL("query($lat: Float!, $lng: Float!) { neighbourhoodAt(lat: $lat, lng: $lng) { name } }",
            new { lat = DemoData.Latitude, lng = DemoData.Longitude });
        Assert.Equal("Vieux Dinan", around.Data["neighbourhoodAt"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_feed_shows_listings_of_every_kind_a_post_an_open_and_a_resolved_alert_and_a_purchase_under_way()
    {
        await server.Seeded();
        var token = await Token("yannick");

        var items = await FeedItems(token);

        var kinds = items.Where(i => i["type"]!.GetValue<string>() == "LISTING").Select(i => i["listingKind"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(
            ["ASSOCIATION", "CARPOOL", "EVENT", "GIVEAWAY", "GROUP_PURCHASE", "HELP_REQUEST", "LOAN", "LOCAL_PRODUCER", "SERVICE_OFFER", "SWAP"],
            kinds.Order(StringComparer.Ordinal));
        Assert.Single(items, i => i["type"]!.GetValue<string>() == "POST");
        var alerts = items.Where(i => i["type"]!.GetValue<string>() == "ALERT").Select(i => i["status"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["OPEN", "RESOLVED"], alerts);
        var purchase = items.Single(i => i["listingKind"]?.GetValue<string>() == "GROUP_PURCHASE")["listing"]!["groupPurchase"]!;
        Assert.Equal(7, purchase["pledgedQuantity"]!.GetValue<int>());
        Assert.True(purchase["pledgedQuantity"]!.GetValue<int>() < purchase["targetQuantity"]!.GetValue<int>());
        Assert.Equal(3, items.Single(i => i["listingKind"]?.GetValue<string>() == "EVENT")["listing"]!["event"]!["going"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_demo_resident_has_a_conversation_and_appConfig_lists_the_demo_accounts()
    {
        await server.Seeded();

        var conversations = await server.GraphQL("{ conversations { edges { node { messageCount participants { pseudo } } } } }", token: await Token("malo"));
        var config = await server.GraphQL("{ appConfig { demo demoAccounts { pseudo password role } } }");

        conversations.AssertNoErrors();
        var conversation = Assert.Single(conversations.Data["conversations"]!["edges"]!.AsArray())!["node"]!;
        Assert.Equal(2, conversation["messageCount"]!.GetValue<int>());
        Assert.Equal(["malo", "soizic"], conversation["participants"]!.AsArray().Select(p => p!["pseudo"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(config.Data["appConfig"]!["demo"]!.GetValue<bool>());
        Assert.Equal(DemoData.Accounts.Select(a => a.Pseudo), config.Data["appConfig"]!["demoAccounts"]!.AsArray().Select(a => a!["pseudo"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Seeding_again_as_after_a_restart_duplicates_nothing()
    {
        var seeder = await server.Seeded();
        var token = await Token("claire");
        var before = (await FeedItems(token)).Count;

        var made = await seeder.SeedAsync(CancellationToken.None);

        Assert.False(made);
        Assert.Equal(before, (await FeedItems(token)).Count);
    }

    private async Task<string> Token(string pseudo)
    {
        var login = await server.GraphQL("mutation($i: LoginInput!) { login(input: $i) { token } }", new { i = new { login = pseudo, password = DemoData.Password } });
        login.AssertNoErrors();
        return login.Data["login"]!["token"]!.GetValue<string>();
    }

    private async Task<List<JsonNode>> FeedItems(string token)
    {
        var me = await server.GraphQL("{ me { neighbourhood { id } } }", token: token);
        var feed = await server.GraphQL(Feed, new { n = me.Data["me"]!["neighbourhood"]!["id"]!.GetValue<string>() }, token);
        feed.AssertNoErrors();
        return [.. feed.Data["feed"]!["edges"]!.AsArray().Select(e => e!["node"]!)];
    }
}
