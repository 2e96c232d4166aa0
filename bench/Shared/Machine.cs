using System.Globalization;

namespace Voisinage.Bench.Shared;

/// <summary>
/// What the load tools read of this machine and of the server under load (from /proc, Linux only): CPU time and memory
/// of a process, the load average. CPU per operation does not depend on what other processes leave of the machine, so
/// it is the figure to compare across runs.
/// </summary>
public static class Machine
{
    /// <summary>The load average over 1, 5 and 15 minutes, as /proc/loadavg gives it.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    /// <summary>
    /// User + system CPU seconds the process has used (with <paramref name="withReapedChildren"/>, also those of the
    /// children it has waited for, as a PostgreSQL postmaster's), or null when there is no such process.
    /// </summary>
    public static double? CpuSeconds(int? pid, bool withReapedChildren = false)
    {
        if (pid is not > 0)
        {
            return null;
        }

        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // no such process, or it ended while being read
        }

        // After the command name (which may hold ')' itself): utime, stime, cutime, cstime (fields 14 to 17) in clock
        // ticks (100 per second).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[11..(withReapedChildren ? 15 : 13)].Sum(f => double.Parse(f, CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>The process's resident memory in MiB, or null when there is no such process.</summary>
    public static double? ResidentMiB(int? pid)
    {
        if (pid is not > 0 || !File.Exists($"/proc/{pid}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>Runs <paramref name="action"/> on every item, at most <paramref name="parallel"/> at a time.</summary>
    public static async Task ForEachLimited<T>(IEnumerable<T> items, int parallel, Func<T, Task> action)
    {
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                await action(item);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
