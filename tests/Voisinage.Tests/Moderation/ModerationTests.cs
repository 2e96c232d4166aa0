using System.Text.Json.Nodes;
using Voisinage.Grains.Moderation;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;

namespace Voisinage.Tests.Moderation;

/// <summary>
/// Moderation through the public API: one report rule for alerts, listings and posts; the author told why; the leads'
/// queue and decisions with reasons; appeals decided by someone else, or restored at their deadline; the logs.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ModerationTests(ClusterApi f)
{
    private sealed record Hood(Member Lead, string Id, Member Author, Member[] Members, (double Lat, double Lng) Place);

    private async Task<Hood> NewHood(int members = 3, (double Lat, double Lng)? at = null)
    {
        var place = at ?? ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var author = await f.Join(nid, place);
        var others = new Member[members];
        for (var i = 0; i < members; i++)
        {
            others[i] = await f.Join(nid, place);
        }

        return new Hood(lead, nid, author, others, place);
    }

    private async Task<string> Post(Member author, string text) =>
        (await f.Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = text }, author))["createPost"].Str("id");

    private async Task<string> Alert(Member raiser) =>
        (await f.Ok("mutation { raiseAlert(kind: VIGILANCE, title: \"Démarchage suspect\") { id } }", null, raiser))["raiseAlert"].Str("id");

    [Fact]
    public async Task One_rule_hides_alerts_listings_and_posts_and_the_author_is_told_why()
    {
        var h = await NewHood();
        var subjects = new[]
        {
            ("POST", await Post(h.Author, "Vends scooter, prix à débattre")),
            ("LISTING", (await f.CreateListing(h.Author, new { kind = "GIVEAWAY", title = "Canapé" })).Str("id")),
            ("ALERT", await Alert(h.Author)),
        };

        foreach (var (type, id) in subjects)
        {
            for (var i = 0; i < 3; i++)
            {
                var r = await f.Ok(ModerationApi.Report, new { t = type, id, r = i == 0 ? "hors sujet" : "spam" }, h.Members[i]);
                Assert.Equal(i == 2, r["report"]!["hidden"]!.GetValue<bool>());
            }

            var seen = (await f.Ok(ModerationApi.Case, new { t = type, id }, h.Author))["moderationCase"]!;
            Assert.True(seen["hidden"]!.GetValue<bool>());
            Assert.Equal(3, seen["reports"]!.GetValue<int>());
            Assert.Equal(2, seen["reasons"]!.AsArray().Single(x => x!.Str("reason") == "spam")!["count"]!.GetValue<int>());
            var decision = Assert.Single(seen["decisions"]!.AsArray())!;
            Assert.Equal("HIDDEN", decision.Str("action"));
            Assert.True(decision["byReports"]!.GetValue<bool>());
            Assert.True(decision["appealable"]!.GetValue<bool>());
            Assert.Contains("hors sujet", decision.Str("reason"));
            (await f.GraphQL(ModerationApi.Case, new { t = type, id }, h.Members[0])).AssertError("FORBIDDEN");
        }

        var notices = (await f.Ok(ModerationApi.Notifications, null, h.Author))["notifications"]!.Nodes();
        foreach (var (_, id) in subjects)
        {
            Assert.Contains(notices, n => n!.Str("kind") == "CONTENT_HIDDEN" && n.Str("listingId") == id && n.Str("text").Contains("spam", StringComparison.Ordinal) && n.Str("url") == "/profil#my-mod-title");
        }

        // The neighbourhood's log for its lead, the author's own log for the author; nobody else reads them.
        var log = (await f.Ok(ModerationApi.Log, new { n = h.Id, first = 10 }, h.Lead))["moderationLog"]!.Nodes();
        Assert.Equal(subjects.Select(s => s.Item2).Reverse(), log.Select(e => e.Str("subjectId")));
        Assert.All(log, e => Assert.True(e!["byReports"]!.GetValue<bool>() && e["actor"] is null && e["resident"]!.Str("id") == h.Author.Id));
        var mine = (await f.Ok(ModerationApi.Log, new { r = h.Author.Id, first = 2 }, h.Author))["moderationLog"]!;
        Assert.Equal(2, mine.Nodes().Count);
        Assert.True(mine["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var rest = (await f.Ok(ModerationApi.Log, new { r = h.Author.Id, first = 2, after = mine["pageInfo"].Str("endCursor") }, h.Author))["moderationLog"]!;
        // Then the first decision, and the author's verification (logged in their own log too).
        Assert.Equal([subjects[0].Item2, null], rest.Nodes().Select(e => e["subjectId"]?.GetValue<string>()));
        (await f.GraphQL(ModerationApi.Log, new { n = h.Id }, h.Members[0])).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Log, new { r = h.Author.Id }, h.Members[0])).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Log, new { }, h.Lead)).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Report, new { t = "ALERT", id = "not-an-alert", r = (string?)null }, h.Members[0])).AssertError("NOT_FOUND");
        (await f.GraphQL(ModerationApi.Report, new { t = "POST", id = subjects[0].Item2, r = new string('x', 501) }, h.Lead)).AssertError("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Concurrent_reports_hide_once()
    {
        var h = await NewHood(members: 6);
        var id = await Post(h.Author, "Annonce en double");
        var answers = await Task.WhenAll(h.Members.Select(m => f.GraphQL(ModerationApi.Report, new { t = "POST", id, r = (string?)null }, m)));

        // The first three count and hide it; later reporters no longer see it.
        Assert.Equal(3, answers.Count(a => a.Errors is null));
        Assert.All(answers.Where(a => a.Errors is not null), a => a.AssertError("NOT_FOUND"));
        var seen = (await f.Ok(ModerationApi.Case, new { t = "POST", id }, h.Lead))["moderationCase"]!;
        Assert.Equal(3, seen["reports"]!.GetValue<int>());
        Assert.Single(seen["decisions"]!.AsArray());
    }

    [Fact]
    public async Task Leads_decide_from_the_queue_with_a_reason()
    {
        var h = await NewHood();
        var hidden = await Post(h.Author, "Message insultant");
        var reported = await Post(h.Author, "Message un peu limite");
        for (var i = 0; i < 3; i++)
        {
            await f.Ok(ModerationApi.Report, new { t = "POST", id = hidden, r = "insulte" }, h.Members[i]);
        }

        ClusterApi.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Ok(ModerationApi.Report, new { t = "POST", id = reported, r = "limite" }, h.Members[0]);

        (await f.GraphQL(ModerationApi.Queue, new { n = h.Id }, h.Members[1])).AssertError("FORBIDDEN");
        var queue = (await f.Ok(ModerationApi.Queue, new { n = h.Id, first = 1 }, h.Lead))["moderationQueue"]!;
        var top = Assert.Single(queue.Nodes());
        Assert.Equal(reported, top["subject"].Str("id"));
        Assert.False(top["hidden"]!.GetValue<bool>());
        Assert.Equal("limite", top["reasons"]![0].Str("reason"));
        var next = (await f.Ok(ModerationApi.Queue, new { n = h.Id, first = 1, after = queue["pageInfo"].Str("endCursor") }, h.Lead))["moderationQueue"]!;
        Assert.Equal(hidden, Assert.Single(next.Nodes())["subject"].Str("id"));
        Assert.False(next["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // A decision needs a reason; a refused one changes nothing.
        (await f.GraphQL(ModerationApi.Decide, new { t = "POST", id = hidden, d = "KEEP_HIDDEN", r = " " }, h.Lead)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(ModerationApi.Decide, new { t = "POST", id = hidden, d = "KEEP_HIDDEN", r = "Insulte" }, h.Members[1])).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Decide, new { t = "POST", id = reported, d = "KEEP_HIDDEN", r = "Insulte" }, h.Lead)).AssertError("CONFLICT");
        var kept = (await f.Ok(ModerationApi.Decide, new { t = "POST", id = hidden, d = "KEEP_HIDDEN", r = "Insulte envers un voisin" }, h.Lead))["decideModeration"]!;
        Assert.Equal(["HIDDEN", "KEPT_HIDDEN"], kept["decisions"]!.AsArray().Select(d => d.Str("action")));
        var restored = (await f.Ok(ModerationApi.Decide, new { t = "POST", id = reported, d = "RESTORE", r = "Rien d'interdit" }, h.Lead))["decideModeration"]!;
        Assert.Equal(0, restored["reports"]!.GetValue<int>());

        // Restored content leaves the queue; its reporters may not report it again.
        var left = (await f.Ok(ModerationApi.Queue, new { n = h.Id }, h.Lead))["moderationQueue"]!.Nodes();
        Assert.Equal([hidden], left.Select(n => n["subject"].Str("id")));
        (await f.GraphQL(ModerationApi.Report, new { t = "POST", id = reported, r = (string?)null }, h.Members[0])).AssertError("CONFLICT");
        var log = (await f.Ok(ModerationApi.Log, new { n = h.Id, first = 2 }, h.Lead))["moderationLog"]!.Nodes();
        Assert.Equal(["RESTORED", "KEPT_HIDDEN"], log.Select(e => e.Str("action")));
        Assert.Equal(h.Lead.Id, log[0]["actor"].Str("id"));
        Assert.Equal("Rien d'interdit", log[0].Str("reason"));
        var notices = (await f.Ok(ModerationApi.Notifications, null, h.Author))["notifications"]!.Nodes();
        Assert.Contains(notices, n => n!.Str("kind") == "CONTENT_KEPT_HIDDEN" && n.Str("text").Contains("Insulte envers un voisin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_appeal_is_decided_once_by_someone_who_took_no_part()
    {
        var h = await NewHood(members: 1);
        var other = await NewHood(members: 0, at: h.Place.North(700));
        var id = await Post(h.Author, "Réunion des parents d'élèves");
        var hiddenCase = (await f.Ok(ModerationApi.Decide, new { t = "POST", id, d = "HIDE", r = "Hors sujet" }, h.Lead))["decideModeration"]!;
        var decisionId = hiddenCase["decisions"]![0].Str("id");

        (await f.GraphQL(ModerationApi.Appeal, new { d = decisionId, t = "C'est une info du quartier" }, h.Members[0])).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.Appeal, new { d = "POST:pst_nope:1", t = "?" }, h.Author)).AssertError("NOT_FOUND");
        (await f.GraphQL(ModerationApi.Appeal, new { d = decisionId, t = "" }, h.Author)).AssertError("BAD_USER_INPUT");
        var appealed = (await f.Ok(ModerationApi.Appeal, new { d = decisionId, t = "C'est une info du quartier" }, h.Author))["appealModeration"]!;
        var appeal = appealed["decisions"]![0]!["appeal"]!;
        Assert.Equal("PENDING", appeal.Str("status"));
        Assert.False(appealed["decisions"]![0]!["appealable"]!.GetValue<bool>());
        (await f.GraphQL(ModerationApi.Appeal, new { d = decisionId, t = "Encore" }, h.Author)).AssertError("CONFLICT");

        // Neither the lead who decided nor the author decides; a lead of the nearest other neighbourhood sees it in their queue.
        (await f.GraphQL(ModerationApi.DecideAppeal, new { d = decisionId, g = true, r = "Moi" }, h.Lead)).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.DecideAppeal, new { d = decisionId, g = true, r = "Moi" }, h.Author)).AssertError("FORBIDDEN");
        (await f.GraphQL(ModerationApi.AppealQueue, null, h.Members[0])).AssertError("FORBIDDEN");
        Assert.DoesNotContain(decisionId, (await f.Ok(ModerationApi.AppealQueue, null, h.Lead))["appealQueue"]!.Nodes().Select(n => n.Str("decisionId")));
        Assert.Contains(decisionId, (await f.Ok(ModerationApi.AppealQueue, null, other.Lead))["appealQueue"]!.Nodes().Select(n => n.Str("decisionId")));
        (await f.Ok(ModerationApi.Case, new { t = "POST", id }, other.Lead)).AsObject();
        var granted = (await f.Ok(ModerationApi.DecideAppeal, new { d = decisionId, g = true, r = "Information utile au quartier" }, other.Lead))["decideAppeal"]!;
        Assert.False(granted["hidden"]!.GetValue<bool>());
        Assert.Equal("GRANTED", granted["decisions"]![0]!["appeal"].Str("status"));
        (await f.GraphQL(ModerationApi.DecideAppeal, new { d = decisionId, g = false, r = "Non" }, other.Lead)).AssertError("CONFLICT");
        Assert.Contains(id, (await f.Feed(h.Members[0], h.Id)).Ids("feed"));
        Assert.DoesNotContain(decisionId, (await f.Ok(ModerationApi.AppealQueue, null, other.Lead))["appealQueue"]!.Nodes().Select(n => n.Str("decisionId")));

        // Both decisions stay in the log, with who took them.
        var log = (await f.Ok(ModerationApi.Log, new { r = h.Author.Id, first = 10 }, h.Author))["moderationLog"]!.Nodes();
        Assert.Equal(["RESTORED", "APPEALED", "HIDDEN", "VERIFIED"], log.Select(e => e.Str("action")));
        Assert.Equal(other.Lead.Id, log[0]["actor"].Str("id"));
        Assert.Equal(h.Lead.Id, log[2]["actor"].Str("id"));

        // The author's export carries the decisions about them.
        var export = JsonNode.Parse((await f.Ok("mutation { exportMyData }", null, h.Author))["exportMyData"]!.GetValue<string>())!;
        Assert.Equal(["Restored", "Appealed", "Hidden", "Verified"], export["moderationLog"]!.AsArray().Select(e => e.Str("action")));
        Assert.Equal("Information utile au quartier", export["moderationLog"]![0].Str("reason"));
    }

    [Fact]
    public async Task An_undecided_appeal_shows_the_content_again_at_its_deadline()
    {
        var h = await NewHood(members: 1);
        var id = (await f.CreateListing(h.Author, new { kind = "SERVICE_OFFER", title = "Cours de piano" })).Str("id");
        var decisionId = (await f.Ok(ModerationApi.Decide, new { t = "LISTING", id, d = "HIDE", r = "Publicité" }, h.Lead))["decideModeration"]!["decisions"]![0].Str("id");
        await f.Ok(ModerationApi.Appeal, new { d = decisionId, t = "Je suis voisine, pas une entreprise" }, h.Author);
        var moderation = ModerationSubjects.Case(f.Grains, SubjectType.Listing, id);
        var key = ModerationSubjects.Key(SubjectType.Listing, id);
        var reminders = await f.SiloService<Orleans.IReminderTable>().ReadRows(f.Grains.GetGrain<IModerationCaseGrain>(key).GetGrainId());
        Assert.Contains(reminders.Reminders, r => r.ReminderName == "appeal-deadline");

        ClusterApi.Clock.Advance(TimeSpan.FromDays(6));
        await moderation.ApplyAppealDeadlines();
        (await f.Listing(h.Members[0], id)).AssertError("NOT_FOUND");
        ClusterApi.Clock.Advance(TimeSpan.FromDays(1));
        await moderation.ApplyAppealDeadlines();
        (await f.Listing(h.Members[0], id)).AssertNoErrors();
        var seen = (await f.Ok(ModerationApi.Case, new { t = "LISTING", id }, h.Author))["moderationCase"]!;
        Assert.Equal("EXPIRED", seen["decisions"]![0]!["appeal"].Str("status"));
        var last = seen["decisions"]!.AsArray().Last()!;
        Assert.Equal("RESTORED", last.Str("action"));
        Assert.True(last["byReports"]!.GetValue<bool>());
        reminders = await f.SiloService<Orleans.IReminderTable>().ReadRows(f.Grains.GetGrain<IModerationCaseGrain>(key).GetGrainId());
        Assert.DoesNotContain(reminders.Reminders, r => r.ReminderName == "appeal-deadline");
    }

    [Fact]
    public async Task An_appeal_goes_to_the_leads_of_the_nearest_other_neighbourhood_else_to_operators()
    {
        // Away from the other tests' places (ClusterApi.NewPlace: latitude 45 and up), so that the neighbours are ours.
        var place = (44.2 + (Interlocked.Increment(ref _isolated) * 0.1), 3.0);
        var h = await NewHood(members: 0, at: place);
        var hidden = await HiddenPost(h, "Vide-grenier dimanche");
        var alone = (await f.Ok(ModerationApi.Appeal, new { d = hidden, t = "Ouvert à tous" }, h.Author))["appealModeration"]!;
        Assert.Equal("OPERATORS", alone["decisions"]![0]!["appeal"].Str("deciders"));

        // Two neighbourhoods found later, 700 m and 2 km away: the next appeal goes to the nearest one's leads only.
        var near = await NewHood(members: 0, at: place.North(700));
        var far = await NewHood(members: 0, at: place.North(2000));
        (await f.GraphQL(ModerationApi.DecideAppeal, new { d = hidden, g = true, r = "Utile" }, near.Lead)).AssertError("FORBIDDEN");
        Assert.DoesNotContain(hidden, await Queue(near.Lead));
        var operatorMember = await f.ConfiguredOperator();
        Assert.Contains(hidden, await Queue(operatorMember));

        var second = await HiddenPost(h, "Cours de yoga au parc");
        var appealed = (await f.Ok(ModerationApi.Appeal, new { d = second, t = "Gratuit, entre voisins" }, h.Author))["appealModeration"]!;
        Assert.Equal("NEIGHBOURING_LEAD", appealed["decisions"]![0]!["appeal"].Str("deciders"));
        Assert.DoesNotContain(second, await Queue(far.Lead));
        (await f.GraphQL(ModerationApi.DecideAppeal, new { d = second, g = true, r = "Utile" }, far.Lead)).AssertError("FORBIDDEN");
        Assert.Contains(second, await Queue(near.Lead));
        var refused = (await f.Ok(ModerationApi.DecideAppeal, new { d = second, g = false, r = "Publicité déguisée" }, near.Lead))["decideAppeal"]!;
        Assert.Equal("REFUSED", refused["decisions"]![0]!["appeal"].Str("status"));
        Assert.True(refused["hidden"]!.GetValue<bool>());

        // Operators decide either kind.
        var granted = (await f.Ok(ModerationApi.DecideAppeal, new { d = hidden, g = true, r = "Ouvert à tous" }, operatorMember))["decideAppeal"]!;
        Assert.Equal("GRANTED", granted["decisions"]![0]!["appeal"].Str("status"));
    }

    private static int _isolated;

    /// <summary>A post of the hood's author hidden by its lead; the decision's id.</summary>
    private async Task<string> HiddenPost(Hood h, string text)
    {
        var id = await Post(h.Author, text);
        return (await f.Ok(ModerationApi.Decide, new { t = "POST", id, d = "HIDE", r = "Hors sujet" }, h.Lead))["decideModeration"]!["decisions"]![0].Str("id");
    }

    private async Task<List<string>> Queue(Member viewer) =>
        [.. (await f.Ok(ModerationApi.AppealQueue, null, viewer))["appealQueue"]!.Nodes().Select(n => n.Str("decisionId"))];
}
