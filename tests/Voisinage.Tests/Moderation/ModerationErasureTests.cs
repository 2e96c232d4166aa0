using System.Text.Json;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;

namespace Voisinage.Tests.Moderation;

/// <summary>
/// Deleting an account anonymises what moderation holds about the resident (a closure step): their reports, their
/// decisions and the log entries by or about them become "compte supprimé" while the decisions and reasons stay; their
/// own log is erased. Afterwards no moderation store holds their id.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ModerationErasureTests(ClusterApi f)
{
    [Fact]
    public async Task Deleting_an_account_anonymises_its_reports_decisions_and_log_entries_and_keeps_the_decisions()
    {
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var author = await f.Join(nid, place);
        var leaving = await f.Join(nid, place);
        var others = new[] { await f.Join(nid, place), await f.Join(nid, place) };

        // The leaving resident reports a post that reports then hide; is named a lead (logged about them); hides another post.
        var reported = await Post(author, "Vends mobylette, urgent");
        foreach (var reporter in new[] { leaving, others[0], others[1] })
        {
            await f.Ok(ModerationApi.Report, new { t = "POST", id = reported, r = reporter == leaving ? "spam du départ" : "spam" }, reporter);
        }

        await f.Grains.GetGrain<IResidentMembershipGrain>(lead.Id).NameLead(nid, leaving.Id);
        var decided = await Post(author, "Soirée jeux au local");
        await f.Ok(ModerationApi.Decide, new { t = "POST", id = decided, d = "HIDE", r = "Hors charte" }, leaving);
        var before = await NeighbourhoodLog(lead, nid);
        Assert.Contains(before, e => e.Actor == leaving.Id && e.Action == "HIDDEN");
        Assert.Contains(before, e => e.Resident == leaving.Id && e.Action == "LEAD_NAMED");

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, leaving)).AssertNoErrors();

        // The log keeps every decision; the person is "compte supprimé", their id is nowhere in it, and the words they
        // wrote are scrubbed: their reason as a lead, and their report's reason within the decision reports took.
        var after = await NeighbourhoodLog(lead, nid);
        var expected = before.Select(e => (e.Action, Reason: e.Actor == leaving.Id ? "[supprimé]" : e.ByReports ? e.Reason.Replace("spam du départ", "[supprimé]", StringComparison.Ordinal) : e.Reason));
        Assert.Equal(expected, after.Select(e => (e.Action, e.Reason)));
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(after), StringComparison.Ordinal);
        Assert.DoesNotContain("spam du départ", JsonSerializer.Serialize(after), StringComparison.Ordinal);
        Assert.DoesNotContain("Hors charte", JsonSerializer.Serialize(after), StringComparison.Ordinal);
        var hidden = Assert.Single(after, e => e.Action == "HIDDEN" && !e.ByReports);
        Assert.Equal("[supprimé]", hidden.Reason);
        Assert.True(hidden.ActorDeleted);
        Assert.Null(hidden.Actor);
        Assert.Contains(after, e => e.Action == "HIDDEN" && e.ByReports && e.Reason == "[supprimé] ; spam");

        // The reports still count and the decisions stand; no case, queue or appeal entry holds the id or their words.
        var reportedCase = (await f.Ok(ModerationApi.Case, new { t = "POST", id = reported }, lead))["moderationCase"]!;
        Assert.True(reportedCase["hidden"]!.GetValue<bool>());
        Assert.Equal(3, reportedCase["reports"]!.GetValue<int>());
        Assert.Contains(reportedCase["reasons"]!.AsArray(), r => r.Str("reason") == "[supprimé]");
        Assert.DoesNotContain("spam du départ", reportedCase.ToJsonString(), StringComparison.Ordinal);
        var decidedCase = (await f.Ok(ModerationApi.Case, new { t = "POST", id = decided }, lead))["moderationCase"]!;
        Assert.Equal("[supprimé]", Assert.Single(decidedCase["decisions"]!.AsArray())!.Str("reason"));
        foreach (var id in new[] { reported, decided })
        {
            var state = await ModerationSubjects.Case(f.Grains, SubjectType.Post, id).Peek();
            Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(state), StringComparison.Ordinal);
        }

        var queue = await f.Grains.GetGrain<IModerationQueueGrain>(nid).List(lead.Id, 100, null);
        Assert.NotEmpty(queue.Items);
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(queue), StringComparison.Ordinal);

        // Their own log is gone, and so is the trace that led to all this; a second run changes nothing.
        var operatorMember = await f.ConfiguredOperator();
        Assert.Empty((await f.Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(leaving.Id)).List(operatorMember.Id, 100, null)).Entries);
        await f.Grains.GetGrain<IModerationTraceGrain>(leaving.Id).Anonymise();
        Assert.Equal(JsonSerializer.Serialize(after), JsonSerializer.Serialize(await NeighbourhoodLog(lead, nid)));
    }

    [Fact]
    public async Task Deleting_the_author_scrubs_their_appeal_text_and_keeps_the_decision_and_its_outcome()
    {
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var author = await f.Join(nid, place);
        var post = await Post(author, "Annonce contestée");
        var hid = (await f.Ok(ModerationApi.Decide, new { t = "POST", id = post, d = "HIDE", r = "Publicité" }, lead))["decideModeration"]!;
        var decisionId = Assert.Single(hid["decisions"]!.AsArray())!.Str("id");
        await f.Ok(ModerationApi.Appeal, new { d = decisionId, t = "Mon appel très personnel" }, author);
        Assert.Contains(await NeighbourhoodLog(lead, nid), e => e.Action == "APPEALED" && e.Reason == "Mon appel très personnel");

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, author)).AssertNoErrors();

        // The decision, the lead's reason and the pending appeal stay (someone may still decide it); the author's words go.
        var log = await NeighbourhoodLog(lead, nid);
        Assert.Contains(log, e => e.Action == "HIDDEN" && e.Reason == "Publicité" && e.Actor == lead.Id);
        var appealed = Assert.Single(log, e => e.Action == "APPEALED");
        Assert.Equal("[supprimé]", appealed.Reason);
        Assert.True(appealed.ActorDeleted);
        var state = await ModerationSubjects.Case(f.Grains, SubjectType.Post, post).Peek();
        var appeal = Assert.Single(state!.Decisions).Appeal!;
        Assert.Equal("[supprimé]", appeal.Text);
        Assert.Equal(AppealStatus.Pending, appeal.Status);
        Assert.DoesNotContain("Mon appel très personnel", JsonSerializer.Serialize(state), StringComparison.Ordinal);
        Assert.DoesNotContain("Mon appel très personnel", JsonSerializer.Serialize(log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_author_of_reported_content_takes_their_id_out_of_its_case_and_a_later_report_does_not_bring_it_back()
    {
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var author = await f.Join(nid, place);
        var reporters = new[] { await f.Join(nid, place), await f.Join(nid, place) };
        var post = await Post(author, "Qui a vu mon chat ?");
        await f.Ok(ModerationApi.Report, new { t = "POST", id = post, r = "hors sujet" }, reporters[0]);
        var reportedCase = ModerationSubjects.Case(f.Grains, SubjectType.Post, post);
        Assert.Equal(author.Id, (await reportedCase.Peek())!.Subject.AuthorId);

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, author)).AssertNoErrors();

        // The case stays (its report and who reported), its author now a deleted account.
        var state = (await reportedCase.Peek())!;
        Assert.Equal(ModerationEntry.DeletedAccount, state.Subject.AuthorId);
        Assert.DoesNotContain(author.Id, JsonSerializer.Serialize(state), StringComparison.Ordinal);

        // The post may still name its author: a report after the deletion keeps the case's author deleted, and the
        // decision it triggers is logged for the neighbourhood only (the author's own log was erased).
        await f.Ok(ModerationApi.Report, new { t = "POST", id = post, r = "spam" }, reporters[1]);
        state = (await reportedCase.Peek())!;
        Assert.Equal(2, state.Reports);
        Assert.DoesNotContain(author.Id, JsonSerializer.Serialize(state), StringComparison.Ordinal);
        var operatorMember = await f.ConfiguredOperator();
        Assert.Empty((await f.Grains.GetGrain<IModerationLogGrain>(ModerationLogs.OfResident(author.Id)).List(operatorMember.Id, 100, null)).Entries);
        Assert.DoesNotContain(author.Id, JsonSerializer.Serialize(await NeighbourhoodLog(lead, nid)), StringComparison.Ordinal);
    }

    private sealed record Entry(string Id, string Action, bool ByReports, bool ActorDeleted, string? Actor, string? Resident, string Reason);

    private async Task<List<Entry>> NeighbourhoodLog(Member lead, string nid)
    {
        const string query = "query($n: ID) { moderationLog(neighbourhoodId: $n, first: 100) { edges { node { id action byReports actorDeleted actor { id } resident { id } reason } } } }";
        var nodes = (await f.Ok(query, new { n = nid }, lead))["moderationLog"]!.Nodes();
        return [.. nodes.Select(n => new Entry(
            n.Str("id"), n.Str("action"), n["byReports"]!.GetValue<bool>(), n["actorDeleted"]!.GetValue<bool>(),
            n["actor"]?["id"]?.GetValue<string>(), n["resident"]?["id"]?.GetValue<string>(), n.Str("reason")))];
    }

    private async Task<string> Post(Member author, string text) =>
        (await f.Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = text }, author))["createPost"].Str("id");
}
