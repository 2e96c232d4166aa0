using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Voisinage.ClusterFault;

/// <summary>
/// A PostgreSQL server of our own (initdb in a temporary folder, a free port), so that restarting it disturbs no other
/// test. PostgreSQL refuses to run as root: when we are root, its binaries run as user <c>postgres</c>.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;

    private PrivatePostgres(string root, int port, string bin)
    {
        Root = root;
        Port = port;
        _bin = bin;
    }

    public string Root { get; }

    public int Port { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string LogPath => Path.Combine(Root, "postgres.log");

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=voisinage;Timeout=5;Command Timeout=30;Maximum Pool Size=40";

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<PrivatePostgres> StartAsync(string root, int port)
    {
        var bin = FindBinaries();
        Directory.CreateDirectory(root);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", root], asPostgres: false);
        }

        var pg = new PrivatePostgres(root, port, bin);
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", pg.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-instructions"], asPostgres: IsRoot);
        await pg.StartServerAsync();
        await using (var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE voisinage", connection);
            await create.ExecuteNonQueryAsync();
        }

        return pg;
    }

    public Task StartServerAsync() => RunAsync(
        Path.Combine(_bin, "pg_ctl"),
        [
            "-D", DataDirectory, "-l", LogPath, "-w", "-t", "60",
            "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k {Root} -c listen_addresses=127.0.0.1 -c max_connections=400",
            "start",
        ],
        asPostgres: IsRoot);

    /// <summary>A fast shutdown: sessions are cut, committed data is kept.</summary>
    public Task StopServerAsync(string mode = "fast") =>
        RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", mode, "-w", "-t", "60", "stop"], asPostgres: IsRoot);

    public async Task RestartAsync()
    {
        await StopServerAsync();
        await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync("immediate");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root)
            ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "bin", "initdb"))).OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).ToList()
            : [];
        return versions.Count > 0
            ? Path.Combine(versions[^1], "bin")
            : throw new InvalidOperationException($"No PostgreSQL server binaries under {root} (apt-get install postgresql).");
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
