using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Alerts;
using Voisinage.WebApi.Auth;

namespace Voisinage.Tests.Web;

/// <summary>The web app's cookie session through the real WebApi: set on sign-in, accepted like the token, never cross-site.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class BrowserSessionTests(EmbeddedApi api)
{
    private const string SameOrigin = "http://localhost";
    private const string OtherSite = "https://evil.example";
    private const string Me = "{ me { id homeCell } }";

    [Fact]
    public async Task Register_sets_an_HttpOnly_SameSite_Strict_cookie_holding_the_returned_token_until_it_expires()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        using var response = await Post(
            "mutation($i: RegisterInput!) { register(input: $i) { token expiresAt } }",
            new { i = new { pseudo, email, password = "a long password" } });
        var body = await Body(response);

        var cookie = SessionCookie(response);
        Assert.Equal(body["data"]!["register"]!["token"]!.GetValue<string>(), cookie.Value.ToString());
        Assert.True(cookie.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, cookie.SameSite);
        Assert.Equal("/", cookie.Path.ToString());
        Assert.False(cookie.Secure); // plain http to localhost: a browser would drop a Secure cookie
        Assert.Equal(body["data"]!["register"]!["expiresAt"]!.GetValue<DateTimeOffset>().ToUnixTimeSeconds(), cookie.Expires!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Login_sets_the_cookie_and_the_cookie_alone_authenticates_GraphQL_over_HTTP()
    {
        var (_, id, pseudo, _) = await api.Register();
        using var login = await Post(
            "mutation($i: LoginInput!) { login(input: $i) { token } }", new { i = new { login = pseudo, password = "a long password" } });
        var cookie = SessionCookie(login).Value.ToString();

        using var me = await Post(Me, cookie: cookie);
        var body = await Body(me);

        Assert.Null(body["errors"]);
        Assert.Equal(id, body["data"]!["me"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_from_another_origin_is_not_authenticated_by_the_cookie()
    {
        var cookie = await SignedInCookie();

        using var sameOrigin = await Post(Me, cookie: cookie, origin: SameOrigin);
        using var crossSite = await Post(Me, cookie: cookie, origin: OtherSite);
        using var opaque = await Post(Me, cookie: cookie, origin: "null");

        Assert.Null((await Body(sameOrigin))["errors"]);
        Assert.Equal("UNAUTHENTICATED", Code(await Body(crossSite)));
        Assert.Equal("UNAUTHENTICATED", Code(await Body(opaque)));
    }

    [Fact]
    public async Task Cookie_authenticated_form_posts_and_mutations_over_GET_are_refused_and_change_nothing()
    {
        var cookie = await SignedInCookie();
        const string setHome = "mutation { setHome(lat: 48.4556, lng: -2.0503) { id } }";
        using var client = Client();

        using var form = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new FormUrlEncodedContent([new("query", setHome)]) };
        form.Headers.Add(HeaderNames.Cookie, $"{BrowserSession.CookieName}={cookie}");
        using var formResponse = await client.SendAsync(form);

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(setHome));
        get.Headers.Add(HeaderNames.Cookie, $"{BrowserSession.CookieName}={cookie}");
        using var getResponse = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, formResponse.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getResponse.StatusCode);
        using var me = await Post(Me, cookie: cookie);
        Assert.Null((await Body(me))["data"]!["me"]!["homeCell"]);
    }

    [Fact]
    public async Task Logout_expires_the_cookie_with_the_same_name_path_and_flags()
    {
        var cookie = await SignedInCookie();

        using var response = await Post("mutation { logout }", cookie: cookie);

        Assert.True((await Body(response))["data"]!["logout"]!.GetValue<bool>());
        var cleared = SessionCookie(response);
        Assert.Equal(string.Empty, cleared.Value.ToString());
        Assert.True(cleared.Expires < DateTimeOffset.UtcNow);
        Assert.True(cleared.HttpOnly);
        Assert.Equal("/", cleared.Path.ToString());
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, cleared.SameSite);
    }

    [Fact]
    public async Task The_cookie_authenticates_a_same_origin_WebSocket_with_no_token_in_connection_init_and_not_a_cross_site_one()
    {
        var (token, id, _, _) = await api.Register();

        await using var sameOrigin = await GraphQLWsClient.Connect(api, token: null, upgrade: r =>
        {
            r.Headers.Cookie = $"{BrowserSession.CookieName}={token}";
            r.Headers.Origin = SameOrigin;
        });
        await sameOrigin.Subscribe("1", "{ me { id } }");
        Assert.Equal(id, (await sameOrigin.Next("1"))["me"]!["id"]!.GetValue<string>());

        await using var hijack = await GraphQLWsClient.Connect(api, token: null, upgrade: r =>
        {
            r.Headers.Cookie = $"{BrowserSession.CookieName}={token}";
            r.Headers.Origin = OtherSite;
        });
        await hijack.Subscribe("1", "{ me { id } }");
        var answer = await hijack.Receive();
        Assert.True(answer?["payload"]?.ToJsonString().Contains("UNAUTHENTICATED", StringComparison.Ordinal), answer?.ToJsonString());
    }

    [Fact]
    public async Task The_cookie_authenticates_the_SignalR_hub()
    {
        var cookie = await SignedInCookie();
        using var client = Client();

        using var withCookie = new HttpRequestMessage(HttpMethod.Post, AlertsHub.Path + "/negotiate?negotiateVersion=1");
        withCookie.Headers.Add(HeaderNames.Cookie, $"{BrowserSession.CookieName}={cookie}");
        withCookie.Headers.Add(HeaderNames.Origin, SameOrigin);
        using var accepted = await client.SendAsync(withCookie);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, AlertsHub.Path + "/negotiate?negotiateVersion=1");
        crossSite.Headers.Add(HeaderNames.Cookie, $"{BrowserSession.CookieName}={cookie}");
        crossSite.Headers.Add(HeaderNames.Origin, OtherSite);
        using var refused = await client.SendAsync(crossSite);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("http", "localhost", false)]
    [InlineData("http", "127.0.0.1:5080", false)]
    [InlineData("http", "[::1]:5080", false)]
    [InlineData("http", "voisinage.example", true)]
    [InlineData("https", "localhost", true)]
    public void The_cookie_is_Secure_except_over_plain_http_to_the_loopback_host(string scheme, string host, bool secure)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);

        BrowserSession.Open(context, "t", DateTimeOffset.UnixEpoch.AddDays(1));

        var cookie = SetCookieHeaderValue.Parse(context.Response.Headers.SetCookie.ToString());
        Assert.Equal(secure, cookie.Secure);
    }

    private HttpClient Client() => api.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<string> SignedInCookie()
    {
        var (token, _, _, _) = await api.Register();
        return token;
    }

    private async Task<HttpResponseMessage> Post(string query, object? variables = null, string? cookie = null, string? origin = null)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (cookie is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, $"{BrowserSession.CookieName}={cookie}");
        }

        if (origin is not null)
        {
            request.Headers.Add(HeaderNames.Origin, origin);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonObject> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static SetCookieHeaderValue SessionCookie(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues(HeaderNames.SetCookie, out var values), "no Set-Cookie");
        return SetCookieHeaderValue.ParseList(values.ToList()).Single(c => c.Name == BrowserSession.CookieName);
    }
}
