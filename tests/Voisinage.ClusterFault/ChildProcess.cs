using System.Collections.Concurrent;
using System.Diagnostics;

namespace Voisinage.ClusterFault;

/// <summary>
/// An OS process whose output goes to a log file and can be awaited line by line. Every child is remembered so that
/// <see cref="KillAll"/> (also run when this process exits) leaves no orphan behind.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private static readonly ConcurrentDictionary<int, ChildProcess> Alive = new();
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly object _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _watchers = [];

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    private ChildProcess(string name, Process process, string logPath)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
        _log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <param name="workingDirectory">
    /// Where the process runs; by default this process's own folder. ASP.NET Core reads <c>appsettings.json</c> from the
    /// working directory, so a product binary that must start with its own settings runs from its folder.
    /// </param>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string logPath, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, logPath);
        child.Write($"--- {DateTime.UtcNow:HH:mm:ss.fff} starting {fileName} {string.Join(' ', info.ArgumentList)}");
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => Alive.TryRemove(child.Id, out _);
        process.Start();
        Alive[process.Id] = child;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes with the first line (past or future) that matches, or fails when the process exits first.</summary>
    public async Task<string> WaitForLine(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var seen = _lines.FirstOrDefault(match);
            if (seen is not null)
            {
                return seen;
            }

            _watchers.Add((match, found));
        }

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
        if (first == found.Task)
        {
            return await found.Task;
        }

        throw new TimeoutException(first == exited ? $"{Name} exited ({_process.ExitCode}) before the expected line" : $"{Name}: no expected line within {timeout}");
    }

    /// <summary>SIGKILL: the process dies at once, as on a machine failure.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>SIGTERM: asks for a graceful shutdown.</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    public async Task<bool> WaitForExit(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public int ExitCode => _process.ExitCode;

    public string Tail(int lines = 40)
    {
        lock (_gate)
        {
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - lines)));
        }
    }

    public void Dispose()
    {
        Kill();
        _process.WaitForExit(5000);
        Alive.TryRemove(_process.Id, out _);
        lock (_gate)
        {
            _log.Dispose();
        }

        _process.Dispose();
    }

    /// <summary>Kills every child still running (a failed or cancelled run must not leave processes for CI).</summary>
    public static void KillAll()
    {
        foreach (var child in Alive.Values)
        {
            child.Kill();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource<string>> found = [];
        lock (_gate)
        {
            _lines.Add(line);
            if (_lines.Count > 20_000)
            {
                _lines.RemoveRange(0, 10_000);
            }

            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }

            for (var i = _watchers.Count - 1; i >= 0; i--)
            {
                if (_watchers[i].Match(line))
                {
                    found.Add(_watchers[i].Found);
                    _watchers.RemoveAt(i);
                }
            }
        }

        foreach (var f in found)
        {
            f.TrySetResult(line);
        }
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            _log.WriteLine(line);
        }
    }
}
