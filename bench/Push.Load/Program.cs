// Load tool for the Web Push gateway (not a test): D push subscriptions over M neighbourhoods of a running Voisinage,
// one alert per second to each neighbourhood for S seconds; a local push service (this process) checks each request's
// VAPID signature and decrypts it, and measures raise → push received. Usage: bench/Push.Load/README.md (run.sh).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Voisinage.Bench.Push;
using Voisinage.Bench.Shared;
using static Voisinage.Bench.Shared.Machine;
using Voisinage.Tests.Notifications;

var options = Args.Parse(args);
var settings = Settings.Parse(options);
var devices = settings.Neighbourhoods * settings.ResidentsPerNeighbourhood * settings.DevicesPerResident;
Console.WriteLine($"push load: {devices} devices ({settings.ResidentsPerNeighbourhood} residents × {settings.DevicesPerResident} per neighbourhood) over {settings.Neighbourhoods} neighbourhoods, 1 alert/s each for {settings.Seconds} s; API {settings.Url}");

Console.WriteLine(await SenderCost.Measure(2000));

using var http = new HttpClient { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(120) };
var api = new VoisinageApi(http);
var vapid = (await api.Call("{ appConfig { vapidPublicKey } }", null, null))["appConfig"]!["vapidPublicKey"]!.GetValue<string>();
// The push service keeps bodies encrypted on arrival and decrypts them after the measured window (--decrypt-on-arrival
// to decrypt as they come): decrypting is the browser's work, not a push service's, and here it would take the cores
// from the server being measured. Every push is still checked (VAPID on arrival, decryption after) before it counts.
var decryptOnArrival = options.Has("decrypt-on-arrival");
await using var pushService = await FakePushService.Start(vapid, decryptLater: !decryptOnArrival);

// Raise instants by title, and what the push service received (with the instant it arrived).
var raisedAt = new ConcurrentDictionary<string, long>();
var arrivals = new ConcurrentQueue<(long At, ReceivedPush Push)>();
var arrived = 0;
var raised = 0;
var raiseTimeouts = 0;
pushService.Received += push =>
{
    arrivals.Enqueue((Stopwatch.GetTimestamp(), push));
    Interlocked.Increment(ref arrived);
};

// --- set-up: neighbourhoods far apart (radius 0 reaches only one), residents, subscriptions -----------------------------
var run = Guid.NewGuid().ToString("N")[..6];
var setup = Stopwatch.StartNew();
var hoods = new Hood[settings.Neighbourhoods];
await ForEachLimited(Enumerable.Range(0, settings.Neighbourhoods), 4, async n =>
{
    var (lat, lng) = (43.0 + (n % 5 * 0.2), 1.5 + (n / 5 * 0.3) + (Random.Shared.NextDouble() * 0.05));
    var founder = await Retried(() => api.VerifiedResident($"p{run}n{n}fx{Guid.NewGuid():N}"[..30], lat, lng));
    var id = await Retried(() => api.Found(founder));
    var members = new ConcurrentBag<string> { founder };
    await ForEachLimited(Enumerable.Range(1, settings.ResidentsPerNeighbourhood - 1), 4, async r =>
    {
        var member = await Retried(() => api.VerifiedResident($"p{run}n{n}r{r}x{Guid.NewGuid():N}"[..30], lat, lng));
        await Retried(async () => { await api.Join(member, id); return true; });
        members.Add(member);
    });
    hoods[n] = new Hood(n, id, founder, [.. members]);
});
await ForEachLimited(hoods.SelectMany(h => h.Residents), 16, async token =>
{
    for (var d = 0; d < settings.DevicesPerResident; d++)
    {
        var browser = pushService.Subscribe();
        await Retried(() => api.Call(
            "mutation($s: WebPushSubscriptionInput!) { registerWebPush(subscription: $s) { id } }",
            new { s = new { endpoint = browser.Endpoint, p256dh = browser.P256dh, auth = browser.Auth } },
            token));
    }
});
Console.WriteLine($"set-up: {hoods.Length} neighbourhoods, {hoods.Sum(h => h.Residents.Length)} residents, {devices} subscriptions in {setup.Elapsed.TotalSeconds:0.0} s");
var perAlert = settings.ResidentsPerNeighbourhood * settings.DevicesPerResident;

// --- warm-up: one alert per neighbourhood, all delivered -------------------------------------------------------------
await Raise("warm", 0);
Console.WriteLine($"warm-up: {raised} raised, {raiseTimeouts} raises failed or timed out");
await WaitFor(() => arrived >= hoods.Length * perAlert, TimeSpan.FromSeconds(60));
var (warmReceived, warmInvalid, _) = Checked();
Console.WriteLine($"warm-up: {warmReceived}/{hoods.Length * perAlert} pushes received, {warmInvalid} invalid");
Interlocked.Exchange(ref arrived, 0);
Interlocked.Exchange(ref raised, 0);
Interlocked.Exchange(ref raiseTimeouts, 0);

