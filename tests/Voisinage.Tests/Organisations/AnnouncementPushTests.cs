using Voisinage.Grains.Alerts;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Notifications;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// Announcements through the one push path (fake clock, local push service): quiet hours hold an information until
/// they end, an emergency crosses them with <c>Urgency: high</c>, and a retried delivery pushes nothing twice.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AnnouncementPushTests(ClusterFixture fixture) : WithPushService(fixture)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task Quiet_hours_hold_an_information_until_they_end_and_let_an_emergency_through_with_high_urgency()
    {
        var (admin, townHall) = await TownHalls.Create(Grains, OrganisationKind.Commune, "29024");
        var centre = AlertPlaces.Fresh();
        var (resident, neighbourhood) = await AlertPlaces.Found(Grains, centre);
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 300));
        var push = Grains.GetGrain<IResidentPushGrain>(resident.Id());
        var browser = PushService.Subscribe();
        await push.RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));

        // Quiet from an hour ago to an hour from now, Paris time, whatever the shared fake clock says.
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(ClusterFixture.Clock.GetUtcNow(), Paris).DateTime);
        await Grains.GetGrain<INotificationPreferencesGrain>(resident.Id())
            .Set(new NotificationPreferences([], new QuietHours(local.AddHours(-1), local.AddHours(1), "Europe/Paris")));

        var information = await Publish(admin, townHall, AnnouncementKind.Information, "Collecte des encombrants", "Mardi matin.");
        Assert.Equal(1, await push.CountPending());
        var emergency = await Publish(admin, townHall, AnnouncementKind.Emergency, "Inondation", "Évacuez les caves.");

        // The emergency, published last, arrives first; the information waits in the resident's outbox.
        var urgent = await browser.Next();
        Assert.Null(urgent.Error);
        Assert.Equal("high", urgent.Urgency);
        Assert.Equal(emergency.Id, urgent.Json.GetProperty("id").GetString());
        Assert.Equal("announcement", urgent.Json.GetProperty("type").GetString());
        Assert.Equal("EMERGENCY", urgent.Json.GetProperty("kind").GetString());
        Assert.Equal("Mairie de Quimper : Inondation", urgent.Json.GetProperty("title").GetString());
        Assert.Equal("Évacuez les caves.", urgent.Json.GetProperty("body").GetString());
        Assert.True(urgent.Json.GetProperty("urgent").GetBoolean());
        Assert.DoesNotContain(neighbourhood, urgent.Payload);
        Assert.DoesNotContain(resident.Id(), urgent.Payload);
        Assert.DoesNotContain(admin.Id(), urgent.Payload);
        await Eventually(async () => await push.CountPending() == 1);

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(61));
        var held = await browser.Next();
        Assert.Equal(information.Id, held.Json.GetProperty("id").GetString());
        Assert.Equal("normal", held.Urgency);
        Assert.False(held.Json.GetProperty("urgent").GetBoolean());
        await Eventually(async () => await push.CountPending() == 0);

        // Delivered again (a retried batch): the list, the inbox and the browser each have it once.
        await Grains.GetGrain<IAnnouncementDeliveryGrain>(0).ToResidents(emergency, [resident.Id()], [resident.Id()]);
        Assert.Equal(0, await push.CountPending());
        Assert.Equal(2, browser.All.Count);
        Assert.Equal(2, (await Grains.GetGrain<IResidentAnnouncementsGrain>(resident.Id()).Page(10, null)).Items.Count);
        Assert.Equal(2, (await Grains.GetGrain<INotificationInboxGrain>(resident.Id()).Page(10, null)).Items.Count(n => n.Notification.Kind == "ANNOUNCEMENT"));
    }

    [Fact]
    public async Task A_resident_who_turned_announcement_pushes_off_keeps_them_in_the_list_without_a_push()
    {
        var (admin, townHall) = await TownHalls.Create(Grains, OrganisationKind.Commune, "29039");
        var centre = AlertPlaces.Fresh();
        var (resident, _) = await AlertPlaces.Found(Grains, centre);
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 300));
        var push = Grains.GetGrain<IResidentPushGrain>(resident.Id());
        var browser = PushService.Subscribe();
        await push.RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));
        await Grains.GetGrain<INotificationPreferencesGrain>(resident.Id())
            .Set(new NotificationPreferences([new ChannelChoice(NotificationKind.Announcement, NotificationChannel.Push)], null));

        var emergency = await Publish(admin, townHall, AnnouncementKind.Emergency, "Coupure d'eau", "Jusqu'à 18 h.");

        Assert.Equal([emergency.Id], (await Grains.GetGrain<IResidentAnnouncementsGrain>(resident.Id()).Page(10, null)).Items.Select(a => a.Id));
        Assert.Equal(0, await push.CountPending());

        // Announce answered having decided: an announcement is only ever sent from the outbox, which stayed empty.
        Assert.Empty(browser.All);
    }

    private Task<Announcement> Publish(Grains.Residents.IResidentAccountGrain author, IOrganisationGrain organisation, AnnouncementKind kind, string title, string body) =>
        Grains.GetGrain<IAnnouncementGrain>(ContentIds.NewAnnouncement()).Publish(author.Id(), organisation.GetPrimaryKeyString(), kind, title, body);
}
