using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Bench.Shared;

namespace Voisinage.Api.Load;

// Load test of the GraphQL layer: feed reads (full document, then automatic persisted query) and listing creation
// through GraphQL over HTTP, beside the same grain calls behind minimal ASP.NET Core endpoints in the same process,
// with the same authentication. Feed scenarios run interleaved in rounds; medians are reported.
// Usage: dotnet bench/Api.Load/bin/Release/net10.0/Voisinage.Api.Load.dll [clients=50] [seconds=10] [feedItems=200] [residents=10] [rounds=3]
//        ... Voisinage.Api.Load.dll smoke   (a few seconds: tiny set-up, one short round; prints the same tables)
//        ... Voisinage.Api.Load.dll probe   (the abuse classes of issue 17: time to refuse each, peak memory)
public static class LoadTest
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var mode = args.Length > 0 && !int.TryParse(args[0], CultureInfo.InvariantCulture, out _) ? args[0] : "load";
        if (mode == "probe")
        {
            return await Probe.RunAsync();
        }

        var smoke = mode == "smoke";
        var clients = smoke ? 4 : Arg(0, 50);
        var seconds = smoke ? 1 : Arg(1, 10);
        var feedItems = smoke ? 20 : Arg(2, 200);
        var residentCount = smoke ? 3 : Arg(3, 10);
        var rounds = smoke ? 1 : Arg(4, 3);
        var warmUp = smoke ? TimeSpan.FromSeconds(0.5) : TimeSpan.FromSeconds(2);

        await using var host = new BenchHost(cheapHashing: smoke);
        host.StartServer();
        var baseUri = new Uri($"http://127.0.0.1:{host.Port}");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = baseUri };

        Console.WriteLine($"Setting up: {residentCount} verified residents of one neighbourhood, {feedItems} posts in its feed…");
        var residents = new List<(string Token, string Id)>();
        for (var i = 0; i < residentCount; i++)
        {
            var pseudo = $"bench{i}{Guid.NewGuid().ToString("N")[..8]}";
            var reg = await GraphQL(null, "mutation($i: RegisterInput!) { register(input: $i) { token resident { id } } }",
                new { i = new { pseudo, email = $"{pseudo}@bench.example", password = "a long bench password" } });
            var token = reg["register"]!["token"]!.GetValue<string>();
            await GraphQL(token, "mutation { setHome(lat: 45.764, lng: 4.8357) { id } }");
            const string fix = "mutation { submitLocationFix(lat: 45.764, lng: 4.8357, accuracyMeters: 5) { countingFixes } }";
            await GraphQL(token, fix);
            await GraphQL(token, fix);
            host.Clock.Advance(TimeSpan.FromDays(1));
            await GraphQL(token, fix);
            residents.Add((pseudo, reg["register"]!["resident"]!["id"]!.GetValue<string>()));
        }

        // Verification moved the date on by a day per resident: sign in again for tokens valid now.
        for (var i = 0; i < residents.Count; i++)
        {
            var login = await GraphQL(null, "mutation($i: LoginInput!) { login(input: $i) { token } }", new { i = new { login = residents[i].Token, password = "a long bench password" } });
            residents[i] = (login["login"]!["token"]!.GetValue<string>(), residents[i].Id);
        }

        var neighbourhood = (await GraphQL(residents[0].Token, "mutation { foundNeighbourhood(name: \"Banc d'essai\") { id } }"))["foundNeighbourhood"]!["id"]!.GetValue<string>();
        foreach (var (token, _) in residents.Skip(1))
        {
            await GraphQL(token, "mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = neighbourhood });
        }

        for (var i = 0; i < feedItems; i++)
        {
            await GraphQL(residents[i % residents.Count].Token, "mutation($t: String!) { createPost(text: $t) { id } }", new { t = $"Message de voisinage n°{i}" });
        }

        const string FeedQuery = "query($n: ID!) { feed(neighbourhoodId: $n, first: 20) { edges { cursor node { id type title snippet createdAt listingKind status } } pageInfo { hasNextPage endCursor } } }";
        const string CreateQuery = "mutation($i: CreateListingInput!) { createListing(input: $i) { id kind title status createdAt } }";
        var feedBody = JsonSerializer.Serialize(new { query = FeedQuery, variables = new { n = neighbourhood } });
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FeedQuery))) } };
        var apqBody = JsonSerializer.Serialize(new { variables = new { n = neighbourhood }, extensions = persisted });

        // Automatic persisted queries: the document is registered by its first full send (the load then sends the hash only).
        await GraphQLRaw(residents[0].Token, JsonSerializer.Serialize(new { query = FeedQuery, variables = new { n = neighbourhood }, extensions = persisted }));

        var feedScenarios = new (string Name, Func<int, HttpRequestMessage> Request)[]
        {
            ("feed (GraphQL, document cache)", n => Post("/graphql", feedBody, n)),
            ("feed (GraphQL, persisted query)", n => Post("/graphql", apqBody, n)),
            ("feed (minimal endpoint)", n => Get($"/bench/feed?n={neighbourhood}", n)),
            ("feed (minimal endpoint, feed grain only)", n => Get($"/bench/feed-grain?n={neighbourhood}", n)),
        };
        var writeScenarios = new (string Name, Func<int, HttpRequestMessage> Request)[]
        {
            ("createListing (GraphQL)", n => Post("/graphql", JsonSerializer.Serialize(new { query = CreateQuery, variables = new { i = new { kind = "HELP_REQUEST", title = $"Coup de main {n}", description = "Porter des cartons" } } }), n)),
            ("createListing (minimal endpoint)", n => Post("/bench/listings", JsonSerializer.Serialize(new { title = $"Coup de main {n}", description = "Porter des cartons" }), n)),
        };

        Console.WriteLine($"{clients} concurrent clients, {seconds} s per scenario after a {warmUp.TotalSeconds:0.#} s warm-up (each path warmed {Math.Max(warmUp.TotalSeconds, 2 * seconds):0.#} s before the first round), {rounds} interleaved round(s) of the feed scenarios, {Environment.ProcessorCount} cores; server and load generator share the machine.");
        Console.WriteLine($"Machine at start: load average {Machine.LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine("| round | scenario | requests/s | p50 ms | p99 ms | CPU ms/request | errors |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        var figures = feedScenarios.ToDictionary(s => s.Name, _ => new List<(double Rate, double P50, double P99, double Cpu, int Errors)>());
        var totalErrors = 0;

        // Every path warmed (JIT tiers, pools, grain activations) before the first measured round, each for twice a
        // measured scenario's length: with a 2 s warm-up, five runs on a quiet machine (2026-12-07) measured GraphQL's
        // first round at 2-3x the CPU per request of its later rounds (0.77-1.09 ms against 0.31-0.49), while the
        // minimal endpoint's small path was already steady: the first round measured the JIT, not the steady server.
        var initialWarmUp = TimeSpan.FromSeconds(Math.Max(warmUp.TotalSeconds, 2 * seconds));
        foreach (var (_, request) in feedScenarios)
        {
            await Run(request, initialWarmUp);
        }

        for (var round = 1; round <= rounds; round++)
        {
            // Each round starts with the next scenario, so that none always runs first (after a pause) or last.
            foreach (var (name, request) in feedScenarios.Skip((round - 1) % feedScenarios.Length).Concat(feedScenarios.Take((round - 1) % feedScenarios.Length)))
            {
                var figure = await Measure(request);
                figures[name].Add(figure);
                totalErrors += figure.Errors;
                Console.WriteLine($"| {round} | {name} | {figure.Rate:0} | {figure.P50:0.0} | {figure.P99:0.0} | {figure.Cpu:0.00} | {figure.Errors} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Medians over {rounds} round(s), against the minimal endpoint (target: throughput ≥ 0.75×, p50 ≤ 1.3×):");
        Console.WriteLine();
        Console.WriteLine("| scenario | requests/s | p50 ms | p99 ms | CPU ms/request | throughput × minimal | p50 × minimal | CPU/request × minimal |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var minimal = figures[feedScenarios[2].Name];
        foreach (var (name, _) in feedScenarios)
        {
            // Ratios per round (each against the same round's minimal endpoint), then their median: the machine's load
            // changes from round to round more than between neighbouring scenarios.
            var mine = figures[name];
            var rateRatio = Median(mine.Select((f, i) => f.Rate / minimal[i].Rate));
            var p50Ratio = Median(mine.Select((f, i) => f.P50 / minimal[i].P50));
            var cpuRatio = Median(mine.Select((f, i) => f.Cpu / minimal[i].Cpu));
            Console.WriteLine($"| {name} | {Median(mine.Select(f => f.Rate)):0} | {Median(mine.Select(f => f.P50)):0.0} | {Median(mine.Select(f => f.P99)):0.0} | {Median(mine.Select(f => f.Cpu)):0.00} | {rateRatio:0.00} | {p50Ratio:0.00} | {cpuRatio:0.00} |");
        }

        Console.WriteLine();
        Console.WriteLine("| scenario | requests/s | p50 ms | p99 ms | CPU ms/request | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, request) in writeScenarios)
        {
            var figure = await Measure(request);
            totalErrors += figure.Errors;
            Console.WriteLine($"| {name} | {figure.Rate:0} | {figure.P50:0.0} | {figure.P99:0.0} | {figure.Cpu:0.00} | {figure.Errors} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Machine at end: load average {Machine.LoadAverage()}; server process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB.");
        return totalErrors == 0 ? 0 : 1;

        // CPU per request is of the whole process (server and load generator, the same client work for every scenario):
        // unlike throughput, it does not depend on how much of the machine the other processes leave us.
        async Task<(double Rate, double P50, double P99, double Cpu, int Errors)> Measure(Func<int, HttpRequestMessage> request)
        {
            await Run(request, warmUp);
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var (count, errors, latencies, elapsed) = await Run(request, TimeSpan.FromSeconds(seconds));
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, count);
            latencies.Sort();
            return (count / elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), cpu, errors);
        }

        async Task<(int Count, int Errors, List<double> Latencies, TimeSpan Elapsed)> Run(Func<int, HttpRequestMessage> make, TimeSpan duration)
        {
            var stop = Stopwatch.StartNew();
            var counter = 0;
            var errors = 0;
            var all = new List<double>[clients];
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                var mine = all[c] = new List<double>(4096);
                while (stop.Elapsed < duration)
                {
                    var n = Interlocked.Increment(ref counter);
                    using var message = make(n);
                    var started = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(message);
                    var body = await response.Content.ReadAsStringAsync();
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        if (Interlocked.Increment(ref errors) == 1)
                        {
                            Console.Error.WriteLine($"first error: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                        }
                    }
                }
            }));
            var elapsed = stop.Elapsed;
            var latencies = all.SelectMany(x => x).ToList();
            return (latencies.Count, errors, latencies, elapsed);
        }

        HttpRequestMessage Post(string path, string json, int n)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", residents[n % residents.Count].Token);
            return message;
        }

        HttpRequestMessage Get(string path, int n)
        {
            var message = new HttpRequestMessage(HttpMethod.Get, path);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", residents[n % residents.Count].Token);
            return message;
        }

        Task<JsonNode> GraphQL(string? token, string query, object? variables = null) =>
            GraphQLRaw(token, JsonSerializer.Serialize(new { query, variables }));

        async Task<JsonNode> GraphQLRaw(string? token, string json)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (token is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(message);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (body["errors"] is not null)
            {
                throw new InvalidOperationException($"{json}: {body["errors"]!.ToJsonString()}");
            }

            return body["data"]!;
        }

        static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

        int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
