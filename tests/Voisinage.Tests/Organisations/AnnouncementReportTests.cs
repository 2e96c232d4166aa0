using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;
using Voisinage.Tests.Moderation;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// Reports on official announcements through the API: residents it reached report it to the operators' queue (never to
/// their neighbourhood's leads, and reports alone never hide it); an operator withdraws it from every list, logged.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AnnouncementReportTests(ClusterApi f)
{
    private const string OperatorsQueue = "query { operatorsModerationQueue(first: 50) { edges { node { " + ModerationApi.CaseFields + " } } } }";

    private const string List = "{ announcements(first: 10) { items { id } } }";

    [Fact]
    public async Task Residents_report_an_announcement_to_operators_who_withdraw_it_from_every_list()
    {
        var admin = await f.Verified(ClusterApi.NewPlace());
        var home = ClusterApi.NewPlace();
        var (lead, neighbourhood) = await f.Found(home);
        var residents = new[] { await f.Join(neighbourhood, home), await f.Join(neighbourhood, home), await f.Join(neighbourhood, home), await f.Join(neighbourhood, home) };
        var (outside, _) = await f.Found(home.North(2_000));
        var root = await f.ConfiguredOperator();

        var id = (await f.Ok("mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = new { kind = "COMMUNE", name = "Mairie de Brest", identifier = "29075" } }, admin))["createOrganisation"].Str("id");
        await f.Ok("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root);
        await f.Ok("mutation($o: ID!, $g: String!) { setOrganisationArea(organisationId: $o, geoJson: $g) { areaCellCount } }",
            new { o = id, g = OrganisationAreaTests.Square(home, outer: 500) }, admin);
        var announcement = (await f.Ok(
            "mutation($o: ID!) { publishAnnouncement(organisationId: $o, kind: INFORMATION, title: \"Braderie\", body: \"Dimanche, place du marché.\") { id } }",
            new { o = id }, admin))["publishAnnouncement"].Str("id");
        object Target(string? reason = null) => new { t = "ANNOUNCEMENT", id = announcement, r = reason };

        // Those it reached report it, once each; more reports than would hide a post leave it shown.
        for (var i = 0; i < 3; i++)
        {
            var report = (await f.Ok(ModerationApi.Report, Target(i == 0 ? "propos politiques" : null), residents[i]))["report"]!;
            Assert.Equal(i + 1, report["reports"]!.GetValue<int>());
            Assert.False(report["hidden"]!.GetValue<bool>());
        }

        (await f.GraphQL(ModerationApi.Report, Target(), residents[0])).AssertError("CONFLICT");
        (await f.GraphQL(ModerationApi.Report, Target(), outside)).AssertError("NOT_FOUND");
        (await f.GraphQL(ModerationApi.Report, Target(), admin)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(ModerationApi.Report, new { t = "ANNOUNCEMENT", id = "pst_0123" })).AssertError("UNAUTHENTICATED");
        (await f.GraphQL(ModerationApi.Report, new { t = "ANNOUNCEMENT", id = "not-an-id" }, residents[3])).AssertError("NOT_FOUND");
        Assert.Single((await f.Ok(List, null, residents[3]))["announcements"]!["items"]!.AsArray());

        // The operators' queue has it; the neighbourhood's leads neither see it in their queue nor decide it.
        var queued = Assert.Single((await f.Ok(OperatorsQueue, null, root))["operatorsModerationQueue"]!.Nodes(), n => n!["subject"].Str("id") == announcement)!;
        Assert.Equal(3, queued["reports"]!.GetValue<int>());
        Assert.Equal("ANNOUNCEMENT", queued["subject"].Str("type"));
        Assert.Equal("Mairie de Brest : Braderie", queued["subject"].Str("title"));
        Assert.DoesNotContain((await f.Ok(ModerationApi.Queue, new { n = neighbourhood, first = 50 }, lead))["moderationQueue"]!.Nodes(), n => n!["subject"].Str("id") == announcement);
        (await f.GraphQL(OperatorsQueue, null, lead)).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Decide, new { t = "ANNOUNCEMENT", id = announcement, d = "HIDE", r = "Hors charte" }, lead)).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Decide, new { t = "ANNOUNCEMENT", id = announcement, d = "HIDE", r = "" }, root)).AssertError("BAD_USER_INPUT");
        Assert.Single((await f.Ok(List, null, residents[0]))["announcements"]!["items"]!.AsArray());

        // An operator withdraws it: out of every resident's list, in the operators' log, and no longer reportable.
        var decided = (await f.Ok(ModerationApi.Decide, new { t = "ANNOUNCEMENT", id = announcement, d = "HIDE", r = "Propos hors charte" }, root))["decideModeration"]!;
        Assert.True(decided["hidden"]!.GetValue<bool>());
        foreach (var resident in residents)
        {
            Assert.Empty((await f.Ok(List, null, resident))["announcements"]!["items"]!.AsArray());
        }

        var log = (await f.Ok(ModerationApi.Log, new { first = 50 }, root))["moderationLog"]!.Nodes();
        Assert.Contains(log, e => e!.Str("subjectId") == announcement && e.Str("action") == "HIDDEN" && e["actor"]!.Str("id") == root.Id && e.Str("reason") == "Propos hors charte");
        (await f.GraphQL(ModerationApi.Report, Target(), residents[3])).AssertError("NOT_FOUND");
    }
}
