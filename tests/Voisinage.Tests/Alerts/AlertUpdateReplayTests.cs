using System.Text.Json.Nodes;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Alerts;

/// <summary><c>alertUpdated(since)</c>: changes are numbered per neighbourhood and replayed like new alerts.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AlertUpdateReplayTests(EmbeddedApi api)
{
    private const string Updated = "subscription($s: Long) { alertUpdated(since: $s) { id resolved hidden updateSequence } }";
    private const string Resolve = "mutation($id: ID!) { resolveAlert(id: $id) { id } }";

    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task A_client_that_missed_updates_gets_exactly_those_in_order_then_live_ones_without_duplicates()
    {
        var here = AlertPlaces.Fresh();
        var (lead, _, a) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, a);
        var (listener, _) = await _world.Member(here, a);
        var alerts = new List<string>();
        foreach (var (raiser, title) in new[] { (lead, "Fuite"), (lead, "Panne"), (lead, "Chien"), (member, "Chat"), (member, "Vélo") })
        {
            alerts.Add((await _world.Raised(raiser, title))["id"]!.GetValue<string>());
        }

        long first;
        await using (var ws = await GraphQLWsClient.Connect(api, listener))
        {
            await ws.Subscribe("u", Updated);
            await _world.Listening(a);
            (await api.GraphQL(Resolve, new { id = alerts[0] }, lead)).AssertNoErrors();
            var live = (await ws.Next("u"))["alertUpdated"]!;
            Assert.Equal(alerts[0], live["id"]!.GetValue<string>());
            first = live["updateSequence"]!.GetValue<long>();
            Assert.Equal(1, first);
        }

        // Missed while disconnected.
        (await api.GraphQL(Resolve, new { id = alerts[1] }, lead)).AssertNoErrors();
        (await api.GraphQL(Resolve, new { id = alerts[2] }, lead)).AssertNoErrors();

        await using var again = await GraphQLWsClient.Connect(api, listener);
        await again.Subscribe("u", Updated, new { s = first });
        Assert.Equal((alerts[1], 2L), Change((await again.Next("u"))["alertUpdated"]!));
        Assert.Equal((alerts[2], 3L), Change((await again.Next("u"))["alertUpdated"]!));

        await _world.Listening(a);
        (await api.GraphQL(Resolve, new { id = alerts[3] }, member)).AssertNoErrors();
        (await api.GraphQL(Resolve, new { id = alerts[4] }, member)).AssertNoErrors();
        Assert.Equal((alerts[3], 4L), Change((await again.Next("u"))["alertUpdated"]!));
        Assert.Equal((alerts[4], 5L), Change((await again.Next("u"))["alertUpdated"]!));

        // From 0: each changed alert once, as it is now, in change order; a bad `since` is refused.
        await using var fromStart = await GraphQLWsClient.Connect(api, listener);
        await fromStart.Subscribe("u", Updated, new { s = 0 });
        for (var i = 0; i < alerts.Count; i++)
        {
            var change = (await fromStart.Next("u"))["alertUpdated"]!;
            Assert.Equal((alerts[i], i + 1L), Change(change));
            Assert.True(change["resolved"]!.GetValue<bool>());
        }

        await fromStart.Subscribe("bad", Updated, new { s = -1 });
        var refused = await fromStart.Receive();
        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Contains("BAD_USER_INPUT", refused.ToJsonString(), StringComparison.Ordinal);
    }

    private static (string Id, long Number) Change(JsonNode change) => (change["id"]!.GetValue<string>(), change["updateSequence"]!.GetValue<long>());
}
