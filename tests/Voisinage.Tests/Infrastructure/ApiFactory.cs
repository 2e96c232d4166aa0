using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Streams;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// The real WebApi in embedded mode (co-hosted silo, SQLite in a temporary folder, free ports),
/// with a fake clock. Extra settings select other modes (e.g. PostgreSQL).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory(Dictionary<string, string?>? settings, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "voisinage-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>(TestSettings.Values)
        {
            ["Voisinage:DataDirectory"] = DataDirectory,
            ["Voisinage:Cluster:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Voisinage:Cluster:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The feeds' resync runs on real time, not on the fake clock: off, so that what a test sees arrive came
            // through the stream or the channel's push (SiloFailureTests turns it on where it is the recovery path).
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Waits until this front-end listens on a resident's Orleans stream (keyed by their stream key, asked here as the
    /// front-end does). A graphql-ws subscription starts listening once the server has read its subscribe message, and
    /// graphql-transport-ws does not acknowledge it: a test that publishes right after subscribing would race it.
    /// </summary>
    public async Task UntilListening<T>(string streamNamespace, string residentId)
    {
        var client = Services.GetRequiredService<IClusterClient>();
        var key = await client.GetGrain<Voisinage.Grains.Residents.IResidentStreamKeyGrain>(residentId).Key()
            ?? throw new InvalidOperationException($"{residentId} has no account, hence no stream.");
        var stream = client.GetStreamProvider(Voisinage.Grains.StorageNames.Streams).GetStream<T>(StreamId.Create(streamNamespace, key));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await stream.GetAllSubscriptionHandles()).Count == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, LocalClient>();
        });
    }

    /// <summary>Posts a GraphQL request and returns the parsed response body.</summary>
    public async Task<GraphQLResponse> GraphQL(string query, object? variables = null, string? token = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Registers a fresh resident and returns their token and id.</summary>
    public async Task<(string Token, string Id, string Pseudo, string Email)> Register(string password = "a long password")
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var r = await GraphQL(
            "mutation($i: RegisterInput!) { register(input: $i) { token resident { id } } }",
            new { i = new { pseudo, email, password } });
        r.AssertNoErrors();
        return (r.Data["register"]!["token"]!.GetValue<string>(), r.Data["register"]!["resident"]!["id"]!.GetValue<string>(), pseudo, email);
    }
}

/// <summary>
/// The test server's requests have no client address; a real one connecting to the server on its own machine is
/// 127.0.0.1 (what the operations endpoints and the limits per address see). An X-Forwarded-For header then plays a
/// remote client relayed by a local proxy.
/// </summary>
internal sealed class LocalClient : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The embedded WebApi as a collection fixture (xunit wants one parameterless constructor).</summary>
public sealed class EmbeddedApi() : ApiFactory(null);

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonObject Data => Body["data"]?.AsObject() ?? throw new InvalidOperationException($"No data in {Body.ToJsonString()}");

    public JsonArray? Errors => Body["errors"]?.AsArray();

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public void AssertNoErrors() => Assert.True(Errors is null, Body.ToJsonString());

    public void AssertError(string code) => Assert.True(FirstErrorCode == code, $"expected {code}: {Body.ToJsonString()}");
}
