using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class NeighbourhoodApiTests(EmbeddedApi api)
{
    private const double Lat = 43.6045;
    private const double Lng = 1.4440;

    /// <summary>A resident verified by geolocation at a point, through the API.</summary>
    private async Task<(string Token, string Id)> Verified(double lat, double lng)
    {
        var (token, id, _, _) = await api.Register();
        (await api.GraphQL("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat, lng }, token)).AssertNoErrors();
        const string fix = "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { countingFixes } }";
        await api.GraphQL(fix, new { lat, lng }, token);
        await api.GraphQL(fix, new { lat, lng }, token);
        Voisinage.Tests.Verification.Neighbours.NextLocalDay(api.Clock);
        (await api.GraphQL(fix, new { lat, lng }, token)).AssertNoErrors();
        return (token, id);
    }

    [Fact]
    public async Task Found_join_discover_and_keep_members_private()
    {
        var (founder, founderId) = await Verified(Lat, Lng);
        var found = await api.GraphQL("mutation { foundNeighbourhood(name: \"Capitole\") { id name memberCount cells boundary leads { id pseudo } } }", token: founder);
        found.AssertNoErrors();
        var n = found.Data["foundNeighbourhood"]!;
        var id = n["id"]!.GetValue<string>();
        Assert.Equal(founderId, n["leads"]![0]!["id"]!.GetValue<string>());
        var boundary = JsonNode.Parse(n["boundary"]!.GetValue<string>())!;
        Assert.Equal("Polygon", boundary["type"]!.GetValue<string>());

        var (member, _) = await Verified(Lat, Lng);
        (await api.GraphQL("mutation($id: ID!) { joinNeighbourhood(id: $id) { memberCount } }", new { id }, member)).AssertNoErrors();
        var me = await api.GraphQL("{ me { neighbourhood { id memberCount } } }", token: member);
        Assert.Equal(2, me.Data["me"]!["neighbourhood"]!["memberCount"]!.GetValue<int>());

        // Public discovery, without a token: name, size and outline, but no member.
        var at = await api.GraphQL("query($lat: Float!, $lng: Float!) { neighbourhoodAt(lat: $lat, lng: $lng) { id name memberCount boundary leads { id } } }", new { lat = Lat, lng = Lng });
        at.AssertNoErrors();
        Assert.Equal(id, at.Data["neighbourhoodAt"]!["id"]!.GetValue<string>());
        Assert.Null(at.Data["neighbourhoodAt"]!["leads"]);
        var near = await api.GraphQL("{ nearbyNeighbourhoods(lat: 43.6045, lng: 1.444, radiusMeters: 1000) { id } }");
        near.AssertNoErrors();
        Assert.Contains(near.Data["nearbyNeighbourhoods"]!.AsArray(), x => x!["id"]!.GetValue<string>() == id);
        (await api.GraphQL("{ nearbyNeighbourhoods(lat: 43.6, lng: 1.44, radiusMeters: 5000) { id } }")).AssertError("BAD_USER_INPUT");

        // A stranger can neither read the details nor name leads.
        var (stranger, strangerId) = await Verified(Lat + 0.05, Lng);
        (await api.GraphQL("query($id: ID!) { neighbourhood(id: $id) { id } }", new { id }, stranger)).AssertError("FORBIDDEN");
        (await api.GraphQL("mutation($n: ID!, $r: ID!) { nameLead(neighbourhoodId: $n, residentId: $r) }", new { n = id, r = strangerId }, stranger)).AssertError("FORBIDDEN");
        (await api.GraphQL("query { neighbourhood(id: \"zzz\") { id } }", token: stranger)).AssertError("NOT_FOUND");
        (await api.GraphQL("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id }, stranger)).AssertError("FORBIDDEN");

        var members = await api.GraphQL("query($id: ID!) { neighbourhood(id: $id) { memberCount leads { pseudo homeCell } } }", new { id }, member);
        members.AssertNoErrors();
        Assert.Null(members.Data["neighbourhood"]!["leads"]![0]!["homeCell"]);
    }

    [Fact]
    public async Task Members_list_each_other_page_by_page_and_strangers_cannot()
    {
        const double lat = Lat - 0.05;
        const string Members = "query($id: ID!, $first: Int, $after: String) { neighbourhood(id: $id) { members(first: $first, after: $after) { edges { cursor node { id pseudo isLead } } pageInfo { hasNextPage endCursor } } } }";
        var (founder, founderId) = await Verified(lat, Lng);
        var id = (await api.GraphQL("mutation { foundNeighbourhood(name: \"Saint-Cyprien\") { id } }", token: founder)).Data["foundNeighbourhood"]!["id"]!.GetValue<string>();
        var (member, memberId) = await Verified(lat, Lng);
        (await api.GraphQL("mutation($id: ID!) { joinNeighbourhood(id: $id) { memberCount } }", new { id }, member)).AssertNoErrors();

        var first = await api.GraphQL(Members, new { id, first = 1 }, member);
        first.AssertNoErrors();
        var page1 = first.Data["neighbourhood"]!["members"]!;
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await api.GraphQL(Members, new { id, first = 1, after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }, member);
        second.AssertNoErrors();
        var page2 = second.Data["neighbourhood"]!["members"]!;
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var seen = page1["edges"]!.AsArray().Concat(page2["edges"]!.AsArray()).Select(e => e!["node"]!).ToDictionary(n => n["id"]!.GetValue<string>());
        Assert.Equal(new[] { founderId, memberId }.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        Assert.True(seen[founderId]["isLead"]!.GetValue<bool>());
        Assert.False(seen[memberId]["isLead"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(seen[memberId]["pseudo"]!.GetValue<string>()));

        // The type has no home field at all; bad paging is refused; strangers and anonymous callers are refused.
        var type = await api.GraphQL("{ __type(name: \"NeighbourhoodMember\") { fields { name } } }");
        Assert.Equal(["id", "isLead", "pseudo"], type.Data["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        (await api.GraphQL(Members, new { id, first = 0 }, member)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(Members, new { id, after = "not-a-cursor" }, member)).AssertError("BAD_USER_INPUT");
        var (stranger, _) = await Verified(lat + 0.2, Lng);
        const string At = "query($lat: Float!, $lng: Float!) { neighbourhoodAt(lat: $lat, lng: $lng) { members { edges { node { id } } } } }";
        (await api.GraphQL(At, new { lat, lng = Lng }, stranger)).AssertError("FORBIDDEN");
        (await api.GraphQL(At, new { lat, lng = Lng })).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Unverified_residents_cannot_found_or_join()
    {
        var (token, _, _, _) = await api.Register();
        (await api.GraphQL("mutation { foundNeighbourhood(name: \"Nulle part\") { id } }", token: token)).AssertError("NOT_VERIFIED");
        (await api.GraphQL("mutation { joinNeighbourhood(id: \"89396e2a0dbffff\") { id } }", token: token)).AssertError("NOT_VERIFIED");
        (await api.GraphQL("mutation { foundNeighbourhood(name: \"Nulle part\") { id } }")).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Two_leads_merge_their_neighbourhoods_and_the_old_id_answers_as_an_alias()
    {
        // Two blocks side by side (Toulouse, Saint-Cyprien): ~200 m apart is one res-9 block away.
        var (aLead, _) = await Verified(Lat + 0.01, Lng);
        var aId = (await api.GraphQL("mutation { foundNeighbourhood(name: \"Saint-Cyprien\") { id } }", token: aLead)).Data["foundNeighbourhood"]!["id"]!.GetValue<string>();
        var (aMember, _) = await Verified(Lat + 0.01, Lng);
        (await api.GraphQL("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = aId }, aMember)).AssertNoErrors();

        var neighbourPoint = await NeighbouringBlockPoint(aId);
        var (bLead, _) = await Verified(neighbourPoint.Lat, neighbourPoint.Lng);
        var bId = (await api.GraphQL("mutation { foundNeighbourhood(name: \"Patte d'Oie\") { id } }", token: bLead)).Data["foundNeighbourhood"]!["id"]!.GetValue<string>();

        // A non-lead cannot propose; the lead of the smaller one can.
        (await api.GraphQL("mutation($id: ID!) { proposeMerge(neighbourhoodId: $id) { id } }", new { id = bId }, aMember)).AssertError("FORBIDDEN");
        var proposed = await api.GraphQL("mutation($id: ID!) { proposeMerge(neighbourhoodId: $id) { id from { id } to { id } } }", new { id = aId }, bLead);
        proposed.AssertNoErrors();
        var proposalId = proposed.Data["proposeMerge"]!["id"]!.GetValue<string>();
        var seen = await api.GraphQL("query($id: ID!) { neighbourhood(id: $id) { mergeProposals { id from { id } } } }", new { id = aId }, aLead);
        Assert.Contains(seen.Data["neighbourhood"]!["mergeProposals"]!.AsArray(), p => p!["id"]!.GetValue<string>() == proposalId);

        (await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id } }", new { p = proposalId }, aMember)).AssertError("FORBIDDEN");
        (await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id } }", new { p = "merge-nothing" }, aLead)).AssertError("NOT_FOUND");
        var accepted = await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id memberCount cells } }", new { p = proposalId }, aLead);
        accepted.AssertNoErrors();
        Assert.Equal(aId, accepted.Data["acceptMerge"]!["id"]!.GetValue<string>());
        Assert.Equal(3, accepted.Data["acceptMerge"]!["memberCount"]!.GetValue<int>());
        Assert.Equal(2, accepted.Data["acceptMerge"]!["cells"]!.AsArray().Count);

        // The absorbed id answers with the survivor; its former lead is a member (and a lead) there.
        var alias = await api.GraphQL("query($id: ID!) { neighbourhood(id: $id) { id memberCount leads { id } } }", new { id = bId }, bLead);
        alias.AssertNoErrors();
        Assert.Equal(aId, alias.Data["neighbourhood"]!["id"]!.GetValue<string>());
        Assert.Equal(2, alias.Data["neighbourhood"]!["leads"]!.AsArray().Count);
        var me = await api.GraphQL("{ me { neighbourhood { id } } }", token: bLead);
        Assert.Equal(aId, me.Data["me"]!["neighbourhood"]!["id"]!.GetValue<string>());
    }

    /// <summary>The centre of a block adjacent to a neighbourhood's block and still unowned.</summary>
    [Fact]
    public async Task A_merge_proposal_expires_after_its_time_and_can_then_be_made_again()
    {
        // Two blocks side by side, far from the other tests' (Toulouse, Rangueil).
        var (aLead, _) = await Verified(Lat - 0.03, Lng + 0.02);
        var aId = (await api.GraphQL("mutation { foundNeighbourhood(name: \"Rangueil\") { id } }", token: aLead)).Data["foundNeighbourhood"]!["id"]!.GetValue<string>();
        var neighbourPoint = await NeighbouringBlockPoint(aId);
        var (bLead, _) = await Verified(neighbourPoint.Lat, neighbourPoint.Lng);
        var bId = (await api.GraphQL("mutation { foundNeighbourhood(name: \"Pech-David\") { id } }", token: bLead)).Data["foundNeighbourhood"]!["id"]!.GetValue<string>();
        const string propose = "mutation($id: ID!) { proposeMerge(neighbourhoodId: $id) { id } }";
        const string proposals = "query($id: ID!) { neighbourhood(id: $id) { mergeProposals { id } } }";

        var first = (await api.GraphQL(propose, new { id = aId }, bLead)).Data["proposeMerge"]!["id"]!.GetValue<string>();
        api.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        var (aToken, bToken) = (await Refreshed(aLead), await Refreshed(bLead));
        Assert.Equal(first, (await api.GraphQL(propose, new { id = aId }, bToken)).Data["proposeMerge"]!["id"]!.GetValue<string>());
        Assert.Single((await api.GraphQL(proposals, new { id = aId }, aToken)).Data["neighbourhood"]!["mergeProposals"]!.AsArray());

        // Fourteen days (Voisinage:Neighbourhoods:MergeProposalTtl) after it was made, it is gone for both sides.
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty((await api.GraphQL(proposals, new { id = aId }, aToken)).Data["neighbourhood"]!["mergeProposals"]!.AsArray());
        Assert.Empty((await api.GraphQL(proposals, new { id = bId }, bToken)).Data["neighbourhood"]!["mergeProposals"]!.AsArray());
        var late = await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id } }", new { p = first }, aToken);
        late.AssertError("NOT_FOUND");
        Assert.Contains("expired", late.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((await api.GraphQL("query($id: ID!) { neighbourhood(id: $id) { cells } }", new { id = aId }, aToken)).Data["neighbourhood"]!["cells"]!.AsArray());

        // A new proposal replaces the expired one and can be accepted.
        var second = (await api.GraphQL(propose, new { id = aId }, bToken)).Data["proposeMerge"]!["id"]!.GetValue<string>();
        Assert.NotEqual(first, second);
        (await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id } }", new { p = second }, aToken)).AssertNoErrors();
    }

    /// <summary>A fresh token for a resident whose token expired with the clock (logging in again with the pseudo it names).</summary>
    private async Task<string> Refreshed(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var claims = JsonNode.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')))!;
        var pseudo = claims["name"]!.GetValue<string>();
        var login = await api.GraphQL("mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }", new { l = pseudo, p = "a long password" });
        login.AssertNoErrors();
        return login.Data["login"]!["token"]!.GetValue<string>();
    }

    private async Task<(double Lat, double Lng)> NeighbouringBlockPoint(string neighbourhoodId)
    {
        foreach (var cell in Voisinage.Geo.H3.GridDisk(Voisinage.Geo.H3Index.Parse(neighbourhoodId), 1).Skip(1))
        {
            var centre = Voisinage.Geo.H3.CellToLatLng(cell);
            var at = await api.GraphQL("query($lat: Float!, $lng: Float!) { neighbourhoodAt(lat: $lat, lng: $lng) { id } }", new { lat = centre.Lat, lng = centre.Lng });
            if (at.Data["neighbourhoodAt"] is null)
            {
                return (centre.Lat, centre.Lng);
            }
        }

        throw new InvalidOperationException("No free neighbouring block.");
    }
}
