using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Infrastructure;
using Voisinage.GraphQLTransport;

namespace Voisinage.Tests.Api;

/// <summary>
/// Production's trusted-documents mode: a WebApi whose manifest (graphql-codegen's persisted-documents.json format) holds
/// two documents runs those, by hash or in full, and nothing else.
/// </summary>
[Trait(Category.Name, Category.Api)]
public sealed class TrustedDocumentsTests : IAsyncLifetime
{
    private const string Typename = "query Typename { __typename }";
    private const string Me = "query Me { me { id } }";
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"voisinage-trusted-{Guid.NewGuid():N}.json");
    private ApiFactory? _api;

    private ApiFactory Api => _api ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_manifest, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [RequestLimitTests.Sha256(Typename)] = Typename,
            [RequestLimitTests.Sha256(Me)] = Me,
        }));
        _api = new ApiFactory(new()
        {
            ["Voisinage:GraphQL:TrustedDocuments:Only"] = "true",
            ["Voisinage:GraphQL:TrustedDocuments:Manifests:0"] = _manifest,
        });
        _ = _api.Server;
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        File.Delete(_manifest);
    }

    [Fact]
    public async Task Registered_documents_run_by_hash_or_in_full_and_nothing_else_runs()
    {
        var byHash = await Post(new { extensions = Persisted(Typename) });
        Assert.Equal("Query", byHash["data"]!["__typename"]!.GetValue<string>());

        var inFull = await Post(new { query = Typename });
        Assert.Equal("Query", inFull["data"]!["__typename"]!.GetValue<string>());

        var other = await Post(new { query = "query Other { __typename }" });
        Assert.Equal(GraphQLErrorCodes.DocumentNotTrusted, other["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Not registered, so not registrable by a client either (no automatic persisted queries in this mode).
        const string attempt = "query Attempt { __typename }";
        var register = await Post(new { query = attempt, extensions = Persisted(attempt) });
        Assert.Equal(GraphQLErrorCodes.DocumentNotTrusted, register["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var unknownHash = await Post(new { extensions = Persisted(attempt) });
        Assert.Equal(GraphQLErrorCodes.DocumentNotTrusted, unknownHash["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var trusted = Api.Services.GetRequiredService<TrustedDocuments>();
        Assert.True(trusted.Only);
        Assert.Equal(2, trusted.Count);
    }

    [Fact]
    public async Task A_manifest_entry_whose_key_is_not_its_hash_stops_the_start()
    {
        var wrong = Path.Combine(Path.GetTempPath(), $"voisinage-wrong-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(wrong, JsonSerializer.Serialize(new Dictionary<string, string> { [new string('0', 64)] = Typename }));
        try
        {
            await using var api = new ApiFactory(new() { ["Voisinage:GraphQL:TrustedDocuments:Manifests:0"] = wrong });
            var error = Assert.ThrowsAny<Exception>(() => api.Server);
            Assert.Contains("is not the SHA-256 of its document", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(wrong);
        }
    }

    private static object Persisted(string query) => new { persistedQuery = new { version = 1, sha256Hash = RequestLimitTests.Sha256(query) } };

    private async Task<JsonObject> Post(object payload)
    {
        using var client = Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
