using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Organisations;

/// <summary>Official announcements: who may publish, and who receives them (home inside the area, never outside or in a hole).</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AnnouncementTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private Task<(IResidentAccountGrain Admin, IOrganisationGrain Organisation)> Organisation(
        OrganisationKind kind, string identifier, bool verify = true, string? publicAddress = null) =>
        TownHalls.Create(Grains, kind, identifier, verify, publicAddress);

    private Task<Announcement> Publish(IResidentAccountGrain author, IOrganisationGrain organisation, AnnouncementKind kind = AnnouncementKind.Information, string title = "Travaux rue Haute", string body = "La rue sera fermée lundi.") =>
        Grains.GetGrain<IAnnouncementGrain>(ContentIds.NewAnnouncement()).Publish(author.Id(), organisation.GetPrimaryKeyString(), kind, title, body);

    private static (double Lat, double Lng) East((double Lat, double Lng) at, double metres) =>
        (at.Lat, at.Lng + (metres / (111_320.0 * Math.Cos(at.Lat * Math.PI / 180))));

    private async Task<IReadOnlyList<Announcement>> Received(IResidentAccountGrain resident) =>
        (await Grains.GetGrain<IResidentAnnouncementsGrain>(resident.Id()).Page(50, null)).Items;

    [Fact]
    public async Task An_announcement_reaches_members_whose_home_is_inside_the_boundary_and_nobody_outside_or_in_a_hole()
    {
        var (admin, townHall) = await Organisation(OrganisationKind.Commune, "29232");
        var editor = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        await townHall.AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        var centre = AlertPlaces.Fresh();
        var (inHole, _) = await AlertPlaces.Found(Grains, centre);
        var (inside, insideNeighbourhood) = await AlertPlaces.Found(Grains, centre.North(500));
        var neighbourInside = await AlertPlaces.Join(Grains, centre.North(500), insideNeighbourhood);
        // 100 m inside the northern edge, far enough east of the previous home to be another block.
        var (justInside, _) = await AlertPlaces.Found(Grains, East(centre.North(650), 600));
        var (justOutside, _) = await AlertPlaces.Found(Grains, centre.North(850));
        var (farAway, _) = await AlertPlaces.Found(Grains, centre.North(20_000));
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 750, hole: 300));

        var announcement = await Publish(editor, townHall, AnnouncementKind.Emergency, "Inondation", "Évacuez les caves.");

        Assert.Equal("Mairie de Quimper", announcement.OrganisationName);
        Assert.True(await Grains.GetGrain<IAnnouncementGrain>(announcement.Id).IsDelivered());
        foreach (var resident in new[] { inside, neighbourInside, justInside })
        {
            var received = Assert.Single(await Received(resident));
            Assert.Equal(announcement, received);
            var inbox = await Grains.GetGrain<INotificationInboxGrain>(resident.Id()).Page(10, null);
            Assert.Contains(inbox.Items, n => n.Notification.Id == $"announcement:{announcement.Id}" && n.Notification.Text == "Mairie de Quimper : Inondation");
        }

        foreach (var resident in new[] { inHole, justOutside, farAway, admin, editor })
        {
            Assert.Empty(await Received(resident));
        }

        // A resident who turned announcements off in the app still finds them in the list, without a notification (the
        // list is the area's: one who arrived after the first announcement reads it too).
        var quiet = await AlertPlaces.Join(Grains, centre.North(500), insideNeighbourhood);
        await Grains.GetGrain<INotificationPreferencesGrain>(quiet.Id())
            .Set(new NotificationPreferences([new ChannelChoice(NotificationKind.Announcement, NotificationChannel.InApp)], null));
        var second = await Publish(editor, townHall, AnnouncementKind.Information, "Décrue", "Les caves sont accessibles.");
        Assert.Equal([second.Id, announcement.Id], (await Received(quiet)).Select(a => a.Id));
        Assert.Empty((await Grains.GetGrain<INotificationInboxGrain>(quiet.Id()).Page(10, null)).Items);

        // Delivered again (a retried batch): nothing doubles.
        await Grains.GetGrain<IAnnouncementDeliveryGrain>(0).ToResidents(announcement, [inside.Id()], []);
        Assert.Equal(2, (await Received(inside)).Count);
        Assert.Equal(2, (await Grains.GetGrain<INotificationInboxGrain>(inside.Id()).Page(10, null)).Items.Count(n => n.Notification.Kind == "ANNOUNCEMENT"));
    }

    [Fact]
    public async Task The_list_follows_the_home_so_a_resident_in_no_neighbourhood_reads_it_and_one_who_moves_out_loses_it()
    {
        var (admin, townHall) = await Organisation(OrganisationKind.Commune, "29024");
        var centre = AlertPlaces.Fresh();
        var (member, _) = await AlertPlaces.Found(Grains, centre);
        var loner = await Neighbours.NewResident(Grains, centre.North(100));
        var mover = await Neighbours.NewResident(Grains, centre.North(20_000));
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 400));

        var announcement = await Publish(admin, townHall, AnnouncementKind.Works, "Coupure d'eau", "Mardi de 9 h à 12 h.");

        // No neighbourhood: the list is computed from the home, so it is there; the notification walks the area's
        // neighbourhoods, so there is none (documented).
        Assert.Equal([announcement], await Received(loner));
        Assert.True(await Grains.GetGrain<IResidentAnnouncementsGrain>(loner.Id()).Has(announcement.Id));
        Assert.Empty((await Grains.GetGrain<INotificationInboxGrain>(loner.Id()).Page(10, null)).Items);
        Assert.Equal([announcement], await Received(member));

        // Nothing was copied: moving in shows the area's announcements, moving out takes them away.
        Assert.Empty(await Received(mover));
        await mover.AsVerification().SetHome(centre.North(150).Lat, centre.Lng);
        Assert.Equal([announcement], await Received(mover));
        await mover.AsVerification().SetHome(centre.North(20_000).Lat, centre.Lng);
        Assert.Empty(await Received(mover));
        Assert.False(await Grains.GetGrain<IResidentAnnouncementsGrain>(mover.Id()).Has(announcement.Id));

        // The area redrawn 20 km away (another shard of the index): its announcements follow it.
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre.North(20_000), outer: 400));
        Assert.Equal([announcement], await Received(mover));
        Assert.Empty(await Received(loner));
    }

    [Fact]
    public async Task Announcements_are_listed_newest_first_in_pages()
    {
        var (admin, townHall) = await Organisation(OrganisationKind.Commune, "29019");
        var centre = AlertPlaces.Fresh();
        var (resident, _) = await AlertPlaces.Found(Grains, centre);
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 300));
        var first = await Publish(admin, townHall, title: "Un");
        var second = await Publish(admin, townHall, AnnouncementKind.Works, "Deux");
        var third = await Publish(admin, townHall, AnnouncementKind.WeatherVigilance, "Trois");

        var inbox = Grains.GetGrain<IResidentAnnouncementsGrain>(resident.Id());
        var page = await inbox.Page(2, null);
        Assert.Equal([third.Id, second.Id], page.Items.Select(a => a.Id));
        Assert.True(page.HasNextPage);
        var next = await inbox.Page(2, second.Id);
        Assert.Equal([first.Id], next.Items.Select(a => a.Id));
        Assert.False(next.HasNextPage);
        await AssertRefused(ErrorCodes.BadUserInput, () => inbox.Page(0, null));
        await AssertRefused(ErrorCodes.BadUserInput, () => inbox.Page(2, "ann_unknown"));
    }

    [Fact]
    public async Task Publishing_is_refused_to_non_members_unverified_organisations_businesses_bad_lengths_and_without_an_area()
    {
        var centre = AlertPlaces.Fresh();
        var (admin, townHall) = await Organisation(OrganisationKind.Commune, "29103");
        var stranger = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        await AssertRefused(ErrorCodes.Conflict, () => Publish(admin, townHall));
        await townHall.SetArea(admin.Id(), OrganisationAreaTests.Square(centre, outer: 300));

        await AssertRefused(ErrorCodes.Forbidden, () => Publish(stranger, townHall));
        await AssertRefused(ErrorCodes.BadUserInput, () => Publish(admin, townHall, title: "  "));
        await AssertRefused(ErrorCodes.BadUserInput, () => Publish(admin, townHall, title: new string('a', AnnouncementLimits.MaxTitle + 1)));
        await AssertRefused(ErrorCodes.BadUserInput, () => Publish(admin, townHall, body: new string('a', AnnouncementLimits.MaxBody + 1)));
        await AssertRefused(ErrorCodes.BadUserInput, () => Publish(admin, townHall, kind: (AnnouncementKind)99));

        var (pendingAdmin, pending) = await Organisation(OrganisationKind.Commune, "29151", verify: false);
        var editor = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        await pending.AddMember(pendingAdmin.Id(), editor.Id(), OrganisationRole.Editor);
        await pending.SetArea(pendingAdmin.Id(), OrganisationAreaTests.Square(centre, outer: 300));
        await AssertRefused(ErrorCodes.NotVerified, () => Publish(editor, pending));

        var (owner, shop) = await Organisation(OrganisationKind.Business, "73282932000074", publicAddress: "1 rue du Four");
        await AssertRefused(ErrorCodes.Forbidden, () => Publish(owner, shop));

        // A refused publication left nothing: the same id is still free.
        var id = ContentIds.NewAnnouncement();
        await AssertRefused(ErrorCodes.Forbidden, () => Grains.GetGrain<IAnnouncementGrain>(id).Publish(stranger.Id(), townHall.GetPrimaryKeyString(), AnnouncementKind.Information, "Titre", "Texte"));
        Assert.Null(await Grains.GetGrain<IAnnouncementGrain>(id).Get());
        var published = await Grains.GetGrain<IAnnouncementGrain>(id).Publish(admin.Id(), townHall.GetPrimaryKeyString(), AnnouncementKind.Information, "Titre", "Texte");
        Assert.Equal(published, await Grains.GetGrain<IAnnouncementGrain>(id).Publish(admin.Id(), townHall.GetPrimaryKeyString(), AnnouncementKind.Information, "Titre", "Texte"));
        await AssertRefused(ErrorCodes.Conflict, () => Grains.GetGrain<IAnnouncementGrain>(id).Publish(stranger.Id(), townHall.GetPrimaryKeyString(), AnnouncementKind.Information, "Titre", "Texte"));
    }
}
