using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Voisinage.GraphQLTransport;
using Voisinage.GraphQLTransport.FastExecution;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL;

namespace Voisinage.Tests.Api;

/// <summary>
/// The fast execution path answers exactly what GraphQL.NET answers: the same documents over the real schema and data
/// (feed, listings, me, notifications, organisations, neighbourhoods; aliases, fragments, @skip/@include, variables and
/// defaults, errors with paths and codes, null propagation), executed by both, give the same JSON byte for byte. Each
/// document runs through GraphQL.NET first (which validates it, as in production), then through the fast path.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class FastExecutionDifferentialTests(ClusterApi f) : IAsyncLifetime
{
    private const string FeedQuery = "query($n: ID!) { feed(neighbourhoodId: $n, first: 20) { edges { cursor node { id type title snippet createdAt listingKind status } } pageInfo { hasNextPage endCursor } } }";

    private Member _founder = null!;
    private string _neighbourhood = null!;
    private ClaimsPrincipal _founderUser = null!;

    public async Task InitializeAsync()
    {
        var place = ClusterApi.NewPlace();
        (_founder, _neighbourhood) = await f.Found(place);
        var neighbour = await f.Join(_neighbourhood, place);
        for (var i = 0; i < 3; i++)
        {
            (await f.GraphQL("mutation($t: String!) { createPost(text: $t) { id } }", new { t = $"Message {i} : « bonjour » \u00e9\u00e8 \\ \" <b>" }, i % 2 == 0 ? _founder : neighbour)).AssertNoErrors();
        }

        await f.CreateListing(neighbour, new { kind = "HELP_REQUEST", title = "Porter un canapé", description = "Au 3e étage" });
        await f.CreateListing(_founder, new { kind = "HELP_REQUEST", title = "Arroser les plantes", description = "Pendant une semaine d'absence" });
        _founderUser = await Principal(_founder.Token);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>
        {
            { FeedQuery, """{"n":"$N"}""" },
            {
                """
                query Feed($n: ID!, $withAuthor: Boolean!, $skipPage: Boolean = false) {
                  timeline: feed(neighbourhoodId: $n, first: 4) {
                    edges { c: cursor node { ...Item kind: type ... on FeedItem @include(if: $withAuthor) { author { id pseudo __typename } } } }
                    pageInfo @skip(if: $skipPage) { hasNextPage hasPreviousPage startCursor endCursor }
                    totalCount
                    __typename
                  }
                  again: feed(neighbourhoodId: $n, first: 2) { items { id hidden neighbourhoodId post { id text createdAt author { pseudo } } listing { id title status kind } } }
                }
                fragment Item on FeedItem { id title snippet createdAt listingKind status }
                """,
                """{"n":"$N","withAuthor":true}"""
            },
            { "query($n: ID!, $first: Int = 3) { feed(neighbourhoodId: $n, first: $first) { edges { node { id title } } } }", """{"n":"$N"}""" },
            { "query($n: ID!, $first: Int = 3) { feed(neighbourhoodId: $n, first: $first) { edges { node { id title } } } }", """{"n":"$N","first":1}""" },
            { "query($n: ID!, $first: Int) { feed(neighbourhoodId: $n, first: $first) { edges { node { id } } } }", """{"n":"$N","first":"beaucoup"}""" },
            { "query($n: ID!) { feed(neighbourhoodId: $n) { edges { node { id } } } feed(neighbourhoodId: $n) { edges { cursor node { title } } pageInfo { endCursor } } }", """{"n":"$N"}""" },
            { "{ me { id pseudo homeCell email createdAt thanksReceived neighbourhood { id name memberCount cells leads { id pseudo } } } }", "{}" },
            { "{ notifications(first: 5) { edges { cursor node { id kind text read at url listingId } } pageInfo { hasNextPage } } }", "{}" },
            { "{ organisations(first: 5) { id identifier description } appConfig { demo tileUrl vapidPublicKey } }", "{}" },
            { "query($lat: Float!, $lng: Float!) { nearbyNeighbourhoods(lat: $lat, lng: $lng, radiusMeters: 300) { id name memberCount } here: neighbourhoodAt(lat: $lat, lng: $lng) { id name } }", """{"lat":$LAT,"lng":$LNG}""" },
            { "query($n: ID!) { listings(neighbourhoodId: $n, kinds: [HELP_REQUEST]) { edges { cursor node { id kind title description status author { pseudo } loan { from until } } } } }", """{"n":"$N"}""" },
            { """{ post(id: "post-inconnu") { id text } appConfig { demo } }""", "{}" },
            { """{ appConfig { demo } neighbourhood(id: "pas-une-cellule") { id name } other: neighbourhoodAt(lat: 0, lng: 0) { id } }""", "{}" },
            { """query($n: ID!) { feed(neighbourhoodId: $n, first: 2) { edges { node { id } } } missing: listing(id: "listing-inconnu") { id } }""", """{"n":"$N"}""" },
            { "query A { appConfig { demo } } query B($n: ID!) { feed(neighbourhoodId: $n, first: 1) { edges { node { id title } } } }", """{"n":"$N"}""" },
            { "{ __schema { queryType { name } } }", "{}" },
        };

        // Seeded variations of the feed document: fields, aliases, fragments and directives drawn at random.
        var random = new Random(17);
        string[] scalars = ["id", "type", "title", "snippet", "createdAt", "listingKind", "status", "hidden", "neighbourhoodId", "__typename"];
        string[] objects = ["author { id pseudo }", "post { id text hidden }", "listing { id title kind status }"];
        for (var i = 0; i < 24; i++)
        {
            var parts = new List<string>();
            var fragments = new List<string>();
            foreach (var field in scalars.Concat(objects).Where(_ => random.Next(3) > 0))
            {
                var text = random.Next(4) == 0 ? $"a{random.Next(100)}_{field.Split(' ')[0].TrimStart('_')}: {field}" : field;
                var name = field.Split(' ')[0];
                switch (random.Next(6))
                {
                    case 0:
                        parts.Add($"... on FeedItem {{ {text} }}");
                        break;
                    case 1:
                        var fragment = $"F{fragments.Count}";
                        fragments.Add($"fragment {fragment} on FeedItem {{ {text} }}");
                        parts.Add($"...{fragment}" + (random.Next(2) == 0 ? " @include(if: $i)" : string.Empty));
                        break;
                    case 2:
                        // The directive goes after the field's name (and alias), before its selection.
                        var at = text.LastIndexOf(name, StringComparison.Ordinal) + name.Length;
                        parts.Add($"{text[..at]} @skip(if: $s){text[at..]}");
                        break;
                    default:
                        parts.Add(text);
                        break;
                }
            }

            // Both variables are always used (an unused one fails validation), and two keys merge from several fields.
            parts.Add("t: __typename @skip(if: $s) t: __typename @include(if: $i) id");

            var query = $"query($n: ID!, $s: Boolean!, $i: Boolean = true) {{ feed(neighbourhoodId: $n, first: {1 + random.Next(6)}) {{ edges {{ cursor node {{ {string.Join(" ", parts)} }} }} pageInfo {{ hasNextPage }} }} }} {string.Join(" ", fragments)}";
            var variables = $$"""{"n":"$N","s":{{(random.Next(2) == 0 ? "true" : "false")}}{{(random.Next(2) == 0 ? ",\"i\":false" : string.Empty)}}}""";
            data.Add(query, variables);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_fast_path_answers_as_GraphQL_NET(string query, string variables)
    {
        variables = variables.Replace("$N", _neighbourhood, StringComparison.Ordinal)
            .Replace("$LAT", _founder.Home.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$LNG", _founder.Home.Lng.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var operation = query.StartsWith("query A", StringComparison.Ordinal) ? "B" : null;
        foreach (var user in new[] { _founderUser, new ClaimsPrincipal(new ClaimsIdentity()) })
        {
            var (reference, referenceFast) = await Run(query, variables, operation, user, fastPath: false);
            var (fast, wasFast) = await Run(query, variables, operation, user, fastPath: true);
            Assert.False(referenceFast);
            Assert.Equal(reference, fast);

            // Introspection and variables that do not coerce go to GraphQL.NET; everything else here runs on the fast path.
            var expectFast = !query.Contains("__schema", StringComparison.Ordinal) && !variables.Contains("beaucoup", StringComparison.Ordinal);
            Assert.True(expectFast == wasFast, $"fast path {(wasFast ? "ran" : "did not run")} for {query}: {fast}");
        }
    }

    [Fact]
    public async Task The_bench_feed_page_is_the_same_and_has_the_posts_and_listings()
    {
        var variables = $$"""{"n":"{{_neighbourhood}}"}""";
        var (reference, _) = await Run(FeedQuery, variables, null, _founderUser, fastPath: false);
        var (fast, wasFast) = await Run(FeedQuery, variables, null, _founderUser, fastPath: true);
        Assert.True(wasFast);
        Assert.Equal(reference, fast);
        using var json = JsonDocument.Parse(fast);
        Assert.Equal(5, json.RootElement.GetProperty("data").GetProperty("feed").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Variables_the_fast_path_does_not_take_on_a_validated_document_get_GraphQL_NET_answers()
    {
        const string Query = "query($n: ID!, $first: Int = 3) { feed(neighbourhoodId: $n, first: $first) { edges { node { id } } } }";
        var (_, validatedFast) = await Run(Query, $$"""{"n":"{{_neighbourhood}}","first":2}""", null, _founderUser, fastPath: true);
        Assert.False(validatedFast);
        foreach (var variables in new[] { $$"""{"n":"{{_neighbourhood}}","first":"deux"}""", $$"""{"n":"{{_neighbourhood}}","first":null}""", """{"first":2}""", "null" })
        {
            var (reference, _) = await Run(Query, variables, null, _founderUser, fastPath: false);
            var (answer, wasFast) = await Run(Query, variables, null, _founderUser, fastPath: true);
            Assert.False(wasFast, variables);
            Assert.Equal(reference, answer);
        }

        var (_, nowFast) = await Run(Query, $$"""{"n":"{{_neighbourhood}}"}""", null, _founderUser, fastPath: true);
        Assert.True(nowFast);
    }

    [Fact]
    public async Task A_cancelled_request_stops_on_the_fast_path_as_on_GraphQL_NET()
    {
        var variables = $$"""{"n":"{{_neighbourhood}}"}""";
        await Run(FeedQuery, variables, null, _founderUser, fastPath: false);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(FeedQuery, variables, null, _founderUser, fastPath: true, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(FeedQuery, variables, null, _founderUser, fastPath: false, cancelled.Token));
    }

    [Fact]
    public void Plans_cover_queries_and_refuse_what_the_fast_path_does_not_run()
    {
        var schema = f.Api.Services.GetRequiredService<VoisinageSchema>();
        ExecutionPlan Plan(string query, string? operation = null) =>
            ExecutionPlan.Build(schema, new GraphQLDocumentBuilder().Build(query), operation);

        Assert.Null(Plan(FeedQuery).Ineligible);
        Assert.Contains("only queries", Plan("mutation { createPost(text: \"x\") { id } }").Ineligible);
        Assert.Equal("introspection", Plan("{ __type(name: \"Query\") { name } }").Ineligible);
        Assert.Contains("not of a scalar or enum type", Plan("query($k: [ListingKind!]) { appConfig { demo } }").Ineligible);
        Assert.Contains("no single operation", Plan("query A { appConfig { demo } } query B { appConfig { demo } }").Ineligible);
        Assert.Null(Plan("query A { appConfig { demo } } query B { appConfig { demo } }", "B").Ineligible);
    }

    [Fact]
    public void The_feed_page_writes_its_item_fields_and_cursors_straight_from_the_grain_answer()
    {
        var schema = f.Api.Services.GetRequiredService<VoisinageSchema>();
        var plan = ExecutionPlan.Build(schema, new GraphQLDocumentBuilder().Build(FeedQuery), null);
        static PlannedField Field(PlannedSelection selection, string name) => selection.Fields.Single(p => p.ResponseName == name);
        var feed = Field(plan.Variant(ulong.MaxValue)!, "feed").Selection!;
        var edges = Field(feed, "edges").Selection!;
        Assert.NotNull(Field(edges, "cursor").Leaf);
        Assert.NotNull(Field(edges, "node").Member);
        var node = Field(edges, "node").Selection!;
        Assert.All(node.Fields, p => Assert.True(p.Leaf is not null, $"{p.ResponseName} has no direct leaf"));
        Assert.All(Field(feed, "pageInfo").Selection!.Fields, p => Assert.NotNull(p.Leaf));
    }

    private async Task<(string Json, bool Fast)> Run(string query, string variables, string? operation, ClaimsPrincipal user, bool fastPath, CancellationToken cancellationToken = default)
    {
        using var scope = f.Api.Services.CreateScope();
        var services = scope.ServiceProvider;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var body = $$"""{"query":{{JsonSerializer.Serialize(query)}},"variables":{{variables}},"operationName":{{JsonSerializer.Serialize(operation)}}}""";
        using var json = JsonDocument.Parse(Encoding.UTF8.GetBytes(body));
        var request = GraphQLRequestReader.FromJsonObject(json.RootElement, serializer);
        var prepared = GraphQLExecution.Prepare<VoisinageSchema>(services, request);
        Assert.True(prepared.Document is not null, serializer.Serialize(prepared.Refusal));
        var http = new DefaultHttpContext { RequestServices = services, User = user };
        var fast = services.GetRequiredService<FastExecution>();
        var before = fast.Executions;
        var result = await GraphQLExecution.ExecuteAsync<VoisinageSchema>(http, services, user, request, prepared.Document!, cancellationToken, fastPath);
        return (serializer.Serialize(result), fast.Executions == before + 1);
    }

    private async Task<ClaimsPrincipal> Principal(string token)
    {
        var tokens = f.Api.Services.GetRequiredService<TokenService>();
        var validated = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, tokens.ValidationParameters());
        Assert.True(validated.IsValid, validated.Exception?.Message);
        return new ClaimsPrincipal(validated.ClaimsIdentity);
    }
}
