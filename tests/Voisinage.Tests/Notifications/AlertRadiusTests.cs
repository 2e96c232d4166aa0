using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Notifications;

/// <summary>
/// The alert radius preference: an alert that names a place is pushed to a resident only within the radius they chose,
/// measured on the silo from the alert's cell to their home; the default, urgent alerts and alerts without a place
/// reach every member.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AlertRadiusTests(ClusterFixture fixture) : WithPushService(fixture)
{
    [Fact]
    public async Task A_placed_alert_reaches_each_resident_within_their_radius_and_the_default_reaches_everyone()
    {
        var (place, raiser, id, members) = await Street(Grains, AlertPlaces.Fresh(), 1500);
        var near = await Subscribed(members[300], radius: 500);
        var far = await Subscribed(members[1500], radius: 1000);
        var everywhere = await Subscribed(members[1350], radius: null);

        var alerts = Grains.GetGrain<IResidentAlertsGrain>(raiser.Id());
        var placed = await alerts.Raise(new AlertDraft(AlertKind.Vigilance, "Démarcheurs", "", 0, place));
        Assert.Equal(Cells.At(place.Lat, place.Lng, Cells.BlockResolution).ToString(), placed.PlaceCell);

        Assert.Equal(placed.Id, (await near.Next()).Json.GetProperty("id").GetString());
        Assert.Equal(placed.Id, (await everywhere.Next()).Json.GetProperty("id").GetString());
        await Drained(id);
        Assert.Empty(far.All);

        // Urgent alerts cross the radius (safety first, as they cross quiet hours); an alert without a place reaches all.
        var urgent = await alerts.Raise(new AlertDraft(AlertKind.Urgent, "Fuite de gaz", "", 0, place));
        var unplaced = await alerts.Raise(new AlertDraft(AlertKind.Vigilance, "Chien perdu", "", 0));
        await Drained(id);
        Assert.Equal(
            new[] { urgent.Id, unplaced.Id }.Order(),
            far.All.Select(p => p.Json.GetProperty("id").GetString()!).Order());
        Assert.Equal(3, near.All.Count);
        Assert.Equal(3, everywhere.All.Count);
    }

    [Fact]
    public async Task A_place_far_from_the_raisers_block_or_off_the_map_is_refused_and_spends_nothing()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, _) = await AlertPlaces.Found(Grains, here);
        var alerts = Grains.GetGrain<IResidentAlertsGrain>(raiser.Id());
        foreach (var bad in new[] { here.North(4000), (Lat: 91.0, Lng: 0.0), (Lat: double.NaN, Lng: 2.0) })
        {
            var refusal = await Assert.ThrowsAsync<VoisinageException>(() => alerts.Raise(new AlertDraft(AlertKind.Event, "Vide-grenier", "", 0, new AlertPoint(bad.Lat, bad.Lng))));
            Assert.Equal(ErrorCodes.BadUserInput, refusal.Code);
        }

        Assert.Empty(await alerts.GetRaised());
        // The hourly quota (3) is intact: three alerts still go through.
        for (var i = 0; i < 3; i++)
        {
            await alerts.Raise(new AlertDraft(AlertKind.Event, $"Vide-grenier {i}", "", 0, new AlertPoint(here.Lat, here.Lng)));
        }
    }

    [Fact]
    public async Task A_radius_not_offered_is_refused_and_changes_nothing()
    {
        var preferences = Grains.GetGrain<INotificationPreferencesGrain>(Guid.NewGuid().ToString("N"));
        await preferences.Set(NotificationPreferences.Default with { AlertRadiusMeters = 2000 });
        foreach (var bad in new[] { 0, -500, 750, 50_000 })
        {
            var refusal = await Assert.ThrowsAsync<VoisinageException>(() => preferences.Set(NotificationPreferences.Default with { AlertRadiusMeters = bad }));
            Assert.Equal(ErrorCodes.BadUserInput, refusal.Code);
        }

        Assert.Equal(2000, (await preferences.Get()).AlertRadiusMeters);
        Assert.Null((await preferences.Set(NotificationPreferences.Default)).AlertRadiusMeters);
    }

    [Theory]
    [InlineData(AlertKind.Vigilance, 500, 300, true)]
    [InlineData(AlertKind.Vigilance, 500, 1500, false)]
    [InlineData(AlertKind.Vigilance, 2000, 1500, true)]
    [InlineData(AlertKind.Vigilance, null, 4500, true)]
    [InlineData(AlertKind.Urgent, 500, 1500, true)]
    public void The_distance_is_measured_from_the_alerts_cell_to_the_home_cell(AlertKind kind, int? radius, double metres, bool reaches)
    {
        var place = CellCentre(AlertPlaces.Fresh());
        var alert = new Alert("a", "n", 1, kind, "t", "", 0, DateTimeOffset.UnixEpoch, "r", "p", "n", null, false, Cells.At(place.Lat, place.Lng, Cells.BlockResolution).ToString());
        var home = place.North(metres);
        var homeCell = Cells.At(home.Lat, home.Lng, Cells.HomeResolution).ToString();
        Assert.Equal(reaches, NotificationRules.WithinRadius(NotificationPreferences.Default with { AlertRadiusMeters = radius }, alert, homeCell));
        Assert.True(NotificationRules.WithinRadius(NotificationPreferences.Default with { AlertRadiusMeters = radius }, alert with { PlaceCell = null }, homeCell));
    }

    /// <summary>
    /// A neighbourhood stretched north along a street: its founder at the centre of a block cell (the alerts' place) and a
    /// member every 150 m up to <paramref name="length"/> metres (each home next to the previous block, so that joins
    /// annex it). Members by their distance north of the place.
    /// </summary>
    internal static async Task<(AlertPoint Place, IResidentAccountGrain Founder, string NeighbourhoodId, Dictionary<int, IResidentAccountGrain> Members)> Street(
        IGrainFactory grains, (double Lat, double Lng) near, int length)
    {
        var place = CellCentre(near);
        var (founder, id) = await AlertPlaces.Found(grains, place);
        var members = new Dictionary<int, IResidentAccountGrain>();
        for (var metres = 150; metres <= length; metres += 150)
        {
            members[metres] = await AlertPlaces.Join(grains, place.North(metres), id);
        }

        return (new AlertPoint(place.Lat, place.Lng), founder, id, members);
    }

    private static (double Lat, double Lng) CellCentre((double Lat, double Lng) near)
    {
        var centre = H3.CellToLatLng(Cells.At(near.Lat, near.Lng, Cells.BlockResolution));
        return (centre.Lat, centre.Lng);
    }

    private async Task<BrowserSubscription> Subscribed(IResidentAccountGrain member, int? radius)
    {
        var browser = PushService.Subscribe();
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));
        await Grains.GetGrain<INotificationPreferencesGrain>(member.Id()).Set(NotificationPreferences.Default with { AlertRadiusMeters = radius });
        return browser;
    }

    /// <summary>Until every listed resident answered the neighbourhood's outbox: each push due was accepted by then.</summary>
    private async Task Drained(string neighbourhoodId)
    {
        var roster = Grains.GetGrain<IPushRosterGrain>(neighbourhoodId);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await roster.CountWaiting() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the neighbourhood's push outbox never drained");
            await Task.Delay(20);
        }
    }
}
