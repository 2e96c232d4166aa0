// Load tool for real-time alerts (not a test): N WebSocket subscribers (half graphql-ws, half SignalR) over M
// neighbourhoods of a running Voisinage WebApi, one alert per second to each neighbourhood; then the same clients,
// payload and schedule against a bare ASP.NET Core SignalR group broadcast (no Orleans) as the baseline.
// Usage: see bench/Alerts.Load/README.md (run.sh starts a suitable server).
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Voisinage.Bench.Alerts;
using Voisinage.Bench.Shared;
using static Voisinage.Bench.Shared.Machine;

var settings = Settings.Parse(args);
Console.WriteLine($"alerts load: {settings.Subscribers} subscribers over {settings.Neighbourhoods} neighbourhoods, 1 alert/s each for {settings.Seconds} s; API {settings.Url}");

using var http = new HttpClient { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(60) };
var api = new VoisinageApi(http);

// --- set-up: neighbourhoods far apart (radius 0 reaches only one), a few residents in each --------------------------------
var run = Guid.NewGuid().ToString("N")[..6];
var setup = Stopwatch.StartNew();
var hoods = await Task.WhenAll(Enumerable.Range(0, settings.Neighbourhoods).Select(async n =>
{
    var (lat, lng) = (44.0 + (n % 5 * 0.2), 0.5 + (n / 5 * 0.3) + (Random.Shared.NextDouble() * 0.05));
    var founder = await api.VerifiedResident($"b{run}n{n}f", lat, lng);
    var id = await api.Found(founder);
    var members = new List<string> { founder };
    for (var r = 1; r < settings.ResidentsPerNeighbourhood; r++)
    {
        var member = await api.VerifiedResident($"b{run}n{n}r{r}", lat, lng);
        await api.Join(member, id);
        members.Add(member);
    }

    return new Hood(n, id, founder, members);
}));
Console.WriteLine($"set-up: {hoods.Length} neighbourhoods, {hoods.Sum(h => h.Residents.Count)} residents in {setup.Elapsed.TotalSeconds:0.0} s");

var clientHood = Enumerable.Range(0, settings.Subscribers).Select(i => hoods[i % hoods.Length]).ToArray();

// --- Voisinage: half graphql-ws, half SignalR --------------------------------------------------------------------------
var rssBefore = ResidentMiB(settings.ServerPid);
var voisinage = new Measurements();
var subscribers = new List<IAsyncDisposable>();
// The fields the web app's alert banner selects, so that graphql-ws carries as much as SignalR does.
const string AlertRaisedQuery = "subscription { alertRaised { id neighbourhoodId sequence kind title body radiusMeters raisedAt resolved resolvedAt hidden originNeighbourhoodId raiser { id pseudo } } }";
var wsUrl = new Uri(settings.Url.ToString().Replace("http", "ws", StringComparison.Ordinal).TrimEnd('/') + "/graphql");
await ForEachLimited(Enumerable.Range(0, settings.Subscribers), 32, async i =>
{
    var hood = clientHood[i];
    var token = hood.Residents[i / hoods.Length % hood.Residents.Count];
    IAsyncDisposable subscriber;
    if (i % 2 == 0)
    {
        var ws = new GraphQLWsSubscription(wsUrl, token, AlertRaisedQuery, data => voisinage.Received(data.GetProperty("alertRaised").GetProperty("title").GetString()!, i));
        await ws.Start();
        subscriber = ws;
    }
    else
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(settings.Url, $"/hubs/alerts?access_token={Uri.EscapeDataString(token)}"), o => o.Transports = HttpTransportType.WebSockets)
            .Build();
        var client = i;
        hub.On<JsonElement>("AlertRaised", a => voisinage.Received(a.GetProperty("title").GetString()!, client));
        await hub.StartAsync();
        subscriber = hub;
    }

    lock (subscribers)
    {
        subscribers.Add(subscriber);
    }
});
Console.WriteLine($"voisinage: {subscribers.Count} subscribers connected");
await WarmUp("voisinage", voisinage, hoods, clientHood, (hood, title) => api.Raise(hood.Founder, title));
var rssConnected = ResidentMiB(settings.ServerPid);
if (rssBefore is { } before && rssConnected is { } connected)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"front-end memory (RSS): {before:0} MiB before, {connected:0} MiB with {subscribers.Count} live subscribers: {(connected - before) * 1024 / subscribers.Count:0.0} KiB per connection"));
}

