using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Infrastructure;
using Voisinage.GraphQLTransport;

namespace Voisinage.Tests.Api;

/// <summary>
/// One regression test per abuse class of issue 17: the request is refused with its own code well before GraphQL.NET
/// validates it (or finishes within its budget), and the server then answers an ordinary request normally.
/// The time bounds are generous (the unguarded server took seconds to minutes on these) because the test machine is shared.
/// </summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class RequestLimitTests(EmbeddedApi api)
{
    /// <summary>Far above the few milliseconds a refusal takes, far below what any of these classes cost unguarded.</summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(1);

    public static string Repeat(int count, Func<int, string> item, string separator = " ") =>
        string.Join(separator, Enumerable.Range(0, count).Select(item));

    [Fact]
    public async Task A_document_over_the_byte_limit_is_refused_before_parsing()
    {
        await AssertRefused("{ " + new string(' ', 40_000) + "__typename }", GraphQLErrorCodes.QueryTooLarge);
    }

    [Fact]
    public async Task A_document_over_the_token_limit_is_refused_before_parsing()
    {
        await AssertRefused("{ " + Repeat(3_500, _ => "__typename") + " }", GraphQLErrorCodes.QueryTooLarge);
    }

    [Fact]
    public async Task Nested_fragment_spreads_are_counted_once_per_fragment_and_refused()
    {
        // Each level spreads the next twice: 2^30 fields once expanded, from a document of 1.5 KB.
        var fragments = Repeat(30, i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}") + " fragment F30 on Query { __typename }";
        await AssertRefused("{ ...F0 } " + fragments, GraphQLErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task A_fragment_cycle_is_refused_without_looping()
    {
        await AssertRefused("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", GraphQLErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Deep_nesting_is_refused()
    {
        var nested = "{ __schema { types { fields { type " + Repeat(20, _ => "{ ofType", " ") + " { name }" + new string('}', 20) + " } } } }";
        await AssertRefused(nested, GraphQLErrorCodes.QueryTooDeep);
    }

    [Fact]
    public async Task Many_fields_under_one_response_name_with_conflicting_arguments_are_refused()
    {
        // The probe: 500 to 5,000 same-named fields with conflicting arguments (2.8 s to 5.4 GB in validation).
        await AssertRefused("{ " + Repeat(5_000, i => $"a: neighbourhoodAt(lat: {i}, lng: 0) {{ id }}") + " }", GraphQLErrorCodes.QueryTooLarge);

        // Within the byte, token and alias limits, through inline fragments and a fragment: refused by the per-name bound.
        var spreads = "{ __type(name: \"Query\") { ...N " + Repeat(10, i => $"... on __Type {{ fields(includeDeprecated: {(i % 2 == 0 ? "true" : "false")}) {{ name }} }}") + " } }"
            + " fragment N on __Type { fields { name } }";
        await AssertRefused(spreads, GraphQLErrorCodes.QueryTooComplex);
    }

    [Fact]
    public async Task The_worst_accepted_same_name_document_validates_fast()
    {
        // At the limits: 10 same-named root fields with conflicting arguments, their children merged 10 by name: what
        // OverlappingFieldsCanBeMerged compares pairwise. It must be refused by validation, quickly.
        var children = "{ id name }";
        var query = "{ " + Repeat(10, i => $"neighbourhoodAt(lat: {i}, lng: 0) {children}") + " }";
        var (status, body, elapsed) = await Post(new { query });
        Assert.True(elapsed < Fast, $"{elapsed.TotalMilliseconds} ms");
        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertServerAnswers();
    }

    [Fact]
    public async Task Aliases_directives_variables_and_root_fields_have_their_own_limits()
    {
        await AssertRefused("{ " + Repeat(10_000, i => $"a{i}: __typename") + " }", GraphQLErrorCodes.QueryTooLarge);
        await AssertRefused("{ " + Repeat(31, i => $"a{i}: __typename") + " }", GraphQLErrorCodes.TooManyAliases);

        await AssertRefused("{ __typename " + Repeat(25_000, _ => "@include(if: true)") + " }", GraphQLErrorCodes.QueryTooLarge);
        await AssertRefused("{ __typename " + Repeat(21, _ => "@include(if: true)") + " }", GraphQLErrorCodes.TooManyDirectives);

        await AssertRefused("query(" + Repeat(50_000, i => $"$v{i}: Int") + ") { __typename }", GraphQLErrorCodes.QueryTooLarge);
        await AssertRefused("query(" + Repeat(31, i => $"$v{i}: Int") + ") { __typename }", GraphQLErrorCodes.TooManyVariables);

        await AssertRefused("{ " + Repeat(11, i => $"... on Query {{ me{i % 2}: __typename }}") + " __typename }", GraphQLErrorCodes.TooManyRootFields);
    }

    [Fact]
    public async Task Radius_searches_cost_by_their_radius_and_the_largest_accepted_finishes_in_its_budget()
    {
        await AssertRefused("{ " + Repeat(10_000, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id }}") + " }", GraphQLErrorCodes.QueryTooLarge);

        // Ten 3 km searches is what the limits let through: it finishes well within the request budget.
        var query = "{ " + Repeat(10, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id name }}") + " }";
        var (status, body, elapsed) = await Post(new { query });
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task List_sizes_multiply_the_cost_even_when_they_come_from_variables()
    {
        await AssertRefused("{ postcardOutbox(first: 100000) { id postalAddress code } }", GraphQLErrorCodes.QueryTooComplex);

        // The same document is cached after its first (cheap) use; the cost is still checked with each request's variables.
        const string query = "query($n: Int) { postcardOutbox(first: $n) { id postalAddress code } }";
        var (_, cheap, _) = await Post(new { query, variables = new { n = 10 } });
        Assert.Equal("UNAUTHENTICATED", Code(cheap));
        var (_, costly, elapsed) = await Post(new { query, variables = new { n = 100_000 } });
        Assert.Equal(GraphQLErrorCodes.QueryTooComplex, Code(costly));
        Assert.True(elapsed < Fast);
    }

    [Fact]
    public async Task At_most_one_password_check_per_request()
    {
        var login = Repeat(100, i => $"l{i}: login(input: {{ login: \"someone\", password: \"a long password {i}\" }}) {{ token }}");
        await AssertRefused("mutation { " + login + " }", GraphQLErrorCodes.TooManyAliases);

        await AssertRefused(
            "mutation { a: login(input: { login: \"x\", password: \"y\" }) { token } b: login(input: { login: \"x\", password: \"z\" }) { token } }",
            GraphQLErrorCodes.TooManyCredentialChecks);
        await AssertRefused(
            "mutation { login(input: { login: \"x\", password: \"y\" }) { token } deleteMyAccount(password: \"y\") }",
            GraphQLErrorCodes.TooManyCredentialChecks);
        await AssertRefused(
            "mutation { ...L ...L } fragment L on Mutation { login(input: { login: \"x\", password: \"y\" }) { token } }",
            GraphQLErrorCodes.TooManyCredentialChecks);
    }

    [Fact]
    public async Task Invalid_utf8_or_a_lone_surrogate_is_a_400_with_a_graphql_error()
    {
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename X }\"}");
        invalidUtf8[Array.IndexOf(invalidUtf8, (byte)'X')] = 0xFF;
        await AssertBadRequest(await PostRaw(invalidUtf8));

        await AssertBadRequest(await PostRaw(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \\ud800 }\"}")));
        await AssertBadRequest(await PostRaw(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"\\udc00x\"}")));

        using var client = api.CreateClient();
        foreach (var queryString in new[] { "query=%7B__typename%ED%A0%80%7D", "query=%7B__typename%FF%7D", "query=%7B__typename%7D&operationName=%ED%B0%80" })
        {
            using var response = await client.GetAsync($"/graphql?{queryString}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.NotNull(body["errors"]);
        }

        await AssertServerAnswers();
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_websocket_subscribe_closes_with_4400()
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"connection_init\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, ack.Count), StringComparison.Ordinal);

        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename \\ud800 }\"}}"), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var closed = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal(4400, (int)socket.CloseStatus!.Value);
    }

    [Fact]
    public async Task A_limit_refusal_over_the_websocket_is_an_error_message_with_its_code()
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(api.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await SendJson(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveJson(socket))!["type"]!.GetValue<string>());

        var started = Stopwatch.StartNew();
        await SendJson(socket, new { id = "1", type = "subscribe", payload = new { query = "{ " + Repeat(31, i => $"a{i}: __typename") + " }" } });
        var error = await ReceiveJson(socket);
        Assert.True(started.Elapsed < Fast);
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal(GraphQLErrorCodes.TooManyAliases, error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await SendJson(socket, new { id = "2", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal("next", (await ReceiveJson(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_repeated_document_is_parsed_and_validated_once_and_its_variables_are_still_checked()
    {
        var cache = api.Services.GetRequiredService<GraphQLDocumentCache>();
        var (token, _, _, _) = await api.Register();
        var query = $"query Cached{Guid.NewGuid():N}($lat: Float!) {{ neighbourhoodAt(lat: $lat, lng: 4.83) {{ id }} }}";
        var parsesBefore = cache.Parses;
        for (var i = 0; i < 3; i++)
        {
            (await api.GraphQL(query, new { lat = 45.76 }, token)).AssertNoErrors();
        }

        Assert.Equal(1, cache.Parses - parsesBefore);

        // Validation is skipped for the cached document, not variable coercion.
        (await api.GraphQL(query, new { lat = "not a number" }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(query, null, token)).AssertError("BAD_USER_INPUT");
        Assert.Equal(1, cache.Parses - parsesBefore);

        // A document that fails validation is not marked validated: it fails the same way the next time.
        var invalid = $"query Invalid{Guid.NewGuid():N} {{ noSuchField }}";
        (await api.GraphQL(invalid)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(invalid)).AssertError("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Automatic_persisted_queries_register_on_first_full_send()
    {
        var query = $"query Apq{Guid.NewGuid():N} {{ __typename }}";
        var hash = Sha256(query);
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var (_, unknown, _) = await Post(new { extensions = persisted });
        Assert.Equal(GraphQLErrorCodes.PersistedQueryNotFound, Code(unknown));
        Assert.Equal("PersistedQueryNotFound", unknown["errors"]![0]!["message"]!.GetValue<string>());

        var (_, mismatch, _) = await Post(new { query = query + " ", extensions = persisted });
        Assert.Equal(GraphQLErrorCodes.PersistedQueryMismatch, Code(mismatch));

        var (_, badVersion, _) = await Post(new { query, extensions = new { persistedQuery = new { version = 2, sha256Hash = hash } } });
        Assert.Equal(GraphQLErrorCodes.PersistedQueryMismatch, Code(badVersion));

        var (_, registered, _) = await Post(new { query, extensions = persisted });
        Assert.Equal("Query", registered["data"]!["__typename"]!.GetValue<string>());

        var (_, byHash, _) = await Post(new { extensions = persisted });
        Assert.Equal("Query", byHash["data"]!["__typename"]!.GetValue<string>());

        // GET, as Apollo sends persisted queries.
        using var client = api.CreateClient();
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(persisted));
        using var get = await client.GetAsync($"/graphql?extensions={extensions}");
        var body = JsonNode.Parse(await get.Content.ReadAsStringAsync())!;
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_introspection_query_of_graphiql_and_codegen_is_within_every_limit()
    {
        var (status, body, _) = await Post(new { query = IntrospectionQuery });
        Assert.True(body["errors"] is null, body.ToJsonString()[..Math.Min(500, body.ToJsonString().Length)]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(body["data"]!["__schema"]!["types"]!.AsArray());
    }

    /// <summary>graphql-js' getIntrospectionQuery() with descriptions, as GraphiQL and graphql-codegen send it (9 levels of ofType).</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public void The_schema_s_password_checking_fields_are_found_without_a_list()
    {
        var schema = api.Services.GetRequiredService<Voisinage.WebApi.GraphQL.VoisinageSchema>();
        var fields = new SchemaFacts(schema).CredentialFields.ToHashSet();
        Assert.Contains("Mutation.login", fields);
        Assert.Contains("Mutation.deleteMyAccount", fields);
        Assert.Contains("Mutation.register", fields);
        Assert.DoesNotContain("Query.me", fields);
    }

    [Fact]
    public async Task A_request_past_its_time_budget_is_stopped_with_TIMEOUT_and_the_next_one_runs()
    {
        // Deliberately slow password hashing (128 MiB, 3 passes: well over a second) against a 300 ms budget.
        await using var slow = new ApiFactory(new()
        {
            ["Voisinage:GraphQL:Limits:RequestTimeout"] = "00:00:00.300",
            ["Voisinage:PasswordHashing:MemoryKiB"] = "131072",
            ["Voisinage:PasswordHashing:Iterations"] = "3",
        });
        var (pseudo, email) = TestSettings.NewIdentity();
        var started = Stopwatch.StartNew();
        var register = await slow.GraphQL(
            "mutation($i: RegisterInput!) { register(input: $i) { token } }",
            new { i = new { pseudo, email, password = "a long password" } });
        register.AssertError(GraphQLErrorCodes.Timeout);
        Assert.Equal(HttpStatusCode.GatewayTimeout, register.Status);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30));

        var next = await slow.GraphQL("{ __typename }");
        next.AssertNoErrors();
    }

    /// <summary>Every heavy abuse class once, each refused or bounded (also run by <see cref="RequestMemoryTests"/>).</summary>
    internal async Task RunHeavyClasses()
    {
        var bodies = new[]
        {
            "{ ...F0 } " + Repeat(30, i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}") + " fragment F30 on Query { __typename }",
            "{ " + Repeat(5_000, i => $"a: neighbourhoodAt(lat: {i}, lng: 0) {{ id }}") + " }",
            "{ " + Repeat(10_000, i => $"a{i}: __typename") + " }",
            "{ __typename " + Repeat(25_000, _ => "@include(if: true)") + " }",
            "query(" + Repeat(50_000, i => $"$v{i}: Int") + ") { __typename }",
            "{ " + Repeat(10_000, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id }}") + " }",
            "mutation { " + Repeat(100, i => $"l{i}: login(input: {{ login: \"someone\", password: \"a long password {i}\" }}) {{ token }}") + " }",
            "{ " + Repeat(10, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id name }}") + " }",
        };
        foreach (var query in bodies)
        {
            var (status, _, _) = await Post(new { query });
            Assert.NotEqual(HttpStatusCode.InternalServerError, status);
        }

        // Distinct documents that pass: they fill the document cache, which must stay within its bounds.
        for (var i = 0; i < 200; i++)
        {
            await Post(new { query = $"query Fill{i}_{Guid.NewGuid():N} {{ __typename }}" });
        }
    }

    internal static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? Code(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task AssertRefused(string query, string code)
    {
        var (status, body, elapsed) = await Post(new { query });
        Assert.True(code == Code(body), $"expected {code}: {body.ToJsonString()[..Math.Min(500, body.ToJsonString().Length)]}");
        Assert.Null(body["data"]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(elapsed < Fast, $"{code} took {elapsed.TotalMilliseconds} ms");
        await AssertServerAnswers();
    }

    private static async Task AssertBadRequest(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.Equal("BAD_USER_INPUT", Code(body));
        }
    }

    internal async Task AssertServerAnswers()
    {
        var ok = await api.GraphQL("{ __typename }");
        ok.AssertNoErrors();
        Assert.Equal("Query", ok.Data["__typename"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, TimeSpan Elapsed)> Post(object payload)
    {
        var started = Stopwatch.StartNew();
        using var response = await PostRaw(JsonSerializer.SerializeToUtf8Bytes(payload));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, body, started.Elapsed);
    }

    private async Task<HttpResponseMessage> PostRaw(byte[] json)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return await client.SendAsync(request);
    }

    private static Task SendJson(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonNode?> ReceiveJson(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(buffer.AsSpan(0, result.Count));
    }
}
