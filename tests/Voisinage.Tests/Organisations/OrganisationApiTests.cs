using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Organisations;

/// <summary>Organisations through the GraphQL API: identifiers refused with their code, the operators' queue, members.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class OrganisationApiTests(ClusterApi f)
{
    private const string Create = """
        mutation($input: CreateOrganisationInput!) {
          createOrganisation(input: $input) { id kind name identifier publicAddress status myRole }
        }
        """;

    private const string Page = "query($id: ID!) { organisation(id: $id) { id name status decision publicAddress myRole } }";

    [Fact]
    public async Task A_business_is_created_refused_with_clear_codes_verified_by_an_operator_and_run_by_its_members()
    {
        var owner = await f.Verified(ClusterApi.NewPlace());
        var colleague = await f.Verified(owner.Home);
        var stranger = await f.Verified(ClusterApi.NewPlace());
        var root = await f.ConfiguredOperator();
        object Input(string identifier, string? address = "3 place du Marché") => new
        {
            input = new { kind = "BUSINESS", name = "Ferme des Quatre Vents", identifier, description = "Légumes bio", hours = "Sam 8 h–13 h", publicAddress = address },
        };

        (await f.GraphQL(Create, Input("73282932000075"), owner)).AssertError("INVALID_CHECK_DIGIT");
        (await f.GraphQL(Create, Input("7328293200007"), owner)).AssertError("INVALID_IDENTIFIER");
        (await f.GraphQL(Create, Input("73282932000074", address: null), owner)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(Create, Input("73282932000074"))).AssertError("UNAUTHENTICATED");
        Assert.Empty((await f.GraphQL("{ myOrganisations { id } }", as_: owner)).Data["myOrganisations"]!.AsArray());

        var created = await f.GraphQL(Create, Input("73282932000074"), owner);
        created.AssertNoErrors();
        var org = created.Data["createOrganisation"]!;
        var id = org["id"]!.GetValue<string>();
        Assert.Equal("PENDING", org["status"]!.GetValue<string>());
        Assert.Equal("ADMIN", org["myRole"]!.GetValue<string>());
        Assert.Equal("3 place du Marché", org["publicAddress"]!.GetValue<string>());

        // The operators' queue; a resident cannot read it nor decide.
        (await f.GraphQL("{ organisations(status: PENDING) { id } }", as_: stranger)).AssertError("FORBIDDEN");
        var queue = await f.GraphQL("{ organisations(status: PENDING, first: 100) { id name } }", as_: root);
        queue.AssertNoErrors();
        Assert.Contains(queue.Data["organisations"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
        (await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, stranger)).AssertError("FORBIDDEN");
        var verified = await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id, reason: \"SIRET vérifié\") { status } }", new { id }, root);
        verified.AssertNoErrors();
        Assert.Equal("VERIFIED", verified.Data["verifyOrganisation"]!["status"]!.GetValue<string>());

        // The public page, without a token: no role, no members.
        var page = await f.GraphQL(Page, new { id });
        page.AssertNoErrors();
        Assert.Equal("VERIFIED", page.Data["organisation"]!["status"]!.GetValue<string>());
        Assert.Null(page.Data["organisation"]!["myRole"]);
        (await f.GraphQL("query($id: ID!) { organisation(id: $id) { members { residentId } } }", new { id }, stranger)).AssertError("FORBIDDEN");
        Assert.Null((await f.GraphQL(Page, new { id = "org_nothing" })).Data["organisation"]);
        var everyone = await f.GraphQL("{ organisations(first: 100) { id } }");
        Assert.Contains(everyone.Data["organisations"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);

        // Members: an admin adds an editor; the last admin cannot leave.
        const string Add = "mutation($o: ID!, $r: ID!, $role: OrganisationRole!) { addOrganisationMember(organisationId: $o, residentId: $r, role: $role) { residentId role resident { pseudo homeCell } } }";
        (await f.GraphQL(Add, new { o = id, r = colleague.Id, role = "EDITOR" }, stranger)).AssertError("FORBIDDEN");
        var added = await f.GraphQL(Add, new { o = id, r = colleague.Id, role = "EDITOR" }, owner);
        added.AssertNoErrors();
        var member = added.Data["addOrganisationMember"]!.AsArray().Single(m => m!["residentId"]!.GetValue<string>() == colleague.Id)!;
        Assert.Equal("EDITOR", member["role"]!.GetValue<string>());
        Assert.Null(member["resident"]!["homeCell"]);
        Assert.Single((await f.GraphQL("{ myOrganisations { id myRole } }", as_: colleague)).Data["myOrganisations"]!.AsArray());
        (await f.GraphQL("mutation($o: ID!, $r: ID!) { removeOrganisationMember(organisationId: $o, residentId: $r) { residentId } }", new { o = id, r = owner.Id }, owner))
            .AssertError("CONFLICT");
        (await f.GraphQL("mutation($o: ID!, $r: ID!) { removeOrganisationMember(organisationId: $o, residentId: $r) { residentId } }", new { o = "nope", r = owner.Id }, owner))
            .AssertError("NOT_FOUND");

        var log = await f.GraphQL("query($id: ID!) { organisation(id: $id) { log { action actorId residentId detail } } }", new { id }, owner);
        log.AssertNoErrors();
        Assert.Equal(["CREATED", "VERIFIED", "MEMBER_ADDED"], log.Data["organisation"]!["log"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_town_hall_draws_its_area_and_the_residents_inside_see_it_serving_them()
    {
        var home = ClusterApi.NewPlace();
        var mayor = await f.Verified(ClusterApi.NewPlace());
        var inside = await f.Verified(home);
        var outside = await f.Verified((home.Lat + 0.02, home.Lng));
        var root = await f.ConfiguredOperator();
        var created = await f.GraphQL(Create, new { input = new { kind = "COMMUNE", name = "Mairie de Saint-Genis", identifier = "69204" } }, mayor);
        created.AssertNoErrors();
        var id = created.Data["createOrganisation"]!["id"]!.GetValue<string>();
        (await f.GraphQL("mutation($id: ID!) { verifyOrganisation(id: $id) { status } }", new { id }, root)).AssertNoErrors();

        var (dLat, dLng) = (0.004, 0.006);
        var ring = string.Join(",", new[] { (-dLng, -dLat), (dLng, -dLat), (dLng, dLat), (-dLng, dLat), (-dLng, -dLat) }
            .Select(c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{home.Lng + c.Item1},{home.Lat + c.Item2}]")));
        const string Draw = "mutation($o: ID!, $g: String!) { setOrganisationArea(organisationId: $o, geoJson: $g) { areaCellCount } }";
        (await f.GraphQL(Draw, new { o = id, g = "{\"type\":\"Point\"}" }, mayor)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(Draw, new { o = id, g = $$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""" }, inside)).AssertError("FORBIDDEN");
        var drawn = await f.GraphQL(Draw, new { o = id, g = $$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""" }, mayor);
        drawn.AssertNoErrors();
        Assert.True(drawn.Data["setOrganisationArea"]!["areaCellCount"]!.GetValue<int>() > 0);

        const string Serving = "{ organisationsServingMe { id name } }";
        Assert.Contains((await f.GraphQL(Serving, as_: inside)).Data["organisationsServingMe"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
        Assert.DoesNotContain((await f.GraphQL(Serving, as_: outside)).Data["organisationsServingMe"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
        (await f.GraphQL(Serving)).AssertError("UNAUTHENTICATED");
    }
}