await SteadyWarmUp("voisinage", hoods, clientHood, settings, (hood, title) => api.Raise(hood.Founder, title));
var (cpuBefore, loadBefore) = (CpuSeconds(settings.ServerPid), LoadAverage());
var voisinageReport = await Schedule("voisinage", voisinage, hoods, clientHood, settings, (hood, title) => api.Raise(hood.Founder, title));
if (cpuBefore is { } cpu0 && CpuSeconds(settings.ServerPid) is { } cpu1)
{
    // Less noisy than the tail on a shared machine: what the server spent per alert (its raise and its deliveries).
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"voisinage: server CPU {(cpu1 - cpu0) * 1000 / voisinageReport.Alerts:0.00} ms per alert ({(cpu1 - cpu0) * 1e6 / voisinageReport.Expected:0.0} µs per delivery); load average {loadBefore} before, {LoadAverage()} after"));
}

// This phase's figures now, in case a later phase fails.
Console.WriteLine(voisinageReport);
Console.WriteLine("  " + voisinage.Report("  of which graphql-ws", c => c % 2 == 0).Latencies());
Console.WriteLine("  " + voisinage.Report("  of which SignalR", c => c % 2 == 1).Latencies());
Console.WriteLine($"voisinage {voisinage.AlertShape()}");
Console.WriteLine($"front-end memory (RSS) after the phase: {ResidentMiB(settings.ServerPid)?.ToString("0", CultureInfo.InvariantCulture) ?? "?"} MiB");

// Close this phase's sockets before the next opens: both ends of each are on this machine.
await CloseAll(subscribers);

// --- baseline: bare SignalR group broadcast, same payload, same number of clients ------------------------------------------------
var port = FreePort();
await using var bare = await BareSignalRServer.Start(port);
using var bareHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
var baseline = new Measurements();
await ForEachLimited(Enumerable.Range(0, settings.Subscribers), 32, async i =>
{
    var hub = new HubConnectionBuilder()
        .WithUrl(new Uri(bareHttp.BaseAddress!, $"/hubs/bare?group={clientHood[i].Id}"), o => o.Transports = HttpTransportType.WebSockets)
        .Build();
    var client = i;
    hub.On<JsonElement>("AlertRaised", a => baseline.Received(a.GetProperty("title").GetString()!, client));
    await hub.StartAsync();
    lock (subscribers)
    {
        subscribers.Add(hub);
    }
});
var sequences = new long[hoods.Length];
async Task BareRaise(Hood hood, string title)
{
    var alert = new BenchAlert(
        Guid.NewGuid().ToString("N"), hood.Id, Interlocked.Increment(ref sequences[hood.Index]), "VIGILANCE", title,
        "Bench alert body, about the size of a real one.", 0, DateTimeOffset.UtcNow, false, null, false, hood.Id, new BenchRaiser(Guid.NewGuid().ToString("N"), "bench-raiser"));
    using var response = await bareHttp.PostAsJsonAsync("/raise", new BareSignalRServer.RaiseRequest(hood.Id, alert), VoisinageApi.Json);
    response.EnsureSuccessStatusCode();
}

await WarmUp("baseline", baseline, hoods, clientHood, BareRaise);
await SteadyWarmUp("baseline", hoods, clientHood, settings, BareRaise);
var baselineReport = await Schedule("bare SignalR group broadcast", baseline, hoods, clientHood, settings, BareRaise);
Console.WriteLine(baselineReport);
Console.WriteLine($"baseline  {baseline.AlertShape()}");
await CloseAll(subscribers);

// Summary. Clients alternate: even ones graphql-ws, odd ones SignalR (only latencies are meaningful per transport).
Console.WriteLine();
Console.WriteLine(voisinageReport);
Console.WriteLine(baselineReport);
Console.WriteLine($"voisinage slowest to a first receiver (raised at s: ms): {voisinage.Slowest(15)}");
Console.WriteLine($"baseline  slowest to a first receiver (raised at s: ms): {baseline.Slowest(15)}");
var ratio = voisinageReport.P99 / baselineReport.P99;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p99 ratio voisinage/baseline: {ratio:0.00}"));
var delivered = voisinageReport.Delivered == voisinageReport.Expected && voisinageReport.Duplicates == 0;
Console.WriteLine($"targets: 100% delivered {(delivered ? "MET" : "MISSED")}, p99 <= 100 ms {(voisinageReport.P99 <= 100 ? "MET" : "MISSED")}, p99 <= 1.5x baseline {(ratio <= 1.5 ? "MET" : "MISSED")}");
return 0;

