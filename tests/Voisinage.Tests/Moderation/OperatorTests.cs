using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;

namespace Voisinage.Tests.Moderation;

/// <summary>Operators granted and revoked through the API, effective at once, logged; other entries of the logs.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OperatorTests(ClusterApi f)
{
    private const string Grant = "mutation($id: ID!, $r: String!) { grantOperator(residentId: $id, reason: $r) { id pseudo } }";
    private const string Revoke = "mutation($id: ID!, $r: String!) { revokeOperator(residentId: $id, reason: $r) { id pseudo } }";
    private const string Operators = "query { operators { id pseudo homeCell email } }";
    private const string Outbox = "query { postcardOutbox(first: 1) { id } }";

    [Fact]
    public async Task Operators_grant_and_revoke_operators_through_the_API_effective_at_once()
    {
        var root = await f.ConfiguredOperator();
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var member = await f.Join(nid, place);

        (await f.GraphQL(Outbox, null, member)).AssertError("FORBIDDEN");
        (await f.GraphQL(Operators, null, member)).AssertError("FORBIDDEN");
        (await f.GraphQL(Grant, new { id = lead.Id, r = "Je me nomme" }, member)).AssertError("FORBIDDEN");
        (await f.GraphQL(Grant, new { id = member.Id, r = " " }, root)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(Grant, new { id = "ffffffffffffffffffffffffffffffff", r = "Inconnu" }, root)).AssertError("NOT_FOUND");

        var granted = await f.Ok(Grant, new { id = member.Id, r = "Aide à la modération" }, root);
        Assert.Contains(member.Id, granted["grantOperator"]!.AsArray().Select(o => o.Str("id")));
        (await f.GraphQL(Grant, new { id = member.Id, r = "Encore" }, root)).AssertError("CONFLICT");

        // At once, without a restart: the new operator reads the postcard queue and the operators (never their homes).
        (await f.GraphQL(Outbox, null, member)).AssertNoErrors();
        var list = (await f.Ok(Operators, null, member))["operators"]!.AsArray();
        Assert.Equal(new[] { member.Id, TestSettings.OperatorId }.Order(StringComparer.Ordinal), list.Select(o => o.Str("id")).Order(StringComparer.Ordinal));
        Assert.All(list.Where(o => o.Str("id") != member.Id), o => Assert.True(o!["homeCell"] is null && o["email"] is null));
        var log = (await f.Ok(ModerationApi.Log, new { first = 5 }, member))["moderationLog"]!.Nodes();
        var entry = log.First(e => e["resident"].Str("id") == member.Id);
        Assert.Equal("OPERATOR_GRANTED", entry.Str("action"));
        Assert.Equal(root.Id, entry["actor"].Str("id"));
        Assert.Equal("Aide à la modération", entry.Str("reason"));

        (await f.Ok(Revoke, new { id = member.Id, r = "Fin de mission" }, root)).AsObject();
        (await f.GraphQL(Outbox, null, member)).AssertError("FORBIDDEN");
        (await f.GraphQL(Revoke, new { id = member.Id, r = "Encore" }, root)).AssertError("CONFLICT");
        (await f.GraphQL(Revoke, new { id = root.Id, r = "Seul" }, root)).AssertError("CONFLICT");
        (await f.GraphQL(Outbox, null, root)).AssertNoErrors();
        var mine = (await f.Ok(ModerationApi.Log, new { r = member.Id, first = 10 }, member))["moderationLog"]!.Nodes();
        Assert.Equal(["OPERATOR_REVOKED", "OPERATOR_GRANTED", "VERIFIED"], mine.Select(e => e.Str("action")));
    }

    [Fact]
    public async Task Naming_a_lead_is_logged_for_the_neighbourhood_and_the_new_lead()
    {
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var member = await f.Join(nid, place);
        await f.Ok("mutation($n: ID!, $r: ID!) { nameLead(neighbourhoodId: $n, residentId: $r) }", new { n = nid, r = member.Id }, lead);

        var log = (await f.Ok(ModerationApi.Log, new { n = nid }, member))["moderationLog"]!.Nodes();
        var entry = Assert.Single(log);
        Assert.Equal("LEAD_NAMED", entry.Str("action"));
        Assert.Equal(lead.Id, entry["actor"].Str("id"));
        Assert.Equal(member.Id, entry["resident"].Str("id"));
        Assert.Contains("LEAD_NAMED", (await f.Ok(ModerationApi.Log, new { r = member.Id }, member))["moderationLog"]!.Nodes().Select(e => e.Str("action")));
    }

    [Fact]
    public async Task Operators_list_users_by_pseudo_page_by_page_without_homes_and_closed_accounts_leave()
    {
        var root = await f.ConfiguredOperator();
        var place = ClusterApi.NewPlace();
        var (lead, _) = await f.Found(place);
        var tag = "zq" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        foreach (var n in new[] { "b", "a", "c" })
        {
            var r = await f.GraphQL(
                "mutation($i: RegisterInput!) { register(input: $i) { resident { id } } }",
                new { i = new { pseudo = $"{tag}{n}", email = $"{tag}{n}@example.fr", password = "un long mot de passe" } });
            ids.Add(r.Data["register"]!["resident"].Str("id"));
        }

        const string users = "query($s: String, $first: Int, $after: String) { users(search: $s, first: $first, after: $after) { edges { cursor node { id pseudo verified standing isOperator } } pageInfo { hasNextPage endCursor } } }";
        (await f.GraphQL(users, new { s = tag }, lead)).AssertError("FORBIDDEN");
        var page1 = (await f.Ok(users, new { s = tag.ToUpperInvariant(), first = 2 }, root))["users"]!;
        Assert.Equal([$"{tag}a", $"{tag}b"], page1.Nodes().Select(u => u.Str("pseudo")));
        Assert.All(page1.Nodes(), u => Assert.True(u.Str("standing") == "NON_MEMBER" && !u["verified"]!.GetValue<bool>() && !u["isOperator"]!.GetValue<bool>()));
        var page2 = (await f.Ok(users, new { s = tag, first = 2, after = page1["pageInfo"].Str("endCursor") }, root))["users"]!;
        Assert.Equal([$"{tag}c"], page2.Nodes().Select(u => u.Str("pseudo")));
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var leadRow = (await f.Ok(users, new { s = lead.Pseudo }, root))["users"]!.Nodes().Single();
        Assert.Equal("LEAD", leadRow.Str("standing"));
        Assert.True(leadRow["verified"]!.GetValue<bool>());

        // Without a search, or with a search shorter than a directory leaf's key: every user it matches, page after
        // page across the leaves, each once, in a stable order.
        async Task<List<string>> All(string? search)
        {
            var seen = new List<string>();
            string? after = null;
            do
            {
                var page = (await f.Ok(users, new { s = search, first = 7, after }, root))["users"]!;
                seen.AddRange(page.Nodes().Select(u => u.Str("pseudo")));
                after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"].Str("endCursor") : null;
            }
            while (after is not null);
            Assert.Equal(seen.Count, seen.Distinct().Count());
            return seen;
        }

        var everyone = await All(null);
        Assert.Equal([$"{tag}a", $"{tag}b", $"{tag}c"], everyone.Where(p => p.StartsWith(tag, StringComparison.Ordinal)));
        Assert.Contains(lead.Pseudo, everyone);
        var short2 = await All(tag[..2]);
        Assert.Equal([$"{tag}a", $"{tag}b", $"{tag}c"], short2.Where(p => p.StartsWith(tag, StringComparison.Ordinal)));
        Assert.All(short2, p => Assert.StartsWith(tag[..2], p, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(everyone.Where(p => p.StartsWith(tag[..2], StringComparison.OrdinalIgnoreCase)), short2);
        (await f.GraphQL(users, new { first = 2, after = "ab?d|x" }, root)).AssertError("BAD_USER_INPUT");

        // A closed account leaves the directory.
        var token = (await f.GraphQL("mutation($l: String!) { login(input: { login: $l, password: \"un long mot de passe\" }) { token } }", new { l = $"{tag}a" }))
            .Data["login"].Str("token");
        (await f.Api.GraphQL("mutation { deleteMyAccount(password: \"un long mot de passe\") }", null, token)).AssertNoErrors();
        Assert.Equal([$"{tag}b", $"{tag}c"], (await f.Ok(users, new { s = tag }, root))["users"]!.Nodes().Select(u => u.Str("pseudo")));
    }
}
