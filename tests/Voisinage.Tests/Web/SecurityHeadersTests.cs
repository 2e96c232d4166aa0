using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Voisinage.WebApi.Web;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Web;

/// <summary>Every response carries the security headers; the app's policy allows no inline script and only the tile server beside this origin.</summary>
[Collection(WebAppCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class SecurityHeadersTests(WebAppServer server)
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/assets/index-3f2a9c.js")]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/missing.png")]
    [InlineData("POST", "/graphql")]
    public async Task Every_response_carries_the_security_headers(string method, string path)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        var csp = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'self' data: blob: https://*.tile.example.org", csp["img-src"]);
        Assert.Equal("'self' ws://localhost", csp["connect-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.Equal("'self'", csp["worker-src"]);
        Assert.Equal("'self'", csp["manifest-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("geolocation=(self)", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("microphone=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("publickey-credentials-get=(self)", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain http (and Development)
    }

    [Fact]
    public void The_dashboard_alone_may_run_its_own_inline_script_and_only_from_this_origin()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("voisinage.example");
        context.Request.Path = "/dashboard/";

        var csp = Directives(SecurityHeaders.ContentSecurityPolicy(context.Request, "img-src 'self'"));

        Assert.Equal("'self' 'unsafe-inline'", csp["script-src"]);
        Assert.Equal("'self' wss://voisinage.example", csp["connect-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.fr")]
    [InlineData("http://127.0.0.1:8088/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:8088")]
    [InlineData("", null)]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("javascript://x/{z}", null)]
    [InlineData("https://a.example; script-src *", null)]
    public void The_tile_servers_origin_and_nothing_else_joins_img_src(string tileUrl, string? origin) =>
        Assert.Equal(origin, new WebAppOptions { TileUrl = tileUrl }.TileOrigin());

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"no {name} header");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);
}
