// Announce.Load: one official announcement to a commune of N synthetic residents (issue 22). See README.md.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Voisinage.Bench.Announce;
using Voisinage.Bench.National;
using Voisinage.Bench.Shared;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;

var options = Args.Parse(args);
var url = options.Url;
var gatewayPort = options.Int("gateway", 30000);
var total = options.Int("residents", 50_000);
var connected = Math.Min(options.Int("connected", 1_000), total / 2);
var inFlight = options.Int("in-flight", 400);
var radius = options.Int("radius-m", 2_500);
var seed = options.Int("seed", 2026);
var operatorId = options.String("operator", "bench-operator");
var serverPid = options.ServerPid;
var announcements = options.Int("announcements", 2);
var sampled = options.Int("sampled", 500);
var centre = (Lat: 48.1147, Lng: -1.6794); // Rennes
var inv = CultureInfo.InvariantCulture;
double ServerCpuSeconds() => Machine.CpuSeconds(serverPid) ?? double.NaN;

void Say(string line) => Console.WriteLine(line);
Say($"# Announce.Load: {total:N0} residents ({connected:N0} connected over graphql-ws), a commune of radius {radius} m; load {Machine.LoadAverage()}");

// 1. The homes: uniform over a disc around the centre (seeded), the commune's area a square just around it.
var random = new Random(seed);
var homes = new Home[total];
for (var i = 0; i < total; i++)
{
    var r = radius * Math.Sqrt(random.NextDouble());
    var a = random.NextDouble() * 2 * Math.PI;
    homes[i] = new Home(centre.Lat + (r * Math.Sin(a) / 111_320.0), centre.Lng + (r * Math.Cos(a) / (111_320.0 * Math.Cos(centre.Lat * Math.PI / 180))), 35, true);
}

// Connected residents live where grain residents do (a random one's home): their block is owned once onboarding ends.
var bulk = total - connected;
var plan = Plan.Build(homes[..bulk], seed);
Say($"- {bulk:N0} residents onboarded through the grains over {plan.Blocks.Length:N0} blocks, {connected:N0} through the API");

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// A publication answers once its notifications are done: on a loaded machine that may pass Orleans' default 30 s.
builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, "voisinage", "voisinage")
    .Configure<Orleans.Configuration.ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(10)));
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IClusterClient>();
var runTag = (uint)seed;
string ResidentId(int i) => $"{runTag:x8}{i:x24}";

// 2. Residents created and onboarded as the national benchmark does (set home, fix, found or join by block).
var setup = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, bulk), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, _) =>
    await grains.GetGrain<IResidentAccountGrain>(ResidentId(i)).Create($"r{i}", $"r{i}@announce.bench"));
var onboarding = await new Onboarding(grains, plan, ResidentId, inFlight, TimeSpan.FromHours(1)).RunAsync((done, elapsed) =>
    Console.WriteLine($"  {elapsed.TotalSeconds,6:0} s  {done,9:N0} onboarded  load {Machine.LoadAverage()}"));
Say($"- onboarded {onboarding.Onboarded:N0} in {setup.Elapsed.TotalSeconds:0} s: founded {onboarding.Founded:N0} neighbourhoods, joined {onboarding.Joined:N0}, errors {onboarding.Errors}; load {Machine.LoadAverage()}");
foreach (var e in onboarding.SampleErrors)
{
    Say($"  - error: {e}");
}

// 3. Connected residents through the API: register, home, one fix (the server needs one), join the block's owner.
using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
// Set-up calls on a loaded machine may pass the API's 5 s budget (TIMEOUT): tried again; a CONFLICT on a retry means
// the timed-out attempt had been applied (e.g. the resident already joined).
var api = new VoisinageApi(http);
Task<JsonNode> Call(string query, object? variables, string? token) => api.Call(query, variables, token, attempts: 5);