// Raises one alert per neighbourhood until every client has one: subscriptions are live before measuring.
static async Task WarmUp(string name, Measurements measurements, Hood[] hoods, Hood[] clientHood, Func<Hood, string, Task> raise)
{
    var warm = new Measurements();
    var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
    for (var round = 0; DateTime.UtcNow < deadline; round++)
    {
        foreach (var hood in hoods)
        {
            await raise(hood, $"warmup-{round}-{hood.Index}");
        }

        await Task.Delay(1000);
        var receivedByAll = Enumerable.Range(0, clientHood.Length).All(c => measurements.HasReceivedPrefix($"warmup-", c));
        if (receivedByAll)
        {
            Console.WriteLine($"{name}: every subscriber is live after {round + 1} warm-up round(s)");
            return;
        }
    }

    Console.WriteLine($"{name}: WARNING some subscribers got no warm-up alert");
}

// The measured schedule for a while, not measured: a server that has run for hours has compiled its hot paths to their
// last tier. Without it the first seconds measure the JIT recompiling the raise path beside the load (raises of 15-30 ms
// for ~3 s on two cores), and with 400 alerts those seconds alone set the p99.
static async Task SteadyWarmUp(string name, Hood[] hoods, Hood[] clientHood, Settings settings, Func<Hood, string, Task> raise)
{
    if (settings.WarmUpSeconds <= 0)
    {
        return;
    }

    Console.WriteLine($"{name}: steady warm-up, the same schedule for {settings.WarmUpSeconds} s (not measured)");
    await Schedule($"{name} warm-up", new Measurements(), hoods, clientHood, settings with { Seconds = settings.WarmUpSeconds }, (hood, title) => raise(hood, "warmup-steady-" + title), settle: TimeSpan.Zero);
}

// Raises on the schedule, then waits `settle` (5 s unless told) for the last deliveries before the figures.
static async Task<Report> Schedule(string name, Measurements measurements, Hood[] hoods, Hood[] clientHood, Settings settings, Func<Hood, string, Task> raise, TimeSpan? settle = null)
{
    var recipients = hoods.ToDictionary(h => h.Index, h => clientHood.Count(c => c == h));
    var raiseTimes = new System.Collections.Concurrent.ConcurrentBag<double>();
    var start = Stopwatch.GetTimestamp();
    var raisers = hoods.Select(async hood =>
    {
        // Neighbourhoods are staggered across the second, as independent raisers would be.
        var offset = TimeSpan.FromMilliseconds(1000.0 * hood.Index / hoods.Length);
        for (var second = 0; second < settings.Seconds; second++)
        {
            var due = offset + TimeSpan.FromSeconds(second);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var title = $"a-{hood.Index}-{second}";
            measurements.Sending(title, recipients[hood.Index]);
            try
            {
                var before = Stopwatch.GetTimestamp();
                await raise(hood, title);
                raiseTimes.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
            }
            catch (Exception e)
            {
                measurements.Failed(title);
                Console.WriteLine($"raise {title} failed: {e.Message}");
            }
        }
    });
    await Task.WhenAll(raisers);
    var sorted = raiseTimes.Order().ToList();
    if (sorted.Count > 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: raise request ms p50 {sorted[sorted.Count / 2]:0.0} p99 {sorted[(int)(sorted.Count * 0.99)]:0.0} max {sorted[^1]:0.0}"));
    }

    await Task.Delay(settle ?? TimeSpan.FromSeconds(5));
    return measurements.Report(name);
}

static async Task CloseAll(List<IAsyncDisposable> clients)
{
    await ForEachLimited(clients.ToList(), 64, async c => await c.DisposeAsync());
    clients.Clear();
    GC.Collect();
    GC.WaitForPendingFinalizers();
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

internal sealed record Hood(int Index, string Id, string Founder, List<string> Residents);

internal sealed record Settings(Uri Url, int Subscribers, int Neighbourhoods, int Seconds, int ResidentsPerNeighbourhood, int? ServerPid, int WarmUpSeconds)
{
    public static Settings Parse(string[] args)
    {
        var options = Args.Parse(args);
        return new Settings(options.Url, options.Int("subscribers", 2000), options.Int("neighbourhoods", 20), options.Int("seconds", 60), options.Int("residents", 10), options.ServerPid, options.Int("warmup-seconds", 10));
    }
}
