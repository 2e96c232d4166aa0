using System.Globalization;

namespace Voisinage.Bench.Shared;

/// <summary>
/// The command line of a bench tool: <c>--name value</c> pairs, a name given without a value is a flag, a name may be
/// repeated (the last value counts, <see cref="All"/> gives every one). Anything else is refused, so that a mistyped
/// option is not silently measured with its default.
/// </summary>
internal sealed class Args
{
    private readonly List<(string Name, string? Value)> _pairs = [];

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument {args[i]}");
            }

            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            parsed._pairs.Add((name, value));
        }

        return parsed;
    }

    /// <summary>Whether the option was given (with or without a value).</summary>
    public bool Has(string name) => _pairs.Any(p => p.Name == name);

    public string String(string name, string fallback) => _pairs.LastOrDefault(p => p.Name == name).Value ?? fallback;

    public int Int(string name, int fallback) => OptionalInt(name) ?? fallback;

    /// <summary>The option's whole number, or null when it was not given.</summary>
    public int? OptionalInt(string name) =>
        _pairs.LastOrDefault(p => p.Name == name).Value is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    public double Double(string name, double fallback) => double.Parse(String(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    /// <summary>The API a load tool drives (<c>--url</c>; its run.sh passes the server it started).</summary>
    public Uri Url => new(String("url", "http://127.0.0.1:5080"));

    /// <summary>The server process whose CPU and memory a load tool reads (<c>--server-pid</c>), or null.</summary>
    public int? ServerPid => OptionalInt("server-pid");

    /// <summary>Every value the option was given, in order.</summary>
    public IEnumerable<string> All(string name) => _pairs.Where(p => p.Name == name && p.Value is not null).Select(p => p.Value!);
}
