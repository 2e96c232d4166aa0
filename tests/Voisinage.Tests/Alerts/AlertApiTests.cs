using System.Text.Json.Nodes;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Alerts;

[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AlertApiTests(EmbeddedApi api)
{
    private const string Raised = "subscription($s: Long) { alertRaised(since: $s) { " + AlertApiWorld.AlertFields + " } }";
    private const string Updated = "subscription { alertUpdated { id neighbourhoodId resolved resolvedAt hidden } }";

    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task My_data_export_lists_the_alerts_I_raised_and_my_push_devices()
    {
        var (raiser, _, _) = await _world.Founder(AlertPlaces.Fresh());
        var alert = await _world.Raised(raiser, "Coupure d'eau rue Basse");
        (await api.GraphQL("mutation { registerPushDevice(platform: FCM, token: \"fcm-export\") { id } }", token: raiser)).AssertNoErrors();

        var export = await api.GraphQL("mutation { exportMyData }", token: raiser);
        export.AssertNoErrors();
        var data = JsonNode.Parse(export.Data["exportMyData"]!.GetValue<string>())!;
        var raised = Assert.Single(data["alertsRaised"]!.AsArray());
        Assert.Equal(alert["id"]!.GetValue<string>(), raised!["id"]!.GetValue<string>());
        Assert.Equal("Coupure d'eau rue Basse", raised["title"]!.GetValue<string>());
        Assert.Equal("fcm-export", Assert.Single(data["pushDevices"]!.AsArray())!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribers_of_targeted_neighbourhoods_receive_alerts_live_and_others_nothing()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, raiserId, a) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, a);
        var (nearby, _, b) = await _world.Founder(here.North(1000));
        var (far, _, c) = await _world.Founder(here.North(5000));

        await using var memberWs = await GraphQLWsClient.Connect(api, member);
        await using var nearbyWs = await GraphQLWsClient.Connect(api, nearby);
        await using var farWs = await GraphQLWsClient.Connect(api, far);
        foreach (var ws in new[] { memberWs, nearbyWs, farWs })
        {
            await ws.Subscribe("raised", Raised);
        }

        await _world.Listening(a);
        await _world.Listening(b);
        await _world.Listening(c);

        var alert = await _world.Raised(raiser, "Incendie rue Haute", radius: 1500);
        Assert.Equal(a, alert["neighbourhoodId"]!.GetValue<string>());
        Assert.Equal(1, alert["sequence"]!.GetValue<long>());

        var atMember = (await memberWs.Next("raised"))["alertRaised"]!;
        Assert.Equal(alert.ToJsonString(), atMember.ToJsonString());
        Assert.Equal(raiserId, atMember["raiser"]!["id"]!.GetValue<string>());

        var atNearby = (await nearbyWs.Next("raised"))["alertRaised"]!;
        Assert.Equal(alert["id"]!.GetValue<string>(), atNearby["id"]!.GetValue<string>());
        Assert.Equal(b, atNearby["neighbourhoodId"]!.GetValue<string>());
        Assert.Equal(1, atNearby["sequence"]!.GetValue<long>());

        // The far neighbourhood's first event is its own next alert: the wide one never reached it.
        var own = await _world.Raised(far, "Chien trouvé");
        var atFar = (await farWs.Next("raised"))["alertRaised"]!;
        Assert.Equal(own["id"]!.GetValue<string>(), atFar["id"]!.GetValue<string>());
        Assert.Equal(c, atFar["neighbourhoodId"]!.GetValue<string>());
        Assert.Equal(1, atFar["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_live_alert_shared_by_many_subscribers_keeps_each_ones_selection_and_variables()
    {
        // The front-end executes a live event once per distinct request (SharedSubscriptionEvents): two subscribers
        // with the same request get the same text, and a different selection, operation or variable its own.
        var here = AlertPlaces.Fresh();
        var (raiser, raiserId, a) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, a);
        await using var first = await GraphQLWsClient.Connect(api, member);
        await using var second = await GraphQLWsClient.Connect(api, raiser);
        await first.Subscribe("full", Raised);
        await second.Subscribe("full", Raised);
        await first.Subscribe("short", "subscription { alertRaised { id title } }");
        await second.Subscribe("named", "subscription Mine { alertRaised { sequence raiser { pseudo id } } }");
        await second.Subscribe("skip", "subscription($bare: Boolean!) { alertRaised { id title @skip(if: $bare) } }", new { bare = true });
        await first.Subscribe("keep", "subscription($bare: Boolean!) { alertRaised { id title @skip(if: $bare) } }", new { bare = false });
        await _world.Listening(a, count: 6);

        var alert = await _world.Raised(raiser, "Arbre tombé place du Marché");
        var id = alert["id"]!.GetValue<string>();
        var atFirst = await NextOfEach(first, "full", "short", "keep");
        var atSecond = await NextOfEach(second, "full", "named", "skip");

        Assert.Equal(alert.ToJsonString(), atFirst["full"]["alertRaised"]!.ToJsonString());
        Assert.Equal(atFirst["full"].ToJsonString(), atSecond["full"].ToJsonString());
        AssertJson($$"""{"id":"{{id}}","title":"Arbre tombé place du Marché"}""", atFirst["short"]["alertRaised"]);
        AssertJson($$"""{"id":"{{id}}","title":"Arbre tombé place du Marché"}""", atFirst["keep"]["alertRaised"]);
        AssertJson($$"""{"id":"{{id}}"}""", atSecond["skip"]["alertRaised"]);
        var named = atSecond["named"]["alertRaised"]!;
        Assert.Equal(1, named["sequence"]!.GetValue<long>());
        Assert.Equal(raiserId, named["raiser"]!["id"]!.GetValue<string>());
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");

    /// <summary>One "next" for each subscription id, in whatever order the socket delivers them.</summary>
    private static async Task<Dictionary<string, JsonNode>> NextOfEach(GraphQLWsClient ws, params string[] ids)
    {
        var data = new Dictionary<string, JsonNode>();
        while (data.Count < ids.Length)
        {
            var message = await ws.Receive() ?? throw new InvalidOperationException("The socket closed.");
            var id = message["id"]?.GetValue<string>();
            Assert.True(message["type"]?.GetValue<string>() == "next" && id is not null && ids.Contains(id) && !data.ContainsKey(id), message.ToJsonString());
            data[id!] = message["payload"]!["data"]!;
        }

        return data;
    }

    [Fact]
    public async Task Replay_then_live_has_no_gap_and_no_duplicate_across_a_reconnect_and_during_the_replay()
    {
        var here = AlertPlaces.Fresh();
        var (founder, _, a) = await _world.Founder(here);
        var raisers = new List<string> { founder };
        for (var i = 0; i < 3; i++)
        {
            raisers.Add((await _world.Member(here, a)).Token);
        }

        var (listener, _) = await _world.Member(here, a);
        long lastSeen;
        await using (var first = await GraphQLWsClient.Connect(api, listener))
        {
            await first.Subscribe("raised", Raised);
            await _world.Listening(a);
            await _world.Raised(raisers[0], "Un");
            lastSeen = (await first.Next("raised"))["alertRaised"]!["sequence"]!.GetValue<long>();
            Assert.Equal(1, lastSeen);
        }

        // Missed while disconnected.
        await _world.Raised(raisers[0], "Deux");
        await _world.Raised(raisers[0], "Trois");

        await using var second = await GraphQLWsClient.Connect(api, listener);
        await second.Subscribe("raised", Raised, new { s = lastSeen });

        // Alerts raised while the replay runs: each must arrive exactly once, in order.
        var during = Task.Run(async () =>
        {
            foreach (var raiser in raisers.Skip(1))
            {
                await _world.Raised(raiser, "Pendant");
                await _world.Raised(raiser, "Pendant encore");
            }
        });
        var sequences = new List<long>();
        while (sequences.Count < 8)
        {
            sequences.Add((await second.Next("raised"))["alertRaised"]!["sequence"]!.GetValue<long>());
        }

        await during;
        Assert.Equal([2L, 3, 4, 5, 6, 7, 8, 9], sequences);

        // And live after that.
        await _world.Raised(raisers[1], "Après");
        Assert.Equal(10, (await second.Next("raised"))["alertRaised"]!["sequence"]!.GetValue<long>());

        // Older alerts sit in sealed pages (two per page in the tests): reading goes on from lastSequence while hasMore.
        var (after7, last) = await _world.AllAlerts(listener, a, since: 7);
        Assert.Equal([8L, 9, 10], after7.Select(x => x["sequence"]!.GetValue<long>()));
        Assert.Equal(10, last);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), (await _world.AllAlerts(listener, a)).Alerts.Select(x => x["sequence"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Resolution_and_hiding_are_delivered_live_and_refusals_change_nothing()
    {
        var here = AlertPlaces.Fresh();
        var (lead, _, a) = await _world.Founder(here);
        var (raiser, _) = await _world.Member(here, a);
        var (member, _) = await _world.Member(here, a);
        var (other, _) = await _world.Member(here, a);
        var (stranger, _, _) = await _world.Founder(here.North(4000));
        var (unverified, _, _, _) = await api.Register();

        await using var ws = await GraphQLWsClient.Connect(api, member);
        await ws.Subscribe("updated", Updated);
        await _world.Listening(a);

        var alert = await _world.Raised(raiser, "Fuite de gaz");
        var id = alert["id"]!.GetValue<string>();
        const string resolve = "mutation($id: ID!) { resolveAlert(id: $id) { id resolved } }";
        (await api.GraphQL(resolve, new { id }, member)).AssertError("FORBIDDEN");
        (await api.GraphQL(resolve, new { id }, stranger)).AssertError("FORBIDDEN");
        (await api.GraphQL(resolve, new { id = "nope" }, member)).AssertError("NOT_FOUND");
        (await api.GraphQL(resolve, new { id })).AssertError("UNAUTHENTICATED");
        var resolved = await api.GraphQL(resolve, new { id }, lead);
        resolved.AssertNoErrors();
        Assert.True(resolved.Data["resolveAlert"]!["resolved"]!.GetValue<bool>());
        var update = (await ws.Next("updated"))["alertUpdated"]!;
        Assert.Equal(id, update["id"]!.GetValue<string>());
        Assert.True(update["resolved"]!.GetValue<bool>());
        (await api.GraphQL(resolve, new { id }, raiser)).AssertError("CONFLICT");

        // Three distinct members' reports hide it.
        const string report = "mutation($id: ID!) { report(targetType: ALERT, targetId: $id, reason: \"faux\") { reports hidden } }";
        (await api.GraphQL(report, new { id }, stranger)).AssertError("FORBIDDEN");
        (await api.GraphQL(report, new { id }, raiser)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(report, new { id }, member)).AssertNoErrors();
        (await api.GraphQL(report, new { id }, member)).AssertError("CONFLICT");
        (await api.GraphQL(report, new { id }, other)).AssertNoErrors();
        var third = await api.GraphQL(report, new { id }, lead);
        third.AssertNoErrors();
        Assert.True(third.Data["report"]!["hidden"]!.GetValue<bool>());
        Assert.True((await ws.Next("updated"))["alertUpdated"]!["hidden"]!.GetValue<bool>());
        var listed = await _world.Alerts(member, a);
        listed.AssertNoErrors();
        Assert.Empty(listed.Data["alerts"]!["alerts"]!.AsArray());
        Assert.Equal(1, listed.Data["alerts"]!["lastSequence"]!.GetValue<long>());

        // Refused raises leave the history as it was.
        (await _world.Raise(unverified, "x")).AssertError("NOT_VERIFIED");
        (await _world.Raise(member, "x", radius: 3001)).AssertError("BAD_USER_INPUT");
        (await _world.Raise(member, "")).AssertError("BAD_USER_INPUT");
        (await _world.Raise(member, "x", kind: "FLOOD")).AssertError("BAD_USER_INPUT");
        (await api.GraphQL("mutation { raiseAlert(kind: URGENT, title: \"x\") { id } }")).AssertError("UNAUTHENTICATED");
        await _world.Raised(member, "1");
        await _world.Raised(member, "2");
        await _world.Raised(member, "3");
        (await _world.Raise(member, "4")).AssertError("RATE_LIMITED");
        Assert.Equal(4, (await _world.AllAlerts(member, a)).LastSequence);

        // Reading is for members.
        (await _world.Alerts(stranger, a)).AssertError("FORBIDDEN");
        (await _world.Alerts(member, "zzz")).AssertError("NOT_FOUND");
        (await _world.Alerts(member, a, since: -1)).AssertError("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Subscribing_needs_a_verified_member()
    {
        var (unverified, _, _, _) = await api.Register();
        await using var anonymous = await GraphQLWsClient.Connect(api, null);
        await anonymous.Subscribe("1", Raised);
        AssertErrorMessage(await anonymous.Receive(), "1", "UNAUTHENTICATED");

        await using var notVerified = await GraphQLWsClient.Connect(api, unverified);
        await notVerified.Subscribe("2", Raised);
        AssertErrorMessage(await notVerified.Receive(), "2", "NOT_VERIFIED");

        var (loner, _) = await _world.Verified(AlertPlaces.Fresh());
        await using var notMember = await GraphQLWsClient.Connect(api, loner);
        await notMember.Subscribe("3", Raised, new { s = 0 });
        AssertErrorMessage(await notMember.Receive(), "3", "FORBIDDEN");
        await notMember.Subscribe("4", Raised, new { s = -5 });
        AssertErrorMessage(await notMember.Receive(), "4", "BAD_USER_INPUT");
    }

    [Fact]
    public async Task Push_devices_register_and_only_operators_drain_the_outboxes()
    {
        var (token, _) = await _world.Verified(AlertPlaces.Fresh());
        const string register = "mutation($p: PushPlatform!, $t: String!) { registerPushDevice(platform: $p, token: $t) { id platform registeredAt } }";
        var device = await api.GraphQL(register, new { p = "FCM", t = "device-token-1" }, token);
        device.AssertNoErrors();
        Assert.Equal("FCM", device.Data["registerPushDevice"]!["platform"]!.GetValue<string>());
        (await api.GraphQL(register, new { p = "FCM", t = "" }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { p = "FCM", t = "x" })).AssertError("UNAUTHENTICATED");
        (await api.GraphQL("{ pushOutbox { id deviceToken alert { id } } }", token: token)).AssertError("FORBIDDEN");
        (await api.GraphQL("{ pushOutbox(shard: 64) { id } }", token: token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL("mutation { ackPushMessages(ids: [\"x.1\"]) }", token: token)).AssertError("FORBIDDEN");
    }

    private static void AssertErrorMessage(JsonObject? message, string id, string code)
    {
        Assert.NotNull(message);
        Assert.True(message["type"]!.GetValue<string>() == "error" && message["id"]!.GetValue<string>() == id, message.ToJsonString());
        Assert.Equal(code, message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
