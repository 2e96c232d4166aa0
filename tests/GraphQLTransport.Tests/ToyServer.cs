using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>The transport on an in-memory server with <see cref="ToySchema"/>, wired as an application would wire it.</summary>
public sealed class ToyServer : IAsyncDisposable
{
    public const string ResponseMediaType = "application/graphql-response+json";

    private readonly WebApplication _app;

    private ToyServer(WebApplication app)
    {
        _app = app;
        Server = app.GetTestServer();
    }

    public TestServer Server { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; <paramref name="settings"/> are under the transport's section <c>GraphQL</c> (e.g. <c>Limits:MaxDepth</c>).</summary>
    public static async Task<ToyServer> Start(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection((settings ?? new Dictionary<string, string?>()).ToDictionary(s => "GraphQL:" + s.Key, s => s.Value));
        builder.Services.AddGraphQL(b => b.AddSchema<ToySchema>().AddSystemTextJson());
        builder.Services.AddGraphQLTransport(builder.Configuration.GetSection("GraphQL"));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQLWebSockets<ToySchema>("/graphql");
        app.MapGraphQLHttp<ToySchema>("/graphql");
        await app.StartAsync();
        return new ToyServer(app);
    }

    /// <summary>POSTs a JSON body (any object, serialized) and returns the status and the parsed answer.</summary>
    public Task<(int Status, JsonObject Body)> Post(object body, string accept = ResponseMediaType) =>
        Send(HttpMethod.Post, "/graphql", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), accept);

    /// <summary>POSTs raw bytes as application/json.</summary>
    public Task<(int Status, JsonObject Body)> PostBytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Send(HttpMethod.Post, "/graphql", content, ResponseMediaType);
    }

    public Task<(int Status, JsonObject Body)> Get(string query) =>
        Send(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query), null, ResponseMediaType);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<(int Status, JsonObject Body)> Send(HttpMethod method, string path, HttpContent? content, string accept)
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}

internal static class Answers
{
    public static string? Code(this JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
