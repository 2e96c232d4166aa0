using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Alerts;

namespace Voisinage.Tests.Alerts;

/// <summary>Residents and neighbourhoods made through the API, for alert API tests.</summary>
public sealed class AlertApiWorld(ApiFactory api)
{
    public const string AlertFields = "id neighbourhoodId sequence kind title body radiusMeters raisedAt resolved resolvedAt hidden originNeighbourhoodId raiser { id pseudo } place { cell lat lng }";

    /// <summary>A resident verified by geolocation at a point, through the API (moves the clock a day).</summary>
    public async Task<(string Token, string Id)> Verified((double Lat, double Lng) at)
    {
        var (token, id, _, _) = await api.Register();
        await VerifyAt(token, at);
        return (token, id);
    }

    /// <summary>Sets a registered resident's home at a point and verifies them there by geolocation (moves the clock a day).</summary>
    public async Task VerifyAt(string token, (double Lat, double Lng) at)
    {
        (await api.GraphQL("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat = at.Lat, lng = at.Lng }, token)).AssertNoErrors();
        const string fix = "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { countingFixes } }";
        await api.GraphQL(fix, new { lat = at.Lat, lng = at.Lng }, token);
        await api.GraphQL(fix, new { lat = at.Lat, lng = at.Lng }, token);
        Voisinage.Tests.Verification.Neighbours.NextLocalDay(api.Clock);
        (await api.GraphQL(fix, new { lat = at.Lat, lng = at.Lng }, token)).AssertNoErrors();
    }

    public async Task<(string Token, string Id, string NeighbourhoodId)> Founder((double Lat, double Lng) at)
    {
        var (token, id) = await Verified(at);
        var found = await api.GraphQL("mutation { foundNeighbourhood(name: \"Quartier\") { id } }", token: token);
        found.AssertNoErrors();
        return (token, id, found.Data["foundNeighbourhood"]!["id"]!.GetValue<string>());
    }

    public async Task<(string Token, string Id)> Member((double Lat, double Lng) at, string neighbourhoodId)
    {
        var (token, id) = await Verified(at);
        (await api.GraphQL("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = neighbourhoodId }, token)).AssertNoErrors();
        return (token, id);
    }

    public Task<GraphQLResponse> Raise(string token, string title, int radius = 0, string kind = "VIGILANCE") =>
        api.GraphQL(
            $"mutation($k: AlertKind!, $t: String!, $r: Int) {{ raiseAlert(kind: $k, title: $t, body: \"Soyez prudents.\", radiusMeters: $r) {{ {AlertFields} }} }}",
            new { k = kind, t = title, r = radius },
            token);

    public async Task<System.Text.Json.Nodes.JsonNode> Raised(string token, string title, int radius = 0)
    {
        var r = await Raise(token, title, radius);
        r.AssertNoErrors();
        return r.Data["raiseAlert"]!;
    }

    public Task<GraphQLResponse> Alerts(string token, string neighbourhoodId, long since = 0) =>
        api.GraphQL(
            $"query($n: ID!, $s: Long) {{ alerts(neighbourhoodId: $n, since: $s) {{ lastSequence hasMore alerts {{ {AlertFields} }} }} }}",
            new { n = neighbourhoodId, s = since },
            token);

    /// <summary>Every alert after <paramref name="since"/>, page after page as a client reads them, and the last sequence.</summary>
    public async Task<(List<JsonNode> Alerts, long LastSequence)> AllAlerts(string token, string neighbourhoodId, long since = 0)
    {
        var alerts = new List<JsonNode>();
        while (true)
        {
            var response = await Alerts(token, neighbourhoodId, since);
            response.AssertNoErrors();
            var page = response.Data["alerts"]!;
            alerts.AddRange(page["alerts"]!.AsArray().Select(a => a!));
            since = page["lastSequence"]!.GetValue<long>();
            if (!page["hasMore"]!.GetValue<bool>())
            {
                return (alerts, since);
            }
        }
    }

    /// <summary>Waits until the front-end has <paramref name="count"/> local listeners on a neighbourhood (a subscription is live).</summary>
    public async Task Listening(string neighbourhoodId, int count = 1)
    {
        var feeds = api.Services.GetRequiredService<AlertFeeds>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (feeds.ListenerCount(neighbourhoodId) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no live subscription on {neighbourhoodId}");
            await Task.Delay(10);
        }
    }
}
