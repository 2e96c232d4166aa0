using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Verification;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Api;

/// <summary>Verification through the public API, including what others can and cannot see.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class VerificationApiTests(EmbeddedApi api)
{
    private const string SetHome = "mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id homeCell verification { status } } }";
    private const string Fix = "mutation($lat: Float!, $lng: Float!, $a: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: $a) { countingFixes distinctDays verification { status method verifiedAt } } }";

    [Fact]
    public async Task Home_cell_is_shown_to_its_owner_and_to_nobody_else()
    {
        var (token, _, _, _) = await api.Register();
        var home = await api.GraphQL(SetHome, new { lat = Neighbours.Lat, lng = Neighbours.Lng }, token);
        home.AssertNoErrors();
        var cell = home.Data["setHome"]!["homeCell"]!.GetValue<string>();
        Assert.Matches("^8a[0-9a-f]{13}$", cell);

        // The schema has no way to look a resident up by id or by cell, and no field that exposes an address.
        var schema = await api.GraphQL("{ __schema { queryType { fields { name args { name } } } } }");
        var fields = schema.Data["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("resident", fields);
        Assert.DoesNotContain("residents", fields);

        var (other, _, _, _) = await api.Register();
        var otherMe = await api.GraphQL("{ me { homeCell } }", token: other);
        otherMe.AssertNoErrors();
        Assert.Null(otherMe.Data["me"]!["homeCell"]);
    }

    [Fact]
    public async Task Geolocation_verifies_through_the_api_and_bad_input_is_refused()
    {
        var (token, _, _, _) = await api.Register();
        (await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(SetHome, new { lat = 95.0, lng = 2.0 }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(SetHome, new { lat = Neighbours.Lat, lng = Neighbours.Lng }, token)).AssertNoErrors();
        (await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 500.0 }, token)).AssertError("BAD_USER_INPUT");

        await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 }, token);
        await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 }, token);
        Neighbours.NextLocalDay(api.Clock);
        var done = await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 }, token);
        done.AssertNoErrors();
        Assert.Equal("VERIFIED", done.Data["submitLocationFix"]!["verification"]!["status"]!.GetValue<string>());
        Assert.Equal("GEOLOCATION", done.Data["submitLocationFix"]!["verification"]!["method"]!.GetValue<string>());

        var anonymous = await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 });
        anonymous.AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Progress_reports_the_evidence_and_the_configured_thresholds()
    {
        const string Progress = "{ me { verificationProgress { fixesCounted fixesNeeded daysCounted daysNeeded fixMaxAccuracyMeters vouchesReceived vouchesNeeded postcardExpiresAt } } }";
        var rules = api.Services.GetRequiredService<IOptions<VerificationOptions>>().Value;
        var (token, _, _, _) = await api.Register();
        (await api.GraphQL(SetHome, new { lat = Neighbours.Lat, lng = Neighbours.Lng }, token)).AssertNoErrors();

        var before = await api.GraphQL(Progress, token: token);
        before.AssertNoErrors();
        var p = before.Data["me"]!["verificationProgress"]!;
        Assert.Equal(0, p["fixesCounted"]!.GetValue<int>());
        Assert.Equal(rules.FixesNeeded, p["fixesNeeded"]!.GetValue<int>());
        Assert.Equal(0, p["daysCounted"]!.GetValue<int>());
        Assert.Equal(rules.FixDistinctDaysNeeded, p["daysNeeded"]!.GetValue<int>());
        Assert.Equal(rules.FixMaxAccuracyMeters, p["fixMaxAccuracyMeters"]!.GetValue<double>());
        Assert.Equal(0, p["vouchesReceived"]!.GetValue<int>());
        Assert.Equal(rules.VouchesNeeded, p["vouchesNeeded"]!.GetValue<int>());
        Assert.Null(p["postcardExpiresAt"]);

        // A refused fix counts for nothing; a good one counts, and a postcard on its way shows its expiry.
        (await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = rules.FixMaxAccuracyMeters + 1 }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(Fix, new { lat = Neighbours.Lat, lng = Neighbours.Lng, a = 10.0 }, token)).AssertNoErrors();
        var postcard = await api.GraphQL("mutation($a: String!) { requestPostcard(postalAddress: $a) { codeExpiresAt } }", new { a = "3 rue des Rosiers, 75004 Paris" }, token);
        postcard.AssertNoErrors();
        var after = (await api.GraphQL(Progress, token: token)).Data["me"]!["verificationProgress"]!;
        Assert.Equal(1, after["fixesCounted"]!.GetValue<int>());
        Assert.Equal(1, after["daysCounted"]!.GetValue<int>());
        Assert.Equal(
            DateTimeOffset.Parse(postcard.Data["requestPostcard"]!["codeExpiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(after["postcardExpiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));

        (await api.GraphQL(Progress)).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Vouching_through_the_api_checks_ids_and_rules()
    {
        var (token, id, _, _) = await api.Register();
        (await api.GraphQL("mutation($id: ID!) { vouchFor(residentId: $id) { candidateVerified } }", new { id = "../etc" }, token)).AssertError("NOT_FOUND");
        (await api.GraphQL("mutation($id: ID!) { vouchFor(residentId: $id) { candidateVerified } }", new { id = "0123456789abcdef0123456789abcdef" }, token)).AssertError("NOT_FOUND");
        (await api.GraphQL("mutation($id: ID!) { vouchFor(residentId: $id) { candidateVerified } }", new { id }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(SetHome, new { lat = Neighbours.Lat, lng = Neighbours.Lng }, token)).AssertNoErrors();
        (await api.GraphQL("mutation($id: ID!) { vouchFor(residentId: $id) { candidateVerified } }", new { id }, token)).AssertError("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Postcard_outbox_is_for_operators_only()
    {
        var (token, _, _, _) = await api.Register();
        (await api.GraphQL("{ postcardOutbox { id postalAddress code } }", token: token)).AssertError("FORBIDDEN");
        (await api.GraphQL("mutation { markPostcardsSent(ids: [\"x\"]) }", token: token)).AssertError("FORBIDDEN");
        (await api.GraphQL("{ postcardOutbox { id } }")).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Export_then_delete_my_account_revokes_every_token()
    {
        var (token, id, pseudo, email) = await api.Register();
        await api.GraphQL(SetHome, new { lat = Neighbours.Lat, lng = Neighbours.Lng }, token);
        (await api.GraphQL("mutation($a: String!) { requestPostcard(postalAddress: $a) { codeExpiresAt } }", new { a = "1 rue de Rivoli, 75004 Paris" }, token)).AssertNoErrors();

        var export = await api.GraphQL("mutation { exportMyData }", token: token);
        export.AssertNoErrors();
        var data = JsonNode.Parse(export.Data["exportMyData"]!.GetValue<string>())!;
        Assert.Equal(id, data["resident"]!["id"]!.GetValue<string>());
        Assert.Equal(email, data["account"]!["email"]!.GetValue<string>());
        Assert.Equal("Pending", data["verification"]!["postcard"]!["status"]!.GetValue<string>());

        (await api.GraphQL("mutation { deleteMyAccount(password: \"wrong password\") }", token: token)).AssertError("FORBIDDEN");
        (await api.GraphQL("mutation { deleteMyAccount(password: \"a long password\") }", token: token)).AssertNoErrors();

        (await api.GraphQL("{ me { id } }", token: token)).AssertError("UNAUTHENTICATED");
        var login = await api.GraphQL("mutation($i: LoginInput!) { login(input: $i) { token } }", new { i = new { login = pseudo, password = "a long password" } });
        login.AssertError("UNAUTHENTICATED");
    }
}
