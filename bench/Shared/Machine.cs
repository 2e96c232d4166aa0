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

    /// <summary>User + system CPU seconds the process has used, or null when there is no such process.</summary>
    public static double? CpuSeconds(int? pid)
    {
        if (pid is not > 0 || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        // /proc/<pid>/stat after the command name: utime and stime (fields 14 and 15) in clock ticks (100 per second).
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
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
