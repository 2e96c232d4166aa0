using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Web;

/// <summary>The built app at <c>/</c>: files, the shell for client routes, never for server or asset paths, and caching.</summary>
[Collection(WebAppCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class WebAppHostingTests(WebAppServer server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/quartier/n-123")]
    [InlineData("/alertes")]
    [InlineData("/annonces/nouvelle/pret")]
    public async Task The_root_and_client_routes_get_the_app_shell_revalidated_on_each_use(string path)
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WebAppServer.IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/assets/index-3f2a9c.js", "public, max-age=31536000, immutable")]
    [InlineData("/sw.js", "no-cache")]
    [InlineData("/manifest.webmanifest", "no-cache")]
    [InlineData("/icons/icon.svg", "no-cache")]
    public async Task Hashed_assets_are_cached_for_a_year_and_the_rest_revalidated(string path, string cacheControl)
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/assets/missing-0000.js")]
    [InlineData("/assets/missing")]
    [InlineData("/missing.png")]
    [InlineData("/hubs/nothing")]
    [InlineData("/health/nothing")]
    [InlineData("/dashboard/anything")]
    [InlineData("/graphiql/nothing")]
    [InlineData("/metrics/x")]
    public async Task Server_paths_and_missing_files_never_get_the_shell(string path)
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.NotEqual(WebAppServer.IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GraphQL_keeps_answering_JSON_clients_at_graphql()
    {
        using var client = server.CreateClient();

        using var get = await client.GetAsync("/graphql?query=%7B__typename%7D");
        using var post = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));

        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await get.Content.ReadAsStringAsync());
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_GraphiQL_and_its_bundled_script()
    {
        using var client = server.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(page);
        using var script = await client.GetAsync("/graphiql/graphiql.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"/graphiql/graphiql.js\"></script>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_browser_sending_a_query_in_the_URL_gets_the_API_not_GraphiQL()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));

        using var response = await client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AppConfig_gives_the_tile_server_and_no_demo_to_anyone()
    {
        var response = await server.GraphQL("{ appConfig { tileUrl tileAttribution demo demoAccounts { pseudo } } }");

        response.AssertNoErrors();
        var config = response.Data["appConfig"]!;
        Assert.Equal(WebAppServer.TileUrl, config["tileUrl"]!.GetValue<string>());
        Assert.Contains("OpenStreetMap", config["tileAttribution"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(config["demo"]!.GetValue<bool>());
        Assert.Empty(config["demoAccounts"]!.AsArray());
    }
}
