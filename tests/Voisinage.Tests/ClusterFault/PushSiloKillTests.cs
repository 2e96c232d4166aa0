using System.Globalization;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Notifications;
using Xunit.Abstractions;

namespace Voisinage.Tests.ClusterFault;

/// <summary>
/// Real processes in PostgreSQL mode: the silo is SIGKILLed while pushes are pending (some in flight, known only to
/// grains' memory, some failed and waiting for a retry); once it is back, every push reaches every browser.
/// </summary>
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class PushSiloKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Members = 6;
    private const int Alerts = 3;
    private readonly GraphQLHttp http = new(TimeSpan.FromSeconds(30));
    private FaultCluster cluster = null!;
    private FakePushService pushService = null!;

    private Uri Api => cluster.FrontEnds[0].BaseAddress;

    public async Task InitializeAsync()
    {
        var settings = FaultCluster.DefaultSettings();
        settings["Voisinage:Push:AllowLoopback"] = "true";

        // Seconds instead of minutes, so that the test sees the sweeps: retries, in-flight timeout, outbox reminders.
        settings["Voisinage:Push:RetryDelay"] = "00:00:01";
        settings["Voisinage:Push:MaxRetryDelay"] = "00:00:02";
        settings["Voisinage:Push:MaxAttempts"] = "1000";
        settings["Voisinage:Push:InFlightTimeout"] = "00:00:05";
        settings["Voisinage:Push:SweepInterval"] = "00:00:03";
        settings["Voisinage:Push:AckFlushDelay"] = "00:00:01";
        settings["Voisinage:Cluster:Reminders:MinimumReminderPeriod"] = "00:00:01";
        cluster = await FaultCluster.StartAsync(silos: 1, frontEnds: 1, settings);
        var vapid = await Call("{ appConfig { vapidPublicKey } }");
        pushService = await FakePushService.Start(vapid["appConfig"]!["vapidPublicKey"]!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (pushService is not null)
        {
            await pushService.DisposeAsync();
        }

        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_silo_killed_with_pushes_in_flight_and_awaiting_retry_loses_none_once_back()
    {
        var (lat, lng) = (45.7 + (Random.Shared.NextDouble() * 0.1), 4.8 + (Random.Shared.NextDouble() * 0.1));
        var founder = await Verified(lat, lng);
        var neighbourhood = (await Call("mutation { foundNeighbourhood(name: \"Quartier des Pentes\") { id } }", founder))["foundNeighbourhood"]!["id"]!.GetValue<string>();

        // Half the browsers' push service holds every request (in flight when the silo dies), half answers 503 (retries pending).
        var browsers = new List<BrowserSubscription>();
        for (var i = 0; i < Members; i++)
        {
            var member = await Verified(lat, lng);
            await Call("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", member, new { id = neighbourhood });
            var browser = pushService.Subscribe();
            if (i % 2 == 0)
            {
                browser.Stall();
            }
            else
            {
                browser.Refuse(503);
            }

            await Call(
                "mutation($s: WebPushSubscriptionInput!) { registerWebPush(subscription: $s) { id } }",
                member,
                new { s = new { endpoint = browser.Endpoint, p256dh = browser.P256dh, auth = browser.Auth } });
            browsers.Add(browser);
        }

        var alertIds = new List<string>();
        for (var i = 0; i < Alerts; i++)
        {
            var raised = await Call(
                "mutation($t: String!) { raiseAlert(kind: URGENT, title: $t, body: \"Fermez les fenêtres.\", radiusMeters: 0) { id } }",
                founder,
                new { t = $"Incendie {i}" });
            alertIds.Add(raised["raiseAlert"]!["id"]!.GetValue<string>());
        }

        // Every push was tried at least once: held by the push service, or refused and waiting for its retry.
        await Until(() => browsers.All(b => b.StalledRequests + b.All.Count(p => p.Status == 503) >= Alerts), TimeSpan.FromSeconds(60), "every push tried once");

        await FaultCluster.KillAsync(cluster.Silos[0]);
        output.WriteLine($"silo killed with {browsers.Sum(b => b.StalledRequests)} pushes in flight and {browsers.Sum(b => b.All.Count(p => p.Status == 503))} refused");
        foreach (var browser in browsers)
        {
            browser.Release();
            browser.Accept();
        }

        await cluster.StartAsync(cluster.Silos[0]);

        // Nothing lost: each browser decrypts each alert (duplicates allowed; the service worker drops them by id).
        await Until(() => browsers.All(b => alertIds.All(id => Accepted(b).Contains(id))), TimeSpan.FromSeconds(120), "every alert pushed to every browser");
        Assert.All(browsers, b => Assert.All(b.All, p => Assert.Null(p.Error)));
        var duplicates = browsers.Sum(b => b.All.Count(p => p.Status == 201) - Accepted(b).Count);
        output.WriteLine($"{browsers.Count * Alerts} pushes delivered after the restart, {duplicates} duplicates");
    }

    private static HashSet<string> Accepted(BrowserSubscription browser) =>
        [.. browser.All.Where(p => p.Status == 201).Select(p => p.Json.GetProperty("id").GetString()!)];

    /// <summary>A verified resident (one location fix suffices with the cluster's settings); returns their token.</summary>
    private async Task<string> Verified(double lat, double lng)
    {
        var n = Guid.NewGuid().ToString("N")[..10];
        var registered = await Call(
            "mutation($i: RegisterInput!) { register(input: $i) { token } }",
            null,
            new { i = new { pseudo = "pousse" + n, email = $"pousse.{n}@example.fr", password = "un long mot de passe" } });
        var token = registered["register"]!["token"]!.GetValue<string>();
        await Call("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", token, new { lat, lng });
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var fix = await Call(
                "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { verification { status } } }",
                token,
                new { lat, lng });
            if (fix["submitLocationFix"]!["verification"]!["status"]!.GetValue<string>() == "VERIFIED")
            {
                return token;
            }
        }

        throw new InvalidOperationException("not verified after 20 fixes");
    }

    private async Task<System.Text.Json.Nodes.JsonObject> Call(string query, string? token = null, object? variables = null)
    {
        var result = await http.Call(Api, query, variables, token);
        Assert.True(result.Outcome == Outcome.Ok, $"{query}: {result.Outcome} {result.Code} {result.Detail}");
        return result.Data!;
    }

    private async Task Until(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for: {what}{cluster.Tails()}");
            await Task.Delay(100);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} {what}"));
    }
}
