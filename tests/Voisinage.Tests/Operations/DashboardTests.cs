using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Voisinage.WebApi.Operations;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Operations;

/// <summary>The Orleans dashboard is for operators: the same rule as the postcard and push outboxes.</summary>
[Collection(OperationsCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class DashboardTests(OperationsApi api)
{
    private HttpClient Client() => api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/ClusterStats")]
    public async Task Without_a_token_is_401_with_the_way_in(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("/dashboard/login", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_residents_token_is_403()
    {
        var (token, _, _, _) = await api.Register();
        using var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var page = await client.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        using var login = await client.PostAsync("/dashboard/login", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
    }

    [Fact]
    public async Task An_operators_token_opens_the_dashboard_and_its_data()
    {
        using var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await api.OperatorToken());
        using var page = await client.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var stats = await client.GetAsync("/dashboard/DashboardCounters");
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Contains("totalActiveHostCount", await stats.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var state = await client.GetAsync("/dashboard/GrainState?grainId=x&grainType=y");
        Assert.Equal(HttpStatusCode.Forbidden, state.StatusCode);
    }

    [Fact]
    public async Task A_browser_trades_the_operators_token_for_a_dashboard_cookie()
    {
        using var client = Client();
        using var login = await client.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", await api.OperatorToken())]));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/dashboard/", login.Headers.Location?.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(OperatorDashboard.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var page = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The cookie opens the dashboard only, not the API.
        using var graphql = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ me { id } }\"}", System.Text.Encoding.UTF8, "application/json") };
        graphql.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var me = await client.SendAsync(graphql);
        Assert.Contains("UNAUTHENTICATED", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var badLogin = await client.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", "not-a-token")]));
        Assert.Equal(HttpStatusCode.Unauthorized, badLogin.StatusCode);
    }

    [Fact]
    public async Task Behind_a_tls_terminating_proxy_the_dashboard_cookie_is_secure()
    {
        // As docker-compose and Kubernetes run the front-ends: FORWARDEDHEADERS_ENABLED, the proxy says the client used HTTPS.
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/login")
        {
            Content = new FormUrlEncodedContent([new("token", await api.OperatorToken())]),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var login = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("secure", Assert.Single(login.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);

        // Plain HTTP without a proxy (a developer on localhost): the cookie must still be usable there.
        using var plain = await client.PostAsync("/dashboard/login", new FormUrlEncodedContent([new("token", await api.OperatorToken())]));
        Assert.DoesNotContain("secure", Assert.Single(plain.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }
}
