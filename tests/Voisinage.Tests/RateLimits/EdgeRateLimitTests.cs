using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.RateLimits;

/// <summary>
/// The front-end's limits per client address and per account (ASP.NET Core's rate limiter and the mutation permits),
/// and a grain quota's refusal as the API shows it: <c>RATE_LIMITED</c>, <c>extensions.retryAfter</c> and the
/// <c>Retry-After</c> header. Each test has its own server, so counts do not leak between tests.
/// </summary>
[Trait(Category.Name, Category.Api)]
public sealed class EdgeRateLimitTests
{
    private static Dictionary<string, string?> Edge(int requestsPerAddress, int writesPerAddress, int writesPerAccount) => new()
    {
        ["Voisinage:RateLimits:Edge:Window"] = "01:00:00",
        ["Voisinage:RateLimits:Edge:RequestsPerAddress"] = requestsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Voisinage:RateLimits:Edge:WritesPerAddress"] = writesPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Voisinage:RateLimits:Edge:WritesPerAccount"] = writesPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Anonymous_reads_past_the_address_limit_get_429_with_retry_after_and_health_still_answers()
    {
        await using var api = new ApiFactory(Edge(requestsPerAddress: 5, writesPerAddress: 0, writesPerAccount: 0));
        for (var i = 0; i < 5; i++)
        {
            (await Send(api, "{ __typename }")).Response.AssertNoErrors();
        }

        var (refused, retryAfter) = await Send(api, "{ __typename }");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        refused.AssertError("RATE_LIMITED");
        var seconds = refused.Errors![0]!["extensions"]!["retryAfter"]!.GetValue<int>();
        Assert.InRange(seconds, 1, 3600);
        Assert.Equal(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), retryAfter);

        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Writes_past_the_address_or_account_limit_are_refused_before_they_run()
    {
        await using var api = new ApiFactory(Edge(requestsPerAddress: 0, writesPerAddress: 4, writesPerAccount: 2));
        var (token, _, _, _) = await api.Register();

        // The account's limit: two writes, then refused, whatever the address has left.
        const string setHome = "mutation { setHome(lat: 48.8566, lng: 2.3522) { id } }";
        (await Send(api, setHome, token)).Response.AssertNoErrors();
        (await Send(api, setHome, token)).Response.AssertNoErrors();
        var (refused, retryAfter) = await Send(api, setHome, token);
        refused.AssertError("RATE_LIMITED");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(retryAfter);
        Assert.Null(refused.Body["data"]);

        // The address had 4: the registration and the two homes took 3. A request of two writes does not fit and
        // runs neither: refused as a whole before any resolver (anonymous, each would otherwise be UNAUTHENTICATED;
        // two registrations would meet the one-password-check-per-request limit first), and a read still works.
        var two = await Send(api, """
            mutation {
              a: setHome(lat: 48.8566, lng: 2.3522) { id }
              b: setHome(lat: 48.8566, lng: 2.3522) { id }
            }
            """);
        two.Response.AssertError("RATE_LIMITED");
        (await Send(api, "{ me { id } }", token)).Response.AssertNoErrors();
    }

    [Fact]
    public async Task Mutation_fields_inside_fragments_count_as_writes()
    {
        await using var api = new ApiFactory(Edge(requestsPerAddress: 0, writesPerAddress: 2, writesPerAccount: 0));
        const string write = "setHome(lat: 48.85, lng: 2.35) { id }";
        var three = await Send(api, $$"""
            mutation { ...Writes }
            fragment Writes on Mutation { a: {{write}} ... on Mutation { b: {{write}} c: {{write}} } }
            """);
        three.Response.AssertError("RATE_LIMITED");
        Assert.Contains("has 3", three.Response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // Two fit: they run (and, anonymous, are refused by the resolver), then the address has nothing left for a third.
        var two = await Send(api, $$"""mutation { a: {{write}} b: {{write}} }""");
        Assert.Equal("UNAUTHENTICATED", two.Response.FirstErrorCode);
        (await Send(api, $$"""mutation { {{write}} }""")).Response.AssertError("RATE_LIMITED");
    }

    [Fact]
    public async Task A_grain_quota_refusal_carries_retry_after_over_http()
    {
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Voisinage:RateLimits:Resident:Postcard:Limit"] = "1",
            ["Voisinage:Jwt:Lifetime"] = "100.00:00:00",
        });
        var (token, _, _, _) = await api.Register();
        (await Send(api, "mutation { setHome(lat: 48.8566, lng: 2.3522) { id } }", token)).Response.AssertNoErrors();
        const string request = """mutation { requestPostcard(postalAddress: "8 rue de Turenne, 75004 Paris") { codeExpiresAt } }""";
        (await Send(api, request, token)).Response.AssertNoErrors();

        // The code lapses after 30 days; the postcard it cost still counts for 90.
        api.Clock.Advance(TimeSpan.FromDays(31));
        var (refused, retryAfter) = await Send(api, request, token);
        refused.AssertError("RATE_LIMITED");
        var expected = (int)TimeSpan.FromDays(59).TotalSeconds;
        Assert.Equal(expected, refused.Errors![0]!["extensions"]!["retryAfter"]!.GetValue<int>());
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), retryAfter);
    }

    private static async Task<(GraphQLResponse Response, string? RetryAfter)> Send(ApiFactory api, string query, string? token = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null;
        return (new GraphQLResponse(response.StatusCode, body), retryAfter);
    }
}
