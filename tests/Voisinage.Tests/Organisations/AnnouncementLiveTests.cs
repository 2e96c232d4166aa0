using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using Voisinage.WebApi.Notifications;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// The announcements' live path: a front-end notifies its connected residents whose home lies in the area before the
/// fan-out, the fan-out's later entry adds nothing (one notification each), and connected residents outside get none.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AnnouncementLiveTests(ClusterApi f)
{
    private const string Subscription = "subscription { notificationReceived { unreadCount notification { id kind text } } }";

    [Fact]
    public async Task Connected_residents_of_the_area_get_it_live_once_even_without_a_neighbourhood_and_those_outside_do_not()
    {
        var home = ClusterApi.NewPlace();
        var (inside, _) = await f.Found(home);
        var loner = await f.Verified(home.North(150));
        var (outside, _) = await f.Found(home.North(2_000));
        var (admin, townHall) = await TownHalls.Create(f.Grains, OrganisationKind.Commune, "29232", clock: ClusterApi.Clock);
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(home, outer: 500));
        var (otherAdmin, otherTownHall) = await TownHalls.Create(f.Grains, OrganisationKind.Commune, "29019", clock: ClusterApi.Clock);
        await otherTownHall.SetArea(otherAdmin.Id(), OrganisationAreaTests.Square(home.North(2_000), outer: 300));

        await using var insideWs = await GraphQLWsClient.Connect(f.Api, inside.Token);
        await using var lonerWs = await GraphQLWsClient.Connect(f.Api, loner.Token);
        await using var outsideWs = await GraphQLWsClient.Connect(f.Api, outside.Token);
        await insideWs.Subscribe("n", Subscription);
        await lonerWs.Subscribe("n", Subscription);
        await outsideWs.Subscribe("n", Subscription);
        var live = f.Api.Services.GetRequiredService<LiveAnnouncements>();
        await Polling.Until(() => Task.FromResult(live.IsConnected(inside.Id) && live.IsConnected(loner.Id) && live.IsConnected(outside.Id)));

        var first = await Publish(admin.Id(), townHall, "Coupure d'eau");

        // The resident in no neighbourhood is not walked by the fan-out: only the live path reaches them.
        Assert.Equal($"announcement:{first.Id}", Notification(await lonerWs.Next("n"))["id"]!.GetValue<string>());
        var firstEvent = await insideWs.Next("n");
        var got = Notification(firstEvent);
        Assert.Equal($"announcement:{first.Id}", got["id"]!.GetValue<string>());
        Assert.Equal("ANNOUNCEMENT", got["kind"]!.GetValue<string>());
        Assert.Equal("Mairie de Quimper : Coupure d'eau", got["text"]!.GetValue<string>());
        await Polling.Until(() => f.Grains.GetGrain<IAnnouncementGrain>(first.Id).IsDelivered());

        // The live event is published before the inbox write, and carries the unread count that write saved.
        var insideInbox = f.Grains.GetGrain<INotificationInboxGrain>(inside.Id);
        var unreadAfterFirst = (await insideInbox.Page(1, null)).UnreadCount;
        Assert.Equal(unreadAfterFirst, UnreadCount(firstEvent));

        // The fan-out came after the live entry and added nothing: the next event each gets is the next announcement,
        // one more unread.
        var second = await Publish(admin.Id(), townHall, "Retour de l'eau");
        var secondEvent = await insideWs.Next("n");
        Assert.Equal($"announcement:{second.Id}", Notification(secondEvent)["id"]!.GetValue<string>());
        Assert.Equal(unreadAfterFirst + 1, UnreadCount(secondEvent));
        Assert.Equal($"announcement:{second.Id}", Notification(await lonerWs.Next("n"))["id"]!.GetValue<string>());
        await Polling.Until(() => f.Grains.GetGrain<IAnnouncementGrain>(second.Id).IsDelivered());
        var inbox = await insideInbox.Page(10, null);
        Assert.Equal([$"announcement:{second.Id}", $"announcement:{first.Id}"], inbox.Items.Where(n => n.Notification.Kind == "ANNOUNCEMENT").Select(n => n.Notification.Id));
        Assert.Equal(unreadAfterFirst + 1, inbox.UnreadCount);

        // Outside the area: nothing of the first two; its own town hall's announcement is the first event it gets.
        var theirs = await Publish(otherAdmin.Id(), otherTownHall, "Marché déplacé");
        Assert.Equal($"announcement:{theirs.Id}", Notification(await outsideWs.Next("n"))["id"]!.GetValue<string>());
        Assert.DoesNotContain((await f.Grains.GetGrain<INotificationInboxGrain>(outside.Id).Page(10, null)).Items, n => n.Notification.Id == $"announcement:{first.Id}");
    }

    private Task<Announcement> Publish(string authorId, IOrganisationGrain organisation, string title) =>
        f.Grains.GetGrain<IAnnouncementGrain>(ContentIds.NewAnnouncement())
            .Publish(authorId, organisation.GetPrimaryKeyString(), AnnouncementKind.Information, title, "Texte de l'annonce.");

    private static System.Text.Json.Nodes.JsonNode Notification(System.Text.Json.Nodes.JsonNode data) => data["notificationReceived"]!["notification"]!;

    private static int UnreadCount(System.Text.Json.Nodes.JsonNode data) => data["notificationReceived"]!["unreadCount"]!.GetValue<int>();
}
