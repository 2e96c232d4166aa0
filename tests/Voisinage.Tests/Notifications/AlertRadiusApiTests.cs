using Microsoft.Extensions.DependencyInjection;
using Voisinage.Geo;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

/// <summary>The alert place and the alert radius preference through the public API, down to the pushes a browser decrypts.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AlertRadiusApiTests(EmbeddedApi api)
{
    private const string SetPreferences = "mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { alertRadiusMeters } }";
    private const string RegisterPush = "mutation($s: WebPushSubscriptionInput!) { registerWebPush(subscription: $s) { id } }";
    private const string RaisePlaced = "mutation($t: String!, $p: AlertPlaceInput) { raiseAlert(kind: VIGILANCE, title: $t, place: $p) { id place { cell lat lng } } }";

    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task A_resident_at_300_m_is_notified_with_a_500_m_radius_and_one_at_1500_m_is_not()
    {
        var vapid = (await api.GraphQL("{ appConfig { vapidPublicKey } }")).Data["appConfig"]!["vapidPublicKey"]!.GetValue<string>();
        await using var pushService = await FakePushService.Start(vapid);

        // A street 1.5 km long, north of the centre of a block cell (the alert's place), with a member every 150 m. The
        // residents who act through the API join last (verifying each moves the clock a day: earlier tokens expire).
        var start = AlertPlaces.Fresh();
        var centre = H3.CellToLatLng(Cells.At(start.Lat, start.Lng, Cells.BlockResolution));
        var place = (centre.Lat, centre.Lng);
        var (_, _, id) = await _world.Founder(place);
        for (var metres = 150; metres <= 1500; metres += 150)
        {
            await _world.Member(place.North(metres), id);
        }

        var (raiser, _) = await _world.Member(place, id);
        var (nearToken, _) = await _world.Member(place.North(300), id);
        var (farToken, _) = await _world.Member(place.North(1500), id);
        var near = pushService.Subscribe();
        var far = pushService.Subscribe();
        foreach (var (token, browser) in new[] { (nearToken, near), (farToken, far) })
        {
            (await api.GraphQL(RegisterPush, new { s = new { endpoint = browser.Endpoint, p256dh = browser.P256dh, auth = browser.Auth } }, token)).AssertNoErrors();
            var set = await api.GraphQL(SetPreferences, new { i = new { off = Array.Empty<object>(), alertRadiusMeters = 500 } }, token);
            set.AssertNoErrors();
            Assert.Equal(500, set.Data["setNotificationPreferences"]!["alertRadiusMeters"]!.GetValue<int>());
        }

        // A radius that is not offered is refused, and the one chosen stays.
        (await api.GraphQL(SetPreferences, new { i = new { off = Array.Empty<object>(), alertRadiusMeters = 750 } }, farToken)).AssertError("BAD_USER_INPUT");
        var read = await api.GraphQL("{ notificationPreferences { alertRadiusMeters } }", token: farToken);
        Assert.Equal(500, read.Data["notificationPreferences"]!["alertRadiusMeters"]!.GetValue<int>());

        // The raiser names the place; the API answers the coarse cell and its centre, not the point sent.
        var raised = await api.GraphQL(RaisePlaced, new { t = "Démarcheurs insistants", p = new { lat = place.Lat, lng = place.Lng } }, raiser);
        raised.AssertNoErrors();
        var alert = raised.Data["raiseAlert"]!;
        Assert.Equal(Cells.At(place.Lat, place.Lng, Cells.BlockResolution).ToString(), alert["place"]!["cell"]!.GetValue<string>());
        Assert.Equal(centre.Lat, alert["place"]!["lat"]!.GetValue<double>(), 9);

        var received = await near.Next();
        Assert.Null(received.Error);
        Assert.Equal(alert["id"]!.GetValue<string>(), received.Json.GetProperty("id").GetString());
        var roster = api.Services.GetRequiredService<IGrainFactory>().GetGrain<IPushRosterGrain>(id);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await roster.CountWaiting() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the neighbourhood's push outbox never drained");
            await Task.Delay(20);
        }

        Assert.Empty(far.All);

        // Without a place, everyone is notified; a place 4 km away, or off the map, is refused.
        var unplaced = await _world.Raised(raiser, "Chat perdu");
        Assert.Null(unplaced["place"]);
        Assert.Equal(unplaced["id"]!.GetValue<string>(), (await far.Next()).Json.GetProperty("id").GetString());
        var away = place.North(4000);
        (await api.GraphQL(RaisePlaced, new { t = "Ailleurs", p = new { lat = away.Lat, lng = away.Lng } }, raiser)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(RaisePlaced, new { t = "Nulle part", p = new { lat = 95.0, lng = 0.0 } }, raiser)).AssertError("BAD_USER_INPUT");
    }
}