var clock = Stopwatch.StartNew();
var wsUrl = new Uri(url, "/graphql").ToString().Replace("http", "ws", StringComparison.Ordinal);
var subscribers = new NotificationSubscriber[connected];
var connectedIds = new string[connected];
setup.Restart();
await Parallel.ForEachAsync(Enumerable.Range(0, connected), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
{
    var home = homes[bulk + i] = homes[(int)((uint)(i + 1) * 2654435761u % (uint)bulk)];
    // A registration whose first attempt timed out but landed answers CONFLICT on its retry: registered again under
    // another pseudo (the landed account stays unused).
    JsonNode? auth = null;
    for (var attempt = 0; auth?["token"] is null; attempt++)
    {
        var pseudo = attempt == 0 ? $"c{runTag:x8}{i}" : $"c{runTag:x8}{i}r{attempt}";
        auth = attempt < 5
            ? (await Call("mutation($i: RegisterInput!) { register(input: $i) { token resident { id } } }",
                new { i = new { pseudo, email = $"{pseudo}@announce.bench", password = "a long bench password" } }, null))["register"]
            : throw new InvalidOperationException($"Connected resident {i} could not register.");
    }

    var token = auth!["token"]!.GetValue<string>();
    connectedIds[i] = auth["resident"]!["id"]!.GetValue<string>();
    await Call("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat = home.Lat, lng = home.Lng }, token);
    await Call("mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { countingFixes } }", new { lat = home.Lat, lng = home.Lng }, token);
    // The block's owner (asked again a few times: on a loaded machine a founding may still be settling).
    string? owner = null;
    for (var attempt = 1; owner is null && attempt <= 5; attempt++)
    {
        owner = (await Call("query($lat: Float!, $lng: Float!) { neighbourhoodAt(lat: $lat, lng: $lng) { id } }", new { lat = home.Lat, lng = home.Lng }, token))["neighbourhoodAt"]?["id"]?.GetValue<string>();
        if (owner is null)
        {
            await Task.Delay(TimeSpan.FromSeconds(attempt), CancellationToken.None);
        }
    }

    if (owner is null)
    {
        throw new InvalidOperationException($"No neighbourhood owns the block of connected resident {i}'s home.");
    }

    await Call("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = owner }, token);
    subscribers[i] = new NotificationSubscriber(new Uri(wsUrl), token, clock);
    await subscribers[i].Start();
});
Say($"- {connected:N0} residents registered through the API and subscribed to notificationReceived in {setup.Elapsed.TotalSeconds:0} s; load {Machine.LoadAverage()}");

// 4. The town hall: created by a verified resident, verified by the configured operator, its area drawn around the commune.
var admin = ResidentId(0);
var organisation = await grains.GetGrain<IResidentOrganisationsGrain>(admin).Create(new OrganisationDraft(OrganisationKind.Commune, "Mairie de Rennes (banc d'essai)", "35238", null, null, null));
var townHall = grains.GetGrain<IOrganisationGrain>(organisation.Id);
await townHall.Decide(operatorId, verify: true, string.Empty);
var half = radius * 1.05;
var (dLat, dLng) = (half / 111_320.0, half / (111_320.0 * Math.Cos(centre.Lat * Math.PI / 180)));
string P(double lng, double lat) => string.Create(inv, $"[{lng},{lat}]");
var area = await townHall.SetArea(admin, $$"""{"type":"Polygon","coordinates":[[{{P(centre.Lng - dLng, centre.Lat - dLat)}},{{P(centre.Lng + dLng, centre.Lat - dLat)}},{{P(centre.Lng + dLng, centre.Lat + dLat)}},{{P(centre.Lng - dLng, centre.Lat + dLat)}},{{P(centre.Lng - dLng, centre.Lat - dLat)}}]]}""");
Say($"- town hall {organisation.Id} verified, area {area.AreaCellCount:N0} home cells; load {Machine.LoadAverage()}");

// 5. Announcements, one after the other: the first wakes every resident's announcement grains (cold), the next finds them active.
var everyone = Enumerable.Range(0, bulk).Select(ResidentId).Concat(connectedIds).ToArray();
for (var n = 1; n <= announcements; n++)
{
    var title = $"Vigilance crue n°{n} {Guid.NewGuid():N}"[..40];
    foreach (var s in subscribers)
    {
        s.Expect(title);
    }

    var cpuBefore = ServerCpuSeconds();
    var start = clock.ElapsedTicks;
    var calledAt = DateTimeOffset.UtcNow;
    var announcementId = ContentIds.NewAnnouncement();
    var publishing = grains.GetGrain<IAnnouncementGrain>(announcementId)
        .Publish(admin, organisation.Id, AnnouncementKind.WeatherVigilance, title, "La Vilaine monte : évitez les berges et les parkings souterrains jusqu'à nouvel ordre.");

    // Lists are computed on read: a seeded sample of residents' lists is read again and again while the publication
    // runs, each until it has the announcement; the time of the last one is when lists had it.
    var sample = Enumerable.Range(0, everyone.Length).OrderBy(i => (uint)(i * 2654435761u)).Take(Math.Min(sampled, everyone.Length)).Select(i => everyone[i]).ToArray();
    var listsAt = new long[sample.Length];
    await Parallel.ForEachAsync(Enumerable.Range(0, sample.Length), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (i, _) =>
    {
        while (true)
        {
            var page = await grains.GetGrain<IResidentAnnouncementsGrain>(sample[i]).Page(1, null);
            if (page.Items.Count > 0 && page.Items[0].Title == title)
            {
                listsAt[i] = clock.ElapsedTicks;
                return;
            }

            await Task.Delay(20, CancellationToken.None);
        }
    });
    var lists = Stopwatch.GetElapsedTime(start, listsAt.Max());
    Say($"- announcement {n}{(n == 1 ? " (cold)" : " (warm)")}: lists have it in {lists.TotalSeconds:0.00} s ({sample.Length:N0} sampled lists polled); load {Machine.LoadAverage()}");
    string? failure = null;
    try
    {
        // The server's stage logs (Debug, docs in README.md) are timed from the publication's PublishedAt.
        var published = await publishing;
        Say($"  {announcementId}: the server stamped it {(published.PublishedAt - calledAt).TotalMilliseconds:0} ms after the call");
    }
    catch (Exception e)
    {
        // The outbox's reminder finishes an interrupted delivery a minute later: reported, and the checks go on.
        failure = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
    }

    var answered = Stopwatch.GetElapsedTime(start, clock.ElapsedTicks);
    if (failure is not null)
    {
        Say($"  publish failed after {answered.TotalSeconds:0.0} s ({failure})");
    }

    // publish answers once the announcement is listed and live (or after the outbox's wait); the notification fan-out
    // may go on in the announcement's outbox: done when the announcement says it is delivered (at most 10 minutes).
    var outboxDeadline = DateTime.UtcNow.AddMinutes(10);
    while (!await grains.GetGrain<IAnnouncementGrain>(announcementId).IsDelivered() && DateTime.UtcNow < outboxDeadline)
    {
        await Task.Delay(100);
    }

    var delivered = Stopwatch.GetElapsedTime(start, clock.ElapsedTicks);
    var cpu = ServerCpuSeconds() - cpuBefore;

    // Connected clients: wait (at most 60 s) for every one, then latencies from the publish call.
    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (subscribers.Any(s => s.ReceivedAt == 0) && DateTime.UtcNow < deadline)
    {
        await Task.Delay(50);
    }

    var latencies = subscribers.Select(s => s.ReceivedAt).Where(t => t != 0)
        .Select(t => Stopwatch.GetElapsedTime(start, t).TotalMilliseconds).Order().ToArray();
    double Pct(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];

    // Then every resident's list read back (all of them, through the grains as the API's resolver does).
    var reached = 0;
    var checking = Stopwatch.StartNew();
    var cpuBeforeCheck = ServerCpuSeconds();
    await Parallel.ForEachAsync(everyone, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (id, _) =>
    {
        var page = await grains.GetGrain<IResidentAnnouncementsGrain>(id).Page(1, null);
        if (page.Items.Count > 0 && page.Items[0].Title == title)
        {
            Interlocked.Increment(ref reached);
        }
    });
    var checkCpu = ServerCpuSeconds() - cpuBeforeCheck;

    Say($"  publish answered in {answered.TotalSeconds:0.00} s; notifications done in {delivered.TotalSeconds:0.00} s; server CPU until then {cpu:0.0} s = {cpu * 1000 / everyone.Length:0.00} ms per resident; " +
        $"connected {latencies.Length:N0}/{connected:N0}: p50 {Pct(0.5):N0} ms, p99 {Pct(0.99):N0} ms, max {Pct(1):N0} ms; load {Machine.LoadAverage()}");
    Say($"  every list read back: {reached:N0}/{everyone.Length:N0} have it, in {checking.Elapsed.TotalSeconds:0.0} s, server CPU {checkCpu:0.0} s = {checkCpu * 1000 / everyone.Length:0.00} ms per list read");
    Say($"  targets: every list ≤ 10 s {(lists.TotalSeconds <= 10 && reached == everyone.Length ? "met" : "NOT met")}, connected p99 ≤ 1 s {(latencies.Length == connected && Pct(0.99) <= 1000 ? "met" : "NOT met")}");
}

foreach (var s in subscribers)
{
    await s.DisposeAsync();
}

await host.StopAsync();
