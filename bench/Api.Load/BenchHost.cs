using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Sponsored;
using Voisinage.WebApi.Auth;

namespace Voisinage.Api.Load;

/// <summary>
/// The real WebApi (embedded: co-hosted silo, SQLite) on Kestrel, plus two minimal endpoints under <c>/bench</c> that
/// do what the GraphQL fields do with the same grains and the same JWT authentication, but no GraphQL.
/// The silo reads a fake date (so residents can be verified over two "days") but keeps real timers.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly bool _cheapHashing;

    /// <param name="cheapHashing">Light Argon2id settings, for the smoke run's set-up (the measured requests hash nothing).</param>
    public BenchHost(bool cheapHashing = false)
    {
        _cheapHashing = cheapHashing;
        // The factory looks for the WebApi's folder beside a solution; the built output is content root enough.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_VOISINAGE_WEBAPI", AppContext.BaseDirectory);
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "voisinage-bench", Guid.NewGuid().ToString("N"));

    /// <summary>Stops the host, then deletes its SQLite files (each run used to leave them behind).</summary>
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As deployed (WebApplicationFactory's default is Development: scope validation, the developer exception page).
        builder.UseEnvironment("Production");

        // Stated here rather than left to the appsettings.json that happens to be in the output folder.
        builder.UseSetting("Voisinage:Storage", "Embedded");
        builder.UseSetting("Voisinage:DataDirectory", DataDirectory);
        if (_cheapHashing)
        {
            builder.UseSetting("Voisinage:PasswordHashing:MemoryKiB", "1024");
            builder.UseSetting("Voisinage:PasswordHashing:Iterations", "1");
        }

        // The load comes from one address and a few accounts at rates no resident reaches: rate limits are not measured
        // here (their cost is one counter look-up per request, which both the GraphQL and the minimal paths pay).
        foreach (var limit in (string[])["RequestsPerAddress", "RequestsPerAccount", "WritesPerAddress", "WritesPerAccount"])
        {
            builder.UseSetting($"Voisinage:RateLimits:Edge:{limit}", "0");
        }

        builder.UseSetting("Voisinage:RateLimits:Resident:Post:Limit", "1000000");
        builder.UseSetting("Voisinage:RateLimits:Resident:Listing:Limit", "1000000");
        builder.UseSetting("Voisinage:Connections:SocketsPerAccount", "0");

        builder.UseSetting("Voisinage:Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Voisinage:Cluster:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Orleans", "Error");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new DomainClock(Clock));
            services.AddSingleton<IStartupFilter, MinimalEndpoints>();
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The fake date, real timers (Orleans takes its timers from the same service).</summary>
    private sealed class DomainClock(FakeTimeProvider fake) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();
    }

    /// <summary><c>GET /bench/feed?n=</c> and <c>POST /bench/listings</c>: the same grain calls as <c>feed</c> and <c>createListing</c>.</summary>
    private sealed class MinimalEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/bench", bench =>
            {
                bench.UseAuthentication();
                bench.Run(async context =>
                {
                    if (context.User.ResidentId() is not { } caller)
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return;
                    }

                    var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
                    switch (context.Request.Path.Value)
                    {
                        case "/feed":
                            var id = context.Request.Query["n"].ToString();
                            Cells.ParseBlock(id);
                            var canonical = await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(id) ?? id;
                            // The feed field's own grain call: the feed page with its sponsored entries (the
                            // sponsored-feed grain reads the feed grain, the reader's standing and the campaigns' area index).
                            var page = await grains.GetGrain<ISponsoredFeedGrain>(0).Read(caller, canonical, 20, null);
                            await context.Response.WriteAsJsonAsync(page);
                            break;

                        case "/feed-grain":
                            // The feed grain alone (what the feed field called before sponsored entries): how much of
                            // the gap is the sponsored-feed grain's own calls rather than GraphQL.
                            var directId = context.Request.Query["n"].ToString();
                            Cells.ParseBlock(directId);
                            var directCanonical = await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(directId) ?? directId;
                            await context.Response.WriteAsJsonAsync(await grains.GetGrain<IFeedGrain>(directCanonical).Read(caller, 20, null, null));
                            break;

                        case "/listings":
                            var input = await context.Request.ReadFromJsonAsync<ListingInput>();
                            var draft = new ListingDraft(ListingKind.HelpRequest, input?.Title ?? string.Empty, input?.Description ?? string.Empty, 0, null);
                            var view = await grains.GetGrain<IListingGrain>(ContentIds.NewListing()).Create(caller, draft);
                            await context.Response.WriteAsJsonAsync(view);
                            break;

                        default:
                            context.Response.StatusCode = StatusCodes.Status404NotFound;
                            break;
                    }
                });
            });
            next(app);
        };
    }

    private sealed record ListingInput(string Title, string Description);
}