// --- measured: one alert per neighbourhood per second -----------------------------------------------------------------
var cpuBefore = CpuSeconds(settings.ServerPid);
var clock = Stopwatch.StartNew();
var raises = new List<Task>();
for (var s = 0; s < settings.Seconds; s++)
{
    var due = TimeSpan.FromSeconds(s) - clock.Elapsed;
    if (due > TimeSpan.Zero)
    {
        await Task.Delay(due);
    }

    raises.Add(Raise("t", s));
}

await Task.WhenAll(raises);
var expected = raised * perAlert;
if (raiseTimeouts > 0)
{
    Console.WriteLine($"raises: {raised} answered, {raiseTimeouts} failed or timed out at the API (not counted as expected; their pushes may still arrive)");
}

await WaitFor(() => arrived >= expected, TimeSpan.FromSeconds(30));
var elapsed = clock.Elapsed.TotalSeconds;
var cpu = CpuSeconds(settings.ServerPid) - cpuBefore;

var (received, invalid, latencies) = Checked();
var sorted = latencies.Order().ToArray();
double Pct(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
var rate = received / elapsed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"delivered: {received}/{expected} ({100.0 * received / Math.Max(1, expected):0.0}%), invalid (VAPID or decryption): {invalid}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"raise → push received: p50 {Pct(50):0.0} ms, p90 {Pct(90):0.0} ms, p99 {Pct(99):0.0} ms, max {Pct(100):0.0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput: {rate:0} encrypted pushes/s over {elapsed:0.0} s on {Environment.ProcessorCount} cores (push service in this process, same machine, decrypting {(decryptOnArrival ? "on arrival" : "after the window")})"));
if (cpu is { } serverCpu)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"server CPU: {serverCpu:0.0} s for {received} pushes = {received / serverCpu:0} pushes per server CPU-second (per core), {serverCpu * 1e6 / Math.Max(received, 1):0} µs of server CPU per push"));
}

var met = raiseTimeouts == 0 && received >= expected && invalid == 0 && Pct(99) <= 500 && (cpu is not { } c || received / c >= 2000);
Console.WriteLine($"targets: {(received >= expected ? "100% delivered" : "NOT all delivered")}, p99 {(Pct(99) <= 500 ? "≤" : ">")} 500 ms, {(cpu is { } c2 && received / c2 >= 2000 ? "≥" : "<")} 2000 pushes/s per core: {(met ? "met" : "NOT met")}");
return 0;

// Takes what arrived so far: decrypts it (when kept encrypted), counts the valid pushes of known raises with their raise →
// arrival latency, and the invalid ones (VAPID refused, or not decryptable).
(int Received, int Invalid, List<double> Latencies) Checked()
{
    var (valid, bad, measured) = (0, 0, new List<double>());
    while (arrivals.TryDequeue(out var arrival))
    {
        var push = pushService.Decrypted(arrival.Push);
        if (push.Error is not null || push.Payload is null)
        {
            bad++;
        }
        else if (raisedAt.TryGetValue(push.Json.GetProperty("title").GetString()!, out var at))
        {
            measured.Add(Stopwatch.GetElapsedTime(at, arrival.At).TotalMilliseconds);
            valid++;
        }
    }

    return (valid, bad, measured);
}

async Task Raise(string prefix, int second)
{
    await Task.WhenAll(hoods.Select(async hood =>
    {
        var title = $"{prefix}{run}-{hood.Index}-{second}";
        raisedAt[title] = Stopwatch.GetTimestamp();
        try
        {
            await api.Raise(hood.Founder, title);
            Interlocked.Increment(ref raised);
        }
        catch (InvalidOperationException e)
        {
            // The API gave up on the request (5 s budget) or failed: counted apart, not expected (it may or may not exist).
            Interlocked.Increment(ref raiseTimeouts);
            Console.Error.WriteLine($"raise {title} failed: {e.Message}");
        }
    }));
}

// Set-up is not measured: on a busy shared machine a call may pass its time budget; it is tried again (the calls used
// here are idempotent or use a fresh pseudo).
static async Task<T> Retried<T>(Func<Task<T>> call)
{
    for (var attempt = 1; ; attempt++)
    {
        try
        {
            return await call();
        }
        catch (InvalidOperationException e) when (attempt < 5 && e.Message.Contains("TIMEOUT", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }
}

static async Task WaitFor(Func<bool> condition, TimeSpan timeout)
{
    var deadline = Stopwatch.StartNew();
    while (!condition() && deadline.Elapsed < timeout)
    {
        await Task.Delay(50);
    }
}

// User + system CPU time of the server process, from /proc (Linux), when run.sh passed its id.
internal sealed record Hood(int Index, string Id, string Founder, string[] Residents);

internal sealed record Settings(Uri Url, int Neighbourhoods, int ResidentsPerNeighbourhood, int DevicesPerResident, int Seconds, int? ServerPid)
{
    public static Settings Parse(Args options) =>
        new(options.Url, options.Int("neighbourhoods", 20), options.Int("residents", 100), options.Int("devices", 1), options.Int("seconds", 60), options.ServerPid);
}
