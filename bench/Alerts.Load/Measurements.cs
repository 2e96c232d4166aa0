using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Voisinage.Bench.Alerts;

/// <summary>Send times of alerts (by title) and what each client received, for delivery and latency figures.</summary>
public sealed class Measurements
{
    private readonly ConcurrentDictionary<string, long> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _expected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Title, int Client), long> _received = new();
    private long _duplicates;

    public void Sending(string title, int recipients)
    {
        _sent[title] = Stopwatch.GetTimestamp();
        _expected[title] = recipients;
    }

    public void Failed(string title) => _expected.TryRemove(title, out _);

    public void Received(string title, int client)
    {
        var now = Stopwatch.GetTimestamp();
        if (!_received.TryAdd((title, client), now))
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    /// <summary>Whether a client received any alert whose title starts with <paramref name="prefix"/>.</summary>
    public bool HasReceivedPrefix(string prefix, int client) => _received.Keys.Any(k => k.Client == client && k.Title.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Whether the tail comes from the path to the first subscriber or from the fan-out to the others.</summary>
    public Shape AlertShape()
    {
        var firsts = new List<double>();
        var spreads = new List<double>();
        foreach (var group in _received.Where(r => _expected.ContainsKey(r.Key.Title)).GroupBy(r => r.Key.Title))
        {
            if (!_sent.TryGetValue(group.Key, out var sentAt))
            {
                continue;
            }

            var first = group.Min(r => r.Value);
            var last = group.Max(r => r.Value);
            firsts.Add(Stopwatch.GetElapsedTime(sentAt, first).TotalMilliseconds);
            spreads.Add(Stopwatch.GetElapsedTime(first, last).TotalMilliseconds);
        }

        firsts.Sort();
        spreads.Sort();
        static double At(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        return new Shape(At(firsts, 0.5), At(firsts, 0.99), At(spreads, 0.5), At(spreads, 0.99));
    }

    /// <summary>
    /// The alerts slowest to reach their first subscriber, with when they were raised (seconds into the phase): slow
    /// alerts raised together point at a pause of the server (a collection, a storage checkpoint), spread ones at queueing.
    /// </summary>
    public string Slowest(int count)
    {
        if (_sent.IsEmpty)
        {
            return "none";
        }

        var start = _sent.Values.Min();
        var firsts = _received.Where(r => _expected.ContainsKey(r.Key.Title)).GroupBy(r => r.Key.Title)
            .Where(g => _sent.ContainsKey(g.Key))
            .Select(g => (Offset: Stopwatch.GetElapsedTime(start, _sent[g.Key]).TotalSeconds, Latency: Stopwatch.GetElapsedTime(_sent[g.Key], g.Min(r => r.Value)).TotalMilliseconds))
            .OrderByDescending(a => a.Latency)
            .Take(count)
            .OrderBy(a => a.Offset);
        return string.Join(", ", firsts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Offset:0.0}s:{a.Latency:0}")));
    }

    /// <summary>The figures over every client, or over the clients <paramref name="include"/> selects (one transport).</summary>
    public Report Report(string name, Func<int, bool>? include = null)
    {
        var latencies = new List<double>();
        long delivered = 0;
        foreach (var ((title, client), at) in _received)
        {
            if (include?.Invoke(client) == false)
            {
                continue;
            }

            if (_expected.ContainsKey(title) && _sent.TryGetValue(title, out var sentAt))
            {
                delivered++;
                latencies.Add(Stopwatch.GetElapsedTime(sentAt, at).TotalMilliseconds);
            }
        }

        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new Report(name, _expected.Count, delivered, _expected.Values.Sum(), Interlocked.Read(ref _duplicates), At(0.5), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1]);
    }
}

/// <summary>Per alert: when its first subscriber got it, and how long the last one waited after the first.</summary>
public sealed record Shape(double FirstP50, double FirstP99, double SpreadP50, double SpreadP99)
{
    public override string ToString() =>
        $"per alert: first receiver ms p50 {FirstP50,6:0.0} p99 {FirstP99,6:0.0}; last − first ms p50 {SpreadP50,6:0.0} p99 {SpreadP99,6:0.0}";
}

public sealed record Report(string Name, int Alerts, long Delivered, long Expected, long Duplicates, double P50, double P99, double Max)
{
    public override string ToString() =>
        $"{Name,-28} alerts {Alerts,5}  delivered {Delivered,7}/{Expected,-7} ({(Expected == 0 ? 0 : 100.0 * Delivered / Expected):0.###}%)  dup {Duplicates}  " +
        $"latency ms p50 {P50,7:0.0}  p99 {P99,7:0.0}  max {Max,7:0.0}";

    public string Latencies() => $"{Name,-28} latency ms p50 {P50,7:0.0}  p99 {P99,7:0.0}  max {Max,7:0.0}";
}
