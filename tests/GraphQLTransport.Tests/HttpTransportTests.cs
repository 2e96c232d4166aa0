using System.Security.Cryptography;
using System.Text;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>GraphQL over HTTP on a schema that knows nothing of the product: statuses, limits, caches, budgets.</summary>
public sealed class HttpTransportTests
{
    [Fact]
    public async Task A_query_answers_over_POST_and_GET_and_a_mutation_only_over_POST()
    {
        await using var server = await ToyServer.Start();

        var post = await server.Post(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = "Soizic" } });
        Assert.Equal(200, post.Status);
        Assert.Equal("Bonjour Soizic", post.Body["data"]!["hello"]!.GetValue<string>());

        var get = await server.Get("{ numbers(first: 2) }");
        Assert.Equal(200, get.Status);
        Assert.Equal("[1,2]", get.Body["data"]!["numbers"]!.ToJsonString());

        var mutationOverGet = await server.Get("mutation { echo(text: \"x\") }");
        Assert.Equal(405, mutationOverGet.Status);
        var mutation = await server.Post(new { query = "mutation { echo(text: \"x\") }" });
        Assert.Equal("x", mutation.Body["data"]!["echo"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_with_graphql_response_json_and_200_with_legacy_json()
    {
        await using var server = await ToyServer.Start();

        var modern = await server.Post(new { query = "{ hello " });
        Assert.Equal(400, modern.Status);
        Assert.Null(modern.Body["data"]);
        Assert.NotNull(modern.Body["errors"]);

        var legacy = await server.Post(new { query = "{ hello " }, accept: "application/json");
        Assert.Equal(200, legacy.Status);
        Assert.NotNull(legacy.Body["errors"]);
    }

    [Fact]
    public async Task Bad_UTF8_in_the_body_is_a_clear_400()
    {
        await using var server = await ToyServer.Start();
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ hello }\",\"operationName\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var answer = await server.PostBytes(body);

        Assert.Equal(400, answer.Status);
        Assert.Equal(GraphQLErrorCodes.BadUserInput, answer.Body.Code());
    }

    [Fact]
    public async Task Documents_past_the_limits_are_refused_with_their_own_code_and_the_next_request_runs()
    {
        await using var server = await ToyServer.Start(new Dictionary<string, string?>
        {
            ["Limits:MaxDepth"] = "2",
            ["Limits:MaxAliases"] = "3",
            ["Limits:MaxDocumentBytes"] = "2000",
        });

        Assert.Equal(GraphQLErrorCodes.QueryTooDeep, (await server.Post(new { query = "{ a: __schema { types { fields { name } } } }" })).Body.Code());
        Assert.Equal(GraphQLErrorCodes.TooManyAliases, (await server.Post(new { query = "{ a: hello b: hello c: hello d: hello }" })).Body.Code());
        Assert.Equal(GraphQLErrorCodes.QueryTooLarge, (await server.Post(new { query = "{ hello " + new string(' ', 3000) + "}" })).Body.Code());

        var next = await server.Post(new { query = "{ hello }" });
        Assert.Equal(200, next.Status);
        Assert.Null(next.Body["errors"]);
    }

    [Fact]
    public async Task An_automatic_persisted_query_runs_by_its_hash_once_sent_and_a_wrong_hash_is_refused()
    {
        await using var server = await ToyServer.Start();
        const string Query = "{ hello(name: \"APQ\") }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));
        var byHash = new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

        Assert.Equal(GraphQLErrorCodes.PersistedQueryNotFound, (await server.Post(byHash)).Body.Code());
        var registered = await server.Post(new { query = Query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        Assert.Equal("Bonjour APQ", registered.Body["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("Bonjour APQ", (await server.Post(byHash)).Body["data"]!["hello"]!.GetValue<string>());

        var wrong = await server.Post(new { query = "{ hello }", extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        Assert.Equal(GraphQLErrorCodes.PersistedQueryMismatch, wrong.Body.Code());
    }

    [Fact]
    public async Task In_trusted_documents_mode_only_the_registered_documents_run()
    {
        const string Registered = "{ hello(name: \"confiance\") }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Registered)));
        var manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, $"{{ \"{hash}\": {System.Text.Json.JsonSerializer.Serialize(Registered)} }}");
        try
        {
            await using var server = await ToyServer.Start(new Dictionary<string, string?>
            {
                ["TrustedDocuments:Only"] = "true",
                ["TrustedDocuments:Manifests:0"] = manifest,
            });

            Assert.Equal(GraphQLErrorCodes.DocumentNotTrusted, (await server.Post(new { query = "{ hello }" })).Body.Code());
            var byHash = await server.Post(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
            Assert.Equal("Bonjour confiance", byHash.Body["data"]!["hello"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    [Fact]
    public async Task A_request_past_its_time_budget_ends_with_TIMEOUT_and_504()
    {
        await using var server = await ToyServer.Start(new Dictionary<string, string?> { ["Limits:RequestTimeout"] = "00:00:00.200" });

        var answer = await server.Post(new { query = "{ slow }" });

        Assert.Equal(504, answer.Status);
        Assert.Equal(GraphQLErrorCodes.Timeout, answer.Body.Code());
        Assert.Equal(200, (await server.Post(new { query = "{ hello }" })).Status);
    }
}
