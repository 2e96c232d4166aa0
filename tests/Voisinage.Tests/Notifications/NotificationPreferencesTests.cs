using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Notifications;

/// <summary>Preferences hold on every channel: kinds turned off, and quiet hours that only urgent alerts cross (fake clock).</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class NotificationPreferencesTests(ClusterFixture fixture) : WithPushService(fixture)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task Quiet_hours_hold_back_a_non_urgent_alert_until_they_end_and_let_an_urgent_one_through()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var browser = PushService.Subscribe();
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));

        // Quiet from an hour ago to an hour from now, Paris time, whatever the shared fake clock says.
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(ClusterFixture.Clock.GetUtcNow(), Paris).DateTime);
        var quiet = new QuietHours(local.AddHours(-1), local.AddHours(1), "Europe/Paris");
        await Grains.GetGrain<INotificationPreferencesGrain>(member.Id()).Set(new NotificationPreferences([new(NotificationKind.AlertEvent, NotificationChannel.Push)], quiet));

        var alerts = Grains.GetGrain<IResidentAlertsGrain>(raiser.Id());
        var held = await alerts.Raise(new AlertDraft(AlertKind.Vigilance, "Démarcheurs", "", 0));
        await alerts.Raise(new AlertDraft(AlertKind.Event, "Fête des voisins", "", 0));
        var urgent = await alerts.Raise(new AlertDraft(AlertKind.Urgent, "Incendie", "Évacuez l'immeuble", 0));

        // The urgent alert, raised last, arrives first: the vigilance one waits; the event one is off for push.
        Assert.Equal(urgent.Id, (await browser.Next()).Json.GetProperty("id").GetString());
        await Eventually(async () => await Grains.GetGrain<IResidentPushGrain>(member.Id()).CountPending() == 1);

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(held.Id, (await browser.Next()).Json.GetProperty("id").GetString());
        await Eventually(async () => await Grains.GetGrain<IResidentPushGrain>(member.Id()).CountPending() == 0);
        Assert.Equal(2, browser.All.Count);
    }

    [Fact]
    public async Task A_kind_turned_off_in_app_is_not_added_to_the_inbox()
    {
        var resident = Guid.NewGuid().ToString("N");
        await Grains.GetGrain<INotificationPreferencesGrain>(resident).Set(new NotificationPreferences([new(NotificationKind.Message, NotificationChannel.InApp)], null));
        var inbox = Grains.GetGrain<INotificationInboxGrain>(resident);
        await inbox.Add(new Notification("m1", "MESSAGE", null, "Nouveau message : salut", DateTimeOffset.UnixEpoch, "/messages/x"));
        await inbox.Add(new Notification("g1", "GROUP_PURCHASE_CONFIRMED", "lst_1", "Achat groupé confirmé", DateTimeOffset.UnixEpoch));
        Assert.Equal(["g1"], (await inbox.Page(10, null)).Items.Select(i => i.Notification.Id));
    }

    [Fact]
    public async Task Bad_preferences_are_refused_and_change_nothing()
    {
        var preferences = Grains.GetGrain<INotificationPreferencesGrain>(Guid.NewGuid().ToString("N"));
        foreach (var bad in new[]
        {
            new NotificationPreferences([], new QuietHours(new TimeOnly(22, 0), new TimeOnly(22, 0), "Europe/Paris")),
            new NotificationPreferences([], new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), "Mars/Olympus")),
            new NotificationPreferences([new((NotificationKind)99, NotificationChannel.Push)], null),
        })
        {
            Assert.Equal(ErrorCodes.BadUserInput, (await Assert.ThrowsAsync<VoisinageException>(() => preferences.Set(bad))).Code);
        }

        Assert.Equal(NotificationPreferences.Default.Off, (await preferences.Get()).Off);
        Assert.Null((await preferences.Get()).Quiet);
    }

    [Theory]
    [InlineData("2026-01-15T21:30:00Z", "2026-01-16T06:00:00Z")] // 22:30 in Paris (winter, UTC+1): held until 07:00 local
    [InlineData("2026-01-15T05:59:00Z", "2026-01-15T06:00:00Z")] // 06:59 local: held one minute
    [InlineData("2026-01-15T06:00:00Z", null)]                   // 07:00 local: out of the window
    [InlineData("2026-07-15T20:30:00Z", "2026-07-16T05:00:00Z")] // 22:30 in summer (UTC+2)
    public void Quiet_hours_across_midnight_follow_the_residents_time_zone(string now, string? until)
    {
        var preferences = new NotificationPreferences([], new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), "Europe/Paris"));
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var sendAt = NotificationRules.SendAt(preferences, NotificationKind.AlertVigilance, NotificationChannel.Push, at);
        Assert.Equal(until is null ? at : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture), sendAt);
        Assert.Equal(at, NotificationRules.SendAt(preferences, NotificationKind.AlertUrgent, NotificationChannel.Push, at));
        Assert.Equal(at, NotificationRules.SendAt(preferences, NotificationKind.AlertVigilance, NotificationChannel.InApp, at));
    }
}
