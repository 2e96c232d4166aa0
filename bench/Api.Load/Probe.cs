using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Bench.Shared;

namespace Voisinage.Api.Load;

/// <summary>
/// The abuse classes of issue 17 sent to the real WebApi, each once: how long the refusal took, with which code, and the
/// process's memory before, at its peak and after a full collection.
/// </summary>
internal static class Probe
{
    public static async Task<int> RunAsync()
    {
        await using var host = new BenchHost(cheapHashing: true);
        host.StartServer();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.Port}"), Timeout = TimeSpan.FromMinutes(2) };
        await Send(http, JsonSerializer.Serialize(new { query = "{ __typename }" }));
        var before = Memory();
        Console.WriteLine($"Machine: load average {Machine.LoadAverage()}, {Environment.ProcessorCount} cores.");
        Console.WriteLine();
        Console.WriteLine("| class | answer | ms |");
        Console.WriteLine("|---|---|---:|");
        var failures = 0;
        foreach (var (name, body) in Cases())
        {
            var started = Stopwatch.StartNew();
            var (status, answer) = await Send(http, body);
            var elapsed = started.Elapsed.TotalMilliseconds;
            var code = answer?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? (answer?["data"] is not null ? "data" : "?");
            Console.WriteLine($"| {name} | {(int)status} {code} | {elapsed:0.0} |");
            // A refusal must come in well under 100 ms; the one accepted class must finish within the request budget (5 s).
            var accepted = code == "data";
            failures += (int)status >= 500 || elapsed > (accepted ? 5_000 : 100) ? 1 : 0;
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = Memory();
        Console.WriteLine();
        Console.WriteLine($"Memory (server and prober in one process): managed heap {before.Heap} MB before, {after.Heap} MB after a full collection; working set {before.WorkingSet} MB before, peak {peak / (1024 * 1024)} MB, {after.WorkingSet} MB after.");
        Console.WriteLine(failures == 0
            ? "Every refusal came in under 100 ms, the accepted class within its budget, none with a 5xx."
            : $"{failures} class(es) took too long (100 ms to refuse, 5 s to run) or got a 5xx.");
        return failures == 0 ? 0 : 1;
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(false) / (1024 * 1024), process.WorkingSet64 / (1024 * 1024));
    }

    private static string Repeat(int count, Func<int, string> item) => string.Join(' ', Enumerable.Range(0, count).Select(item));

    private static string Query(string query) => JsonSerializer.Serialize(new { query });

    private static IEnumerable<(string Name, string Body)> Cases()
    {
        yield return ("nested fragment spreads (30 levels, each spreading the next twice)",
            Query("{ ...F0 } " + Repeat(30, i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}") + " fragment F30 on Query { __typename }"));
        yield return ("5,000 same-alias fields with conflicting arguments",
            Query("{ " + Repeat(5_000, i => $"a: neighbourhoodAt(lat: {i}, lng: 0) {{ id }}") + " }"));
        yield return ("11 same-named fields with conflicting arguments (within size limits)",
            Query("{ __type(name: \"Query\") { " + Repeat(11, i => $"... on __Type {{ fields(includeDeprecated: {(i % 2 == 0 ? "true" : "false")}) {{ name }} }}") + " } }"));
        yield return ("10,000 aliases", Query("{ " + Repeat(10_000, i => $"a{i}: __typename") + " }"));
        yield return ("25,000 directives", Query("{ __typename " + Repeat(25_000, _ => "@include(if: true)") + " }"));
        yield return ("50,000 unused variables", Query("query(" + Repeat(50_000, i => $"$v{i}: Int") + ") { __typename }"));
        yield return ("10,000 aliases of nearbyNeighbourhoods (3 km)",
            Query("{ " + Repeat(10_000, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id }}") + " }"));
        yield return ("100 aliased login calls",
            Query("mutation { " + Repeat(100, i => $"l{i}: login(input: {{ login: \"someone\", password: \"a long password {i}\" }}) {{ token }}") + " }"));
        yield return ("2 login calls", Query("mutation { a: login(input: { login: \"x\", password: \"y\" }) { token } b: login(input: { login: \"x\", password: \"z\" }) { token } }"));
        yield return ("depth 25", Query("{ __schema { types { fields { type " + Repeat(20, _ => "{ ofType") + " { name }" + new string('}', 20) + " } } } }"));
        yield return ("list of 100,000 (cost)", Query("{ postcardOutbox(first: 100000) { id postalAddress code } }"));
        yield return ("1 MB document", Query("{ " + new string(' ', 1_000_000) + "__typename }"));
        yield return ("lone surrogate in query", "{\"query\":\"{ __typename \\ud800 }\"}");
        yield return ("fragment cycle", Query("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        yield return ("ten 3 km searches (the most the limits accept)",
            Query("{ " + Repeat(10, i => $"n{i}: nearbyNeighbourhoods(lat: 45.76, lng: 4.83, radiusMeters: 3000) {{ id name }}") + " }"));
    }

    private static async Task<(System.Net.HttpStatusCode Status, JsonNode? Body)> Send(HttpClient http, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return (response.StatusCode, JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return (response.StatusCode, null);
        }
    }
}
