using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Auth;

namespace Voisinage.Tests.Partners;

/// <summary>
/// The product with its OpenID Connect provider served over the test server's plain HTTP, an operator, and a partner's
/// side of the protocol written out by hand (so each refusal can be provoked).
/// </summary>
public sealed class PartnersApi() : ApiFactory(new Dictionary<string, string?>
{
    ["Voisinage:Verification:Operators:0"] = OperatorId,
    ["Voisinage:Partners:AllowHttp"] = "true",

    // Pruning runs when a test asks (PartnerPruning.PruneOnce), not whenever a test moves the fake clock.
    ["Voisinage:Partners:PruneInterval"] = "00:00:00",
})
{
    public const string OperatorId = "fedcba9876543210fedcba9876543210";
    public const string RedirectUri = "http://127.0.0.1:9/callback";

    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private string? _operatorPseudo;

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A token of the operator (created on first use), issued now: tests move the clock past a token's lifetime.</summary>
    public async Task<string> OperatorToken()
    {
        await _operatorLock.WaitAsync();
        try
        {
            var resident = Services.GetRequiredService<IGrainFactory>().GetGrain<IResidentAccountGrain>(OperatorId);
            if (_operatorPseudo is null)
            {
                var (pseudo, email) = TestSettings.NewIdentity("operator");
                await resident.Create(pseudo, email);
                _operatorPseudo = pseudo;
            }

            var version = await resident.GetTokenVersion() ?? throw new InvalidOperationException("The operator was not created.");
            return Services.GetRequiredService<TokenService>().Issue(new SignedIn(OperatorId, _operatorPseudo, version)).Token;
        }
        finally
        {
            _operatorLock.Release();
        }
    }

    /// <summary>Registers a partner through the API; returns its client id and secret (null for a public client).</summary>
    public async Task<(string ClientId, string? Secret)> RegisterPartner(string name, bool confidential = false, params string[] scopes)
    {
        var r = await GraphQL(
            "mutation($i: RegisterPartnerClientInput!) { registerPartnerClient(input: $i) { client { clientId } clientSecret } }",
            new { i = new { name, redirectUris = new[] { RedirectUri }, postLogoutRedirectUris = new[] { RedirectUri }, scopes = scopes.Length > 0 ? scopes : ["profile", "email", "voisinage:verified", "voisinage:neighbourhood", "offline_access"], confidential } },
            await OperatorToken());
        r.AssertNoErrors();
        var registration = r.Data["registerPartnerClient"]!;
        return (registration["client"]!["clientId"]!.GetValue<string>(), registration["clientSecret"]?.GetValue<string>());
    }

    /// <summary>A partner's authorization request (code + S256 PKCE unless told otherwise).</summary>
    public static Dictionary<string, string?> AuthorizationRequest(string clientId, string scope, string verifier, string? redirectUri = RedirectUri) => new()
    {
        ["client_id"] = clientId,
        ["redirect_uri"] = redirectUri,
        ["response_type"] = "code",
        ["scope"] = scope,
        ["state"] = "state-" + clientId,
        ["nonce"] = "nonce-" + clientId,
        ["code_challenge"] = Challenge(verifier),
        ["code_challenge_method"] = "S256",
    };

    public static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>
    /// The browser's round trip: the partner's GET (sent on to the consent page), then the consent page's form post with
    /// the resident's session cookie and decision (with the header the page's fetch sends). Returns where the browser goes next.
    /// </summary>
    public async Task<Uri> Consent(Dictionary<string, string?> request, string sessionToken, string decision = "accept", bool remember = false, bool email = true)
    {
        using var browser = Browser();
        using var first = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", request));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/partenaires/autoriser?", first.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var form = new Dictionary<string, string?>(request) { ["voisinage_decision"] = decision };
        if (remember)
        {
            form["voisinage_remember"] = "on";
        }

        if (email)
        {
            form["voisinage_email"] = "on";
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, "/connect/authorize") { Content = new FormUrlEncodedContent(form!) };
        post.Headers.Add("Cookie", $"{BrowserSession.CookieName}={sessionToken}");
        post.Headers.Add("Voisinage-Consent", "1");
        using var answer = await browser.SendAsync(post);

        // As the consent page's fetch gets it: the target to navigate to, not a redirect.
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        return new Uri(Assert.Single(answer.Headers.GetValues("Voisinage-Redirect")), UriKind.RelativeOrAbsolute);
    }

    /// <summary>The partner's token request; returns the status and the JSON answer.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> Token(Dictionary<string, string> form)
    {
        using var client = Browser();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static Dictionary<string, string> CodeGrant(string clientId, string code, string verifier) => new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = clientId,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    };

    public async Task<(HttpStatusCode Status, string Body)> UserInfo(string accessToken)
    {
        using var client = Browser();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.GetAsync("/connect/userinfo");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static Dictionary<string, string> Query(Uri redirect) =>
        QueryHelpers.ParseQuery(redirect.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
}

[CollectionDefinition(Name)]
public sealed class PartnersCollection : ICollectionFixture<PartnersApi>
{
    public const string Name = "partners";
}
