using System.Collections.Concurrent;
using System.Diagnostics;

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

public sealed record Report(string Name, int Alerts, long Delivered, long Expected, long Duplicates, double P50, double P99, double Max)
{
    public override string ToString() =>
        $"{Name,-28} alerts {Alerts,5}  delivered {Delivered,7}/{Expected,-7} ({(Expected == 0 ? 0 : 100.0 * Delivered / Expected):0.###}%)  dup {Duplicates}  " +
        $"latency ms p50 {P50,7:0.0}  p99 {P99,7:0.0}  max {Max,7:0.0}";

    public string Latencies() => $"{Name,-28} latency ms p50 {P50,7:0.0}  p99 {P99,7:0.0}  max {Max,7:0.0}";
}
