using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Sponsored;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;
using Voisinage.Tests.Moderation;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// What organisations hold about a resident, through the API: <c>exportMyData</c> lists their organisations (role,
/// since), recommendations, announcements received, hidden advertisers and notification preferences; deleting the
/// account leaves every organisation (the longest-standing editor succeeds a last admin, an organisation left without
/// members is orphaned and listed to operators, who name a new admin), withdraws the recommendations and erases the
/// lists, so that no organisation store holds the resident's id any more.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class OrganisationClosureTests(ClusterApi f)
{
    private const string Password = "a long password";

    private const string Create = "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }";

    [Fact]
    public async Task The_export_lists_organisations_recommendations_announcements_hidden_advertisers_and_preferences_and_deletion_erases_them()
    {
        var place = ClusterApi.NewPlace();
        var (leaving, _) = await f.Found(place);
        var root = await f.ConfiguredOperator();
        var editor = await f.Verified(place);
        var later = await f.Verified(place);

        // An association the leaving resident runs with two editors, a business they alone run, one they recommend.
        var association = await Organisation(leaving, root, new { kind = "ASSOCIATION", name = "Jardins partagés", identifier = "W751000002" });
        await f.Ok("mutation($o: ID!, $r: ID!) { addOrganisationMember(organisationId: $o, residentId: $r, role: EDITOR) { residentId } }", new { o = association, r = editor.Id }, leaving);
        ClusterApi.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Ok("mutation($o: ID!, $r: ID!) { addOrganisationMember(organisationId: $o, residentId: $r, role: EDITOR) { residentId } }", new { o = association, r = later.Id }, leaving);
        var shop = await Organisation(leaving, root, new { kind = "BUSINESS", name = "Épicerie solidaire", identifier = "44306184100047", publicAddress = "8 rue Neuve" });
        var recommended = await Organisation(editor, root, new { kind = "BUSINESS", name = "Boulangerie Martin", identifier = "73282932000074", publicAddress = "1 place du Marché" });
        Assert.Equal(1, (await f.Ok("mutation($id: ID!) { recommendOrganisation(id: $id) { total } }", new { id = recommended }, leaving))["recommendOrganisation"]!["total"]!.GetValue<int>());
        await f.Ok("mutation($o: ID!) { hideAdvertiser(organisationId: $o) }", new { o = recommended }, leaving);
        var preferences = new { input = new { off = new[] { new { kind = "LISTING", channel = "PUSH" } }, quietHours = new { start = "22:00", end = "07:00", timeZone = "Europe/Paris" }, digest = "WEEKLY", alertRadiusMeters = 1000 } };
        await f.Ok("mutation($input: NotificationPreferencesInput!) { setNotificationPreferences(input: $input) { digest } }", preferences, leaving);

        // An official announcement to their home's area: in their list (read from the area) and their notifications.
        var townHall = await Organisation(editor, root, new { kind = "COMMUNE", name = "Mairie de Lille", identifier = "59350" });
        await f.Ok("mutation($o: ID!, $g: String!) { setOrganisationArea(organisationId: $o, geoJson: $g) { areaCellCount } }",
            new { o = townHall, g = OrganisationAreaTests.Square(place, outer: 500) }, editor);
        var announcement = (await f.Ok(
            "mutation($o: ID!) { publishAnnouncement(organisationId: $o, kind: WORKS, title: \"Travaux rue Neuve\", body: \"Fermé lundi\") { id } }",
            new { o = townHall }, editor))["publishAnnouncement"]!.Str("id");

        var export = JsonNode.Parse((await f.Ok("mutation { exportMyData }", null, leaving))["exportMyData"]!.GetValue<string>())!;
        var organisations = export["organisations"]!.AsArray();
        Assert.Equal(new[] { association, shop }, organisations.Select(o => o.Str("id")));
        Assert.All(organisations, o => Assert.Equal("Admin", o.Str("role")));
        Assert.Equal("Association", organisations[0].Str("kind"));
        Assert.Equal("Jardins partagés", organisations[0].Str("name"));
        Assert.NotNull(organisations[0]!["since"]);
        Assert.Equal(recommended, Assert.Single(export["recommendations"]!.AsArray()).Str("id"));
        Assert.Equal("Boulangerie Martin", Assert.Single(export["hiddenAdvertisers"]!.AsArray()).Str("name"));
        var received = Assert.Single(export["announcementsReceived"]!.AsArray());
        Assert.Equal(("Travaux rue Neuve", "Works"), (received.Str("title"), received.Str("kind")));
        var prefs = export["notificationPreferences"]!;
        Assert.Equal(("Listing", "Push"), (prefs["turnedOff"]![0].Str("kind"), prefs["turnedOff"]![0].Str("channel")));
        Assert.Equal(("22:00", "07:00", "Europe/Paris"), (prefs["quietHours"].Str("start"), prefs["quietHours"].Str("end"), prefs["quietHours"].Str("timeZone")));
        Assert.Equal(("Weekly", 1000), (prefs.Str("digest"), prefs["alertRadiusMeters"]!.GetValue<int>()));
        Assert.Contains(export["notifications"]!.AsArray(), n => n.Str("text").Contains("Travaux rue Neuve", StringComparison.Ordinal));
        Assert.NotNull(export["conversations"]);

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = Password }, leaving)).AssertNoErrors();

        // The association carries on under its longest-standing editor (logged); the other editor stays one.
        var members = (await f.Ok("query($id: ID!) { organisation(id: $id) { members { residentId role } log { action actorId residentId } } }", new { id = association }, editor))["organisation"]!;
        Assert.Equal(new[] { (editor.Id, "ADMIN"), (later.Id, "EDITOR") }.Order(), members["members"]!.AsArray().Select(m => (m.Str("residentId"), m.Str("role"))).Order());
        Assert.Contains(members["log"]!.AsArray(), e => e.Str("action") == "ADMIN_SUCCEEDED" && e.Str("residentId") == editor.Id);
        Assert.Contains(members["log"]!.AsArray(), e => e.Str("action") == "MEMBER_DELETED");
        Assert.DoesNotContain(leaving.Id, members.ToJsonString(), StringComparison.Ordinal);

        // The business has nobody left: its page stays under its verified name, orphaned, in the operators' list only.
        var page = (await f.Ok("query($id: ID!) { organisation(id: $id) { name status orphaned } }", new { id = shop }, editor))["organisation"]!;
        Assert.Equal(("Épicerie solidaire", "VERIFIED", true), (page.Str("name"), page.Str("status"), page["orphaned"]!.GetValue<bool>()));
        (await f.GraphQL("{ orphanedOrganisations { id } }", as_: editor)).AssertError("FORBIDDEN");
        Assert.Contains((await f.Ok("{ orphanedOrganisations(first: 100) { id } }", null, root))["orphanedOrganisations"]!.AsArray(), o => o.Str("id") == shop);
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(await f.Grains.GetGrain<IOrganisationGrain>(shop).GetLog(root.Id)), StringComparison.Ordinal);

        // Nobody but an operator acts for it, and the operator names an admin (role ADMIN only): it is no longer orphaned.
        const string Add = "mutation($o: ID!, $r: ID!, $role: OrganisationRole!) { addOrganisationMember(organisationId: $o, residentId: $r, role: $role) { residentId role } }";
        (await f.GraphQL(Add, new { o = shop, r = later.Id, role = "ADMIN" }, editor)).AssertError("FORBIDDEN");
        (await f.GraphQL(Add, new { o = shop, r = later.Id, role = "EDITOR" }, root)).AssertError("BAD_USER_INPUT");
        await f.Ok(Add, new { o = shop, r = later.Id, role = "ADMIN" }, root);
        Assert.False((await f.Ok("query($id: ID!) { organisation(id: $id) { orphaned myRole } }", new { id = shop }, later))["organisation"]!["orphaned"]!.GetValue<bool>());
        Assert.DoesNotContain((await f.Ok("{ orphanedOrganisations(first: 100) { id } }", null, root))["orphanedOrganisations"]!.AsArray(), o => o.Str("id") == shop);

        // The recommendation no longer counts; the lists are erased; a second run of the step changes nothing.
        Assert.Equal(0, (await f.Ok("query($id: ID!) { organisation(id: $id) { recommendations { total } } }", new { id = recommended }, editor))["organisation"]!["recommendations"]!["total"]!.GetValue<int>());
        var own = f.Grains.GetGrain<IResidentOrganisationsGrain>(leaving.Id);
        Assert.Empty(await own.List());
        Assert.Empty(await own.Recommendations());
        Assert.Empty(await f.Grains.GetGrain<IResidentSponsoredGrain>(leaving.Id).Hidden());
        Assert.False(await f.Grains.GetGrain<IResidentAnnouncementsGrain>(leaving.Id).Has(announcement));

        // So are the notification preferences, the digest's schedule and the in-app notifications (ClosureStep.ForgetNotifications).
        var after = await f.Grains.GetGrain<INotificationPreferencesGrain>(leaving.Id).Get();
        Assert.Equal((0, null, DigestFrequency.Off, null), (after.Off.Count, after.Quiet, after.Digest, after.AlertRadiusMeters));
        Assert.Null(await f.Grains.GetGrain<Voisinage.Grains.Email.IDigestGrain>(leaving.Id).GetNextDue());
        Assert.Empty((await f.Grains.GetGrain<INotificationInboxGrain>(leaving.Id).Page(50, null)).Items);
        await own.Forget();
        await f.Grains.GetGrain<IOrganisationGrain>(association).RemoveDeletedMember(leaving.Id);
        Assert.Equal(2, (await f.Grains.GetGrain<IOrganisationGrain>(association).GetMembers(editor.Id)).Count);
    }

    private async Task<string> Organisation(Member admin, Member root, object draft)
    {
        var id = (await f.Ok(Create, new { input = draft }, admin))["createOrganisation"].Str("id");
        await f.Ok("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root);
        return id;
    }
}
