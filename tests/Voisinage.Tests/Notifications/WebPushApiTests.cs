using Voisinage.Tests.Alerts;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

/// <summary>Web Push through the public API: the VAPID key for clients, a subscription registered, checked, removed, and the alert it brings.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class WebPushApiTests(EmbeddedApi api)
{
    private const string Register = "mutation($s: WebPushSubscriptionInput!) { registerWebPush(subscription: $s) { id platform } }";
    private const string Unregister = "mutation($e: String!) { unregisterWebPush(endpoint: $e) }";

    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task A_browser_subscribes_with_the_servers_key_receives_alerts_and_unsubscribes()
    {
        var config = await api.GraphQL("{ appConfig { vapidPublicKey } }");
        config.AssertNoErrors();
        var vapid = config.Data["appConfig"]!["vapidPublicKey"]!.GetValue<string>();
        Assert.Equal(65, FakePushService.Base64UrlDecode(vapid).Length);
        await using var pushService = await FakePushService.Start(vapid);

        var here = AlertPlaces.Fresh();
        var (raiser, _, id) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, id);
        var browser = pushService.Subscribe();
        var subscription = new { endpoint = browser.Endpoint, p256dh = browser.P256dh, auth = browser.Auth };
        var registered = await api.GraphQL(Register, new { s = subscription }, member);
        registered.AssertNoErrors();
        Assert.Equal("WEB_PUSH", registered.Data["registerWebPush"]!["platform"]!.GetValue<string>());

        (await api.GraphQL(Register, new { s = subscription with { auth = "short" } }, member)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(Register, new { s = subscription with { endpoint = "http://push.example.com/x" } }, member)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(Register, new { s = subscription })).AssertError("UNAUTHENTICATED");

        var alert = await _world.Raised(raiser, "Arbre tombé rue Haute");
        var received = await browser.Next();
        Assert.Null(received.Error);
        Assert.Equal(alert["id"]!.GetValue<string>(), received.Json.GetProperty("id").GetString());
        Assert.Equal("Arbre tombé rue Haute", received.Json.GetProperty("title").GetString());

        var removed = await api.GraphQL(Unregister, new { e = browser.Endpoint }, member);
        removed.AssertNoErrors();
        Assert.True(removed.Data["unregisterWebPush"]!.GetValue<bool>());
        Assert.False((await api.GraphQL(Unregister, new { e = browser.Endpoint }, member)).Data["unregisterWebPush"]!.GetValue<bool>());
    }
}
