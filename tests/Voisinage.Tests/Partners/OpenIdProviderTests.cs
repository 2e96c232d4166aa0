using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Voisinage.Tests.Infrastructure;
using static Voisinage.Tests.Partners.PartnersApi;

namespace Voisinage.Tests.Partners;

/// <summary>
/// Sign in with Voisinage (SPEC §16, docs/partners.md): the authorization code flow with PKCE through the consent
/// decision, the claims a partner reads, pairwise subjects, and the protocol's refusals.
/// </summary>
[Collection(PartnersCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class OpenIdProviderTests(PartnersApi api)
{
    private const string AllScopes = "openid profile email voisinage:verified voisinage:neighbourhood offline_access";
    private const double Lat = 43.6045;
    private const double Lng = 1.4440;

    [Fact]
    public async Task Discovery_names_the_endpoints_PKCE_S256_only_and_a_published_signing_key()
    {
        using var client = api.Browser();
        var discovery = JsonNode.Parse(await client.GetStringAsync("/.well-known/openid-configuration"))!;
        Assert.EndsWith("/connect/authorize", discovery["authorization_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/token", discovery["token_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/userinfo", discovery["userinfo_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/revoke", discovery["revocation_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/endsession", discovery["end_session_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["S256"], discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("voisinage:verified", discovery["scopes_supported"]!.AsArray().Select(s => s!.GetValue<string>()));

        var jwks = JsonNode.Parse(await client.GetStringAsync(new Uri(discovery["jwks_uri"]!.GetValue<string>()).PathAndQuery))!;
        var key = Assert.Single(jwks["keys"]!.AsArray())!;
        Assert.Equal("RSA", key["kty"]!.GetValue<string>());
        Assert.Null(key["d"]);
    }

    [Fact]
    public async Task A_verified_neighbour_signs_in_to_a_partner_that_reads_only_what_was_granted_never_the_home()
    {
        var (partner, _) = await api.RegisterPartner("Covoiturage du Capitole");
        var (token, residentId, pseudo, email) = await Member("Capitole");
        var homeCell = (await api.GraphQL("{ me { homeCell } }", token: token)).Data["me"]!["homeCell"]!.GetValue<string>();

        const string verifier = "a-verifier-of-at-least-43-characters-0123456789";
        var back = await api.Consent(AuthorizationRequest(partner, AllScopes, verifier), token);
        Assert.StartsWith(RedirectUri, back.ToString(), StringComparison.Ordinal);
        var answer = Query(back);
        Assert.Equal("state-" + partner, answer["state"]);

        var (status, tokens) = await api.Token(CodeGrant(partner, answer["code"], verifier));
        Assert.Equal(HttpStatusCode.OK, status);
        var idToken = Payload(tokens["id_token"]!.GetValue<string>());
        Assert.Equal("nonce-" + partner, idToken["nonce"]!.GetValue<string>());
        Assert.Equal(pseudo, idToken["name"]!.GetValue<string>());
        Assert.Equal(email, idToken["email"]!.GetValue<string>());
        Assert.True(idToken["voisinage_verified"]!.GetValue<bool>());
        Assert.Equal("geolocation", idToken["voisinage_verification_method"]!.GetValue<string>());
        Assert.Equal("Capitole", idToken["voisinage_neighbourhood_name"]!.GetValue<string>());

        var (infoStatus, info) = await api.UserInfo(tokens["access_token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, infoStatus);
        var claims = JsonNode.Parse(info)!;
        Assert.Equal(idToken["sub"]!.GetValue<string>(), claims["sub"]!.GetValue<string>());
        Assert.Equal(pseudo, claims["preferred_username"]!.GetValue<string>());
        Assert.Equal(idToken["voisinage_neighbourhood_id"]!.GetValue<string>(), claims["voisinage_neighbourhood_id"]!.GetValue<string>());

        // Neither the home cell nor the resident's own id is in anything the partner holds.
        var everything = tokens.ToJsonString() + Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(tokens["id_token"]!.GetValue<string>().Split('.')[1])) + info;
        Assert.DoesNotContain(homeCell, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(residentId, everything, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(residentId, claims["sub"]!.GetValue<string>());
    }

    [Fact]
    public async Task Email_goes_only_with_its_own_box_ticked_and_scopes_not_granted_release_nothing()
    {
        var (partner, _) = await api.RegisterPartner("Boutique", false, "profile", "email");
        var (token, _, _, _) = await api.Register();
        const string verifier = "another-verifier-of-at-least-43-characters-012345";
        var back = await api.Consent(AuthorizationRequest(partner, "openid profile email", verifier), token, email: false);
        var (_, tokens) = await api.Token(CodeGrant(partner, Query(back)["code"], verifier));
        var idToken = Payload(tokens["id_token"]!.GetValue<string>());
        Assert.Null(idToken["email"]);
        Assert.Null(idToken["voisinage_verified"]);
        Assert.DoesNotContain("email", tokens["scope"]!.GetValue<string>().Split(' '));
        var (_, info) = await api.UserInfo(tokens["access_token"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(info)!["email"]);
    }

    [Fact]
    public async Task Pairwise_subjects_differ_across_partners_and_stay_stable_for_one()
    {
        var (first, _) = await api.RegisterPartner("Premier");
        var (second, _) = await api.RegisterPartner("Second");
        var (token, _, _, _) = await api.Register();
        var a1 = await Subject(first, token);
        var a2 = await Subject(first, token);
        var b = await Subject(second, token);
        Assert.Equal(a1, a2);
        Assert.NotEqual(a1, b);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_the_spent_one_stops_working()
    {
        var (partner, secret) = await api.RegisterPartner("Mairie", confidential: true);
        var (token, _, _, _) = await api.Register();
        const string verifier = "refresh-verifier-of-at-least-43-characters-012345";
        var back = await api.Consent(AuthorizationRequest(partner, AllScopes, verifier), token);
        var grant = CodeGrant(partner, Query(back)["code"], verifier);
        grant["client_secret"] = secret!;
        var (_, tokens) = await api.Token(grant);
        var refresh = tokens["refresh_token"]!.GetValue<string>();

        var (status, renewed) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh, ["client_id"] = partner, ["client_secret"] = secret! });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual(refresh, renewed["refresh_token"]!.GetValue<string>());

        // Past the reuse leeway, the spent refresh token is refused.
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var (again, error) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh, ["client_id"] = partner, ["client_secret"] = secret! });
        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Equal("invalid_grant", error["error"]!.GetValue<string>());

        // A confidential client without its secret gets nothing.
        var (noSecret, unauthorized) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = renewed["refresh_token"]!.GetValue<string>(), ["client_id"] = partner });
        Assert.Equal(HttpStatusCode.Unauthorized, noSecret);
        Assert.Equal("invalid_client", unauthorized["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_client_and_wrong_redirect_uri_are_refused_without_going_back()
    {
        var (partner, _) = await api.RegisterPartner("Refus");
        using var browser = api.Browser();

        using var unknown = await browser.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/authorize", AuthorizationRequest("p_nobody", "openid", "v-0123456789012345678901234567890123456789")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("client_id", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var wrong = await browser.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/authorize", AuthorizationRequest(partner, "openid", "v-0123456789012345678901234567890123456789", "https://evil.example/callback")));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("redirect_uri", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code_challenge", null, "invalid_request")]
    [InlineData("code_challenge_method", "plain", "invalid_request")]
    [InlineData("scope", "openid voisinage:admin", "invalid_scope")]
    public async Task Missing_PKCE_plain_PKCE_and_unknown_scopes_are_refused_with_the_reason(string parameter, string? value, string error)
    {
        var (partner, _) = await api.RegisterPartner("Erreurs", false, "profile");
        var request = AuthorizationRequest(partner, "openid profile", "v-0123456789012345678901234567890123456789");
        if (value is null)
        {
            request.Remove(parameter);
            request.Remove("code_challenge_method");
        }
        else
        {
            request[parameter] = value;
        }

        using var browser = api.Browser();
        using var response = await browser.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/authorize", request));
        // OpenIddict checks the parameters before it trusts the redirect URI: the browser is told, not sent back.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"error:{error}", body, StringComparison.Ordinal);
        Assert.Contains(value is null ? "code_challenge" : parameter, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scope_the_partner_was_not_allowed_is_refused()
    {
        var (partner, _) = await api.RegisterPartner("Sans email", false, "profile");
        using var browser = api.Browser();
        using var response = await browser.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/authorize", AuthorizationRequest(partner, "openid email", "v-0123456789012345678901234567890123456789")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error:invalid_request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replayed_expired_and_wrongly_verified_codes_are_refused()
    {
        var (partner, _) = await api.RegisterPartner("Codes");
        var (token, _, _, _) = await api.Register();
        const string verifier = "codes-verifier-of-at-least-43-characters-0123456";

        var code = Query(await api.Consent(AuthorizationRequest(partner, "openid", verifier), token))["code"];
        var (wrongStatus, wrong) = await api.Token(CodeGrant(partner, code, verifier + "x"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus);
        Assert.Equal("invalid_grant", wrong["error"]!.GetValue<string>());

        code = Query(await api.Consent(AuthorizationRequest(partner, "openid", verifier), token))["code"];
        Assert.Equal(HttpStatusCode.OK, (await api.Token(CodeGrant(partner, code, verifier))).Status);
        var (replayStatus, replay) = await api.Token(CodeGrant(partner, code, verifier));
        Assert.Equal(HttpStatusCode.BadRequest, replayStatus);
        Assert.Equal("invalid_grant", replay["error"]!.GetValue<string>());

        code = Query(await api.Consent(AuthorizationRequest(partner, "openid", verifier), token))["code"];
        api.Clock.Advance(TimeSpan.FromMinutes(6));
        var (expiredStatus, expired) = await api.Token(CodeGrant(partner, code, verifier));
        Assert.Equal(HttpStatusCode.BadRequest, expiredStatus);
        Assert.Equal("invalid_grant", expired["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refusing_goes_back_with_access_denied_and_no_session_goes_back_to_the_consent_page()
    {
        var (partner, _) = await api.RegisterPartner("Refusé");
        var (token, _, _, _) = await api.Register();
        var back = await api.Consent(AuthorizationRequest(partner, "openid", "v-0123456789012345678901234567890123456789"), token, decision: "refuse");
        Assert.Equal("access_denied", Query(back)["error"]);

        using var browser = api.Browser();
        var form = new Dictionary<string, string?>(AuthorizationRequest(partner, "openid", "v-0123456789012345678901234567890123456789")) { ["voisinage_decision"] = "accept" };
        using var anonymous = await browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(form!));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/partenaires/autoriser?", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remembered_consent_is_listed_and_revoking_it_ends_the_partners_tokens()
    {
        var (partner, _) = await api.RegisterPartner("Jardin partagé");
        var (token, _, _, _) = await api.Register();
        const string verifier = "revoke-verifier-of-at-least-43-characters-0123456";
        var back = await api.Consent(AuthorizationRequest(partner, "openid profile offline_access", verifier), token, remember: true);
        var (_, tokens) = await api.Token(CodeGrant(partner, Query(back)["code"], verifier));

        var consent = await api.GraphQL("query($c: ID!) { partnerConsent(clientId: $c) { name rememberedScopes } }", new { c = partner }, token);
        consent.AssertNoErrors();
        Assert.Equal("Jardin partagé", consent.Data["partnerConsent"]!["name"]!.GetValue<string>());
        Assert.Contains("profile", consent.Data["partnerConsent"]!["rememberedScopes"]!.AsArray().Select(s => s!.GetValue<string>()));

        var listed = await api.GraphQL("{ connectedServices { clientId name scopes } }", token: token);
        var service = Assert.Single(listed.Data["connectedServices"]!.AsArray())!;
        Assert.Equal(partner, service["clientId"]!.GetValue<string>());

        var revoked = await api.GraphQL("mutation($c: ID!) { revokeConnectedService(clientId: $c) { clientId } }", new { c = partner }, token);
        revoked.AssertNoErrors();
        Assert.Empty(revoked.Data["revokeConnectedService"]!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.UserInfo(tokens["access_token"]!.GetValue<string>())).Status);
        var (status, error) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>(), ["client_id"] = partner });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", error["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_the_account_ends_every_partners_access()
    {
        var (partner, _) = await api.RegisterPartner("Après départ");
        var (token, _, _, _) = await api.Register("a long password");
        const string verifier = "delete-verifier-of-at-least-43-characters-0123456";
        var back = await api.Consent(AuthorizationRequest(partner, "openid profile offline_access", verifier), token, remember: true);
        var (_, tokens) = await api.Token(CodeGrant(partner, Query(back)["code"], verifier));

        (await api.GraphQL("mutation { deleteMyAccount(password: \"a long password\") }", token: token)).AssertNoErrors();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.UserInfo(tokens["access_token"]!.GetValue<string>())).Status);
        var (status, _) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = tokens["refresh_token"]!.GetValue<string>(), ["client_id"] = partner });
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Only_operators_register_partners_bad_input_is_refused_and_each_change_is_logged()
    {
        var (token, _, _, _) = await api.Register();
        const string register = "mutation($i: RegisterPartnerClientInput!) { registerPartnerClient(input: $i) { client { clientId } } }";
        var input = new { name = "Intrus", redirectUris = new[] { RedirectUri }, scopes = new[] { "profile" }, confidential = false };
        (await api.GraphQL(register, new { i = input }, token)).AssertError("FORBIDDEN");

        var operatorToken = await api.OperatorToken();
        (await api.GraphQL(register, new { i = input with { redirectUris = new[] { "http://evil.example/cb" } } }, operatorToken)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { i = input with { scopes = new[] { "voisinage:home" } } }, operatorToken)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { i = input with { name = " " } }, operatorToken)).AssertError("BAD_USER_INPUT");

        var (partner, _) = await api.RegisterPartner("Journalisé");
        var listed = await api.GraphQL("{ partnerClients { clientId name scopes confidential } }", token: operatorToken);
        Assert.Contains(partner, listed.Data["partnerClients"]!.AsArray().Select(c => c!["clientId"]!.GetValue<string>()));
        (await api.GraphQL("{ partnerClients { clientId } }", token: token)).AssertError("FORBIDDEN");

        (await api.GraphQL("mutation($c: ID!) { removePartnerClient(clientId: $c, reason: \"fin du partenariat\") }", new { c = partner }, operatorToken)).AssertNoErrors();
        (await api.GraphQL("query($c: ID!) { partnerConsent(clientId: $c) { name } }", new { c = partner })).AssertError("NOT_FOUND");

        var log = await api.GraphQL("{ moderationLog(first: 100) { edges { node { action subjectId reason } } } }", token: operatorToken);
        log.AssertNoErrors();
        var entries = log.Data["moderationLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).Where(n => n["subjectId"]?.GetValue<string>() == partner).ToList();
        Assert.Equal(["PARTNER_REMOVED", "PARTNER_REGISTERED"], entries.Select(e => e["action"]!.GetValue<string>()));
        Assert.Contains("fin du partenariat", entries[0]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_a_refresh_token_and_ending_the_session_go_back_to_the_partner()
    {
        var (partner, _) = await api.RegisterPartner("Déconnexion");
        var (token, _, _, _) = await api.Register();
        const string verifier = "logout-verifier-of-at-least-43-characters-0123456";
        var back = await api.Consent(AuthorizationRequest(partner, "openid offline_access", verifier), token);
        var (_, tokens) = await api.Token(CodeGrant(partner, Query(back)["code"], verifier));
        var refresh = tokens["refresh_token"]!.GetValue<string>();

        using var client = api.Browser();
        using var revoked = await client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = refresh, ["token_type_hint"] = "refresh_token", ["client_id"] = partner }));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var (status, error) = await api.Token(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh, ["client_id"] = partner });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", error["error"]!.GetValue<string>());

        // RP-initiated logout with the ID token: back to the registered URI, and this browser's Voisinage session ends.
        using var logout = await client.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens["id_token"]!.GetValue<string>(),
            ["post_logout_redirect_uri"] = RedirectUri,
            ["state"] = "bye",
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith(RedirectUri, logout.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("bye", Query(logout.Headers.Location!)["state"]);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Voisinage.WebApi.Auth.BrowserSession.CookieName + "=;", StringComparison.Ordinal));

        // An unregistered post-logout URI is refused.
        using var elsewhere = await client.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/connect/endsession", new Dictionary<string, string?>
        {
            ["id_token_hint"] = tokens["id_token"]!.GetValue<string>(),
            ["post_logout_redirect_uri"] = "https://evil.example/",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Dead_tokens_are_pruned_once_older_than_a_refresh_token_lives()
    {
        var (partner, _) = await api.RegisterPartner("Ménage");
        var (token, _, _, _) = await api.Register();
        const string verifier = "prune-verifier-of-at-least-43-characters-01234567";
        var back = await api.Consent(AuthorizationRequest(partner, "openid offline_access", verifier), token);
        Assert.Equal(HttpStatusCode.OK, (await api.Token(CodeGrant(partner, Query(back)["code"], verifier))).Status);

        var pruning = api.Services.GetRequiredService<Voisinage.WebApi.Partners.PartnerPruning>();
        api.Clock.Advance(TimeSpan.FromDays(15));
        Assert.True(await pruning.PruneOnce(CancellationToken.None) > 0);
        Assert.Equal(0, await pruning.PruneOnce(CancellationToken.None));
    }

    private async Task<string> Subject(string clientId, string sessionToken)
    {
        const string verifier = "subject-verifier-of-at-least-43-characters-012345";
        var back = await api.Consent(AuthorizationRequest(clientId, "openid", verifier), sessionToken);
        var (_, tokens) = await api.Token(CodeGrant(clientId, Query(back)["code"], verifier));
        return Payload(tokens["id_token"]!.GetValue<string>())["sub"]!.GetValue<string>();
    }

    /// <summary>A verified resident (geolocation) who founded a neighbourhood of that name on their block.</summary>
    private async Task<(string Token, string Id, string Pseudo, string Email)> Member(string neighbourhood)
    {
        var resident = await api.Register();
        (await api.GraphQL("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat = Lat, lng = Lng }, resident.Token)).AssertNoErrors();
        const string fix = "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { countingFixes } }";
        await api.GraphQL(fix, new { lat = Lat, lng = Lng }, resident.Token);
        await api.GraphQL(fix, new { lat = Lat, lng = Lng }, resident.Token);
        Voisinage.Tests.Verification.Neighbours.NextLocalDay(api.Clock);
        (await api.GraphQL(fix, new { lat = Lat, lng = Lng }, resident.Token)).AssertNoErrors();
        (await api.GraphQL("mutation($n: String!) { foundNeighbourhood(name: $n) { id } }", new { n = neighbourhood }, resident.Token)).AssertNoErrors();
        return resident;
    }

    private static JsonNode Payload(string jwt) => JsonNode.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!;
}
