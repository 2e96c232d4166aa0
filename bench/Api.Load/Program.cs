using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Api.Load;

namespace Voisinage.Api.Load;

// Load test of the GraphQL layer: feed reads and listing creation through GraphQL over HTTP, beside the same grain
// calls behind minimal ASP.NET Core endpoints in the same process, with the same authentication.
// Usage: dotnet run -c Release --project bench/Api.Load -- [clients=50] [seconds=10] [feedItems=200] [residents=10]
public static class LoadTest
{
    public static async Task<int> Main(string[] args)
    {
        var clients = Arg(0, 50);
        var seconds = Arg(1, 10);
        var feedItems = Arg(2, 200);
        var residentCount = Arg(3, 10);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

        await using var host = new BenchHost();
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

        var scenarios = new (string Name, Func<int, HttpRequestMessage> Request)[]
        {
            ("feed (GraphQL)", n => Post("/graphql", feedBody, n)),
            ("feed (minimal endpoint)", n => Get($"/bench/feed?n={neighbourhood}", n)),
            ("createListing (GraphQL)", n => Post("/graphql", JsonSerializer.Serialize(new { query = CreateQuery, variables = new { i = new { kind = "HELP_REQUEST", title = $"Coup de main {n}", description = "Porter des cartons" } } }), n)),
            ("createListing (minimal endpoint)", n => Post("/bench/listings", JsonSerializer.Serialize(new { title = $"Coup de main {n}", description = "Porter des cartons" }), n)),
        };

        Console.WriteLine($"{clients} concurrent clients, {seconds} s per scenario after a 2 s warm-up, {Environment.ProcessorCount} cores; server and load generator share the machine.");
        Console.WriteLine();
        Console.WriteLine("| scenario | requests/s | p50 ms | p99 ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, request) in scenarios)
        {
            await Run(request, TimeSpan.FromSeconds(2));
            var (count, errors, latencies, elapsed) = await Run(request, TimeSpan.FromSeconds(seconds));
            latencies.Sort();
            Console.WriteLine($"| {name} | {count / elapsed.TotalSeconds:0} | {Percentile(latencies, 0.50):0.0} | {Percentile(latencies, 0.99):0.0} | {errors} |");
        }

        return 0;

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

        async Task<JsonNode> GraphQL(string? token, string query, object? variables = null)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            if (token is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(message);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (body["errors"] is not null)
            {
                throw new InvalidOperationException($"{query}: {body["errors"]!.ToJsonString()}");
            }

            return body["data"]!;
        }

        static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

        int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
