using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Voisinage.Hosting;

namespace Voisinage.ClusterFault;

/// <summary>Silos and front-ends as OS processes on a private PostgreSQL, in PostgreSQL mode as in production.</summary>
public sealed class FaultCluster : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly string _clusterId = "fault-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private FaultCluster(string workDirectory, PrivatePostgres postgres, IReadOnlyDictionary<string, string> settings)
    {
        WorkDirectory = workDirectory;
        Postgres = postgres;
        Settings = settings;
    }

    public string WorkDirectory { get; }

    public PrivatePostgres Postgres { get; }

    /// <summary>Extra configuration every silo and front-end gets.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public List<Node> Silos { get; } = [];

    public List<Node> FrontEnds { get; } = [];

    public IEnumerable<Node> Nodes => Silos.Concat(FrontEnds);

    /// <summary>
    /// A post whose text holds this stops the silo that saves it, between the save and the feed; a resident whose pseudo
    /// holds it stops the silo midway through their account closure (docs/fault-tolerance.md). Valid in a pseudo.
    /// </summary>
    public const string CrashMarker = "crash-midway";

    /// <summary>Fast failure detection (a killed silo is declared dead in a few seconds), cheap password hashing, one-day verification.</summary>
    public static Dictionary<string, string> DefaultSettings() => new()
    {
        ["Voisinage:PasswordHashing:MemoryKiB"] = "1024",
        ["Voisinage:PasswordHashing:Iterations"] = "1",
        ["Voisinage:Verification:FixDistinctDaysNeeded"] = "1",
        ["Voisinage:Alerts:MaxRaisesPerWindow"] = "1000",

        // The workload's residents write non-stop from one address (this machine): rate limits are not under test here.
        ["Voisinage:RateLimits:Edge:RequestsPerAddress"] = "0",
        ["Voisinage:RateLimits:Edge:RequestsPerAccount"] = "0",
        ["Voisinage:RateLimits:Edge:WritesPerAddress"] = "0",
        ["Voisinage:RateLimits:Edge:WritesPerAccount"] = "0",
        ["Voisinage:RateLimits:Resident:Post:Limit"] = "1000000",
        ["Voisinage:RateLimits:Resident:Listing:Limit"] = "1000000",
        ["Voisinage:Cluster:Membership:ProbeTimeout"] = "00:00:02",
        ["Voisinage:Cluster:Membership:NumMissedProbesLimit"] = "3",
        ["Voisinage:Cluster:Membership:IAmAliveTablePublishTimeout"] = "00:00:02",
        ["Voisinage:Cluster:Membership:TableRefreshTimeout"] = "00:00:02",
        ["Voisinage:Cluster:Membership:DeathVoteExpirationTimeout"] = "00:00:10",
        ["Voisinage:Cluster:Gateway:GatewayListRefreshPeriod"] = "00:00:02",
        ["Voisinage:Cluster:Messaging:ResponseTimeout"] = "00:00:10",
        ["Voisinage:AlertFeeds:ResyncInterval"] = "00:00:02",

        // The crash hook: only a post or a pseudo holding this marker stops its silo (FeedOutboxCrashTests, ClosureCrashTests).
        ["Voisinage:FaultInjection:CrashMarker"] = CrashMarker,
        ["Voisinage:Shutdown:Timeout"] = "00:00:30",
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Orleans"] = "Warning",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:TimestampFormat"] = "HH:mm:ss.fff ",
    };

    /// <summary>Starts PostgreSQL, migrates, then <paramref name="silos"/> silos and <paramref name="frontEnds"/> front-ends, each ready.</summary>
    public static async Task<FaultCluster> StartAsync(int silos, int frontEnds, IReadOnlyDictionary<string, string>? settings = null, string? workDirectory = null)
    {
        workDirectory ??= Path.Combine(Path.GetTempPath(), "voisinage-fault-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(workDirectory);
        var postgres = await PrivatePostgres.StartAsync(Path.Combine(workDirectory, "pg"), FreePort());
        var cluster = new FaultCluster(workDirectory, postgres, settings ?? DefaultSettings());
        try
        {
            await cluster.MigrateAsync();
            for (var i = 0; i < silos; i++)
            {
                cluster.Silos.Add(new Node($"silo{i + 1}", NodeKind.Silo, FreePort(), FreePort(), FreePort()));
            }

            for (var i = 0; i < frontEnds; i++)
            {
                cluster.FrontEnds.Add(new Node($"api{i + 1}", NodeKind.FrontEnd, FreePort(), 0, 0));
            }

            // The first silo creates the membership rows; the others join it in parallel.
            await cluster.StartAsync(cluster.Silos[0]);
            await Task.WhenAll(cluster.Silos.Skip(1).Select(cluster.StartAsync));
            await Task.WhenAll(cluster.FrontEnds.Select(cluster.StartAsync));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository's <c>&lt;Project&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;assembly&gt;.dll</c>, built by the solution build.</summary>
    public static string ProductBinary(string project, string assembly)
    {
        var metadata = typeof(FaultCluster).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Voisinage.Orleans.sln")))
            {
                var path = Path.Combine(dir.FullName, project, "bin", metadata["VoisinageConfiguration"]!, metadata["VoisinageTargetFramework"]!, assembly + ".dll");
                return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.", path);
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }

    public async Task MigrateAsync()
    {
        var log = Path.Combine(WorkDirectory, "migrate.log");
        using var migrate = ChildProcess.Start("migrate", Dotnet, [ProductBinary("Silo", "Voisinage.Silo"), "migrate", $"--ConnectionStrings:Postgres={Postgres.ConnectionString}"], log);
        if (!await migrate.WaitForExit(TimeSpan.FromMinutes(2)) || migrate.ExitCode != 0)
        {
            throw new InvalidOperationException("migrate failed:\n" + migrate.Tail());
        }
    }

    /// <summary>
    /// Starts (or restarts, on the same ports) a node and waits until its readiness endpoint says 200. Like a process
    /// supervisor, starts it again (up to 3 times) if it exits first, e.g. a joining silo declared dead by a loaded cluster.
    /// </summary>
    public async Task StartAsync(Node node)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync(node);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && node.Process is { HasExited: true })
            {
            }
        }
    }

    private async Task StartOnceAsync(Node node)
    {
        node.Process?.Dispose();
        var args = new List<string>
        {
            node.Kind == NodeKind.Silo ? ProductBinary("Silo", "Voisinage.Silo") : ProductBinary("WebApi", "Voisinage.WebApi"),
            "--urls", node.BaseAddress.ToString().TrimEnd('/'),
            "--Voisinage:Storage=PostgreSQL",
            $"--ConnectionStrings:Postgres={Postgres.ConnectionString}",
            $"--Voisinage:Cluster:ClusterId={_clusterId}",
            $"--Voisinage:Cluster:ServiceId={_clusterId}",
            $"--Voisinage:Jwt:SigningKey={_signingKey}",
        };
        if (node.Kind == NodeKind.Silo)
        {
            args.Add($"--Voisinage:Cluster:SiloPort={node.SiloPort.ToString(CultureInfo.InvariantCulture)}");
            args.Add($"--Voisinage:Cluster:GatewayPort={node.GatewayPort.ToString(CultureInfo.InvariantCulture)}");
        }

        args.AddRange(Settings.Select(kv => $"--{kv.Key}={kv.Value}"));
        node.Starts++;
        node.Process = ChildProcess.Start(node.Name, Dotnet, args, Path.Combine(WorkDirectory, node.Name + ".log"), new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_gcServer"] = "0",
        });
        await WaitReadyAsync(node, TimeSpan.FromSeconds(120));
    }

    /// <summary>Polls <c>/health/ready</c> until 200; fails early if the process exits.</summary>
    public static async Task WaitReadyAsync(Node node, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (node.Process is null || node.Process.HasExited)
            {
                throw new InvalidOperationException($"{node.Name} exited before it was ready:\n{node.Process?.Tail()}");
            }

            if (await ReadyStatusAsync(node) == HttpStatusCode.OK)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{node.Name} not ready after {timeout}:\n{node.Process.Tail()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The status of <c>/health/ready</c>, or null when nothing answers.</summary>
    public static async Task<HttpStatusCode?> ReadyStatusAsync(Node node, string path = "/health/ready")
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(node.BaseAddress, path));
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL, as a machine failure.</summary>
    public static async Task KillAsync(Node node)
    {
        node.Process?.Kill();
        await (node.Process?.WaitForExit(TimeSpan.FromSeconds(10)) ?? Task.FromResult(true));
    }

    /// <summary>SIGTERM; returns whether the process left within <paramref name="timeout"/>.</summary>
    public static async Task<bool> TerminateAsync(Node node, TimeSpan timeout)
    {
        node.Process?.Terminate();
        return await (node.Process?.WaitForExit(timeout) ?? Task.FromResult(true));
    }

    /// <summary>An Orleans client of this cluster (for checks that read grains directly).</summary>
    public async Task<IHost> ConnectClientAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Voisinage:Storage"] = "PostgreSQL",
            ["ConnectionStrings:Postgres"] = Postgres.ConnectionString,
            ["Voisinage:Cluster:ClusterId"] = _clusterId,
            ["Voisinage:Cluster:ServiceId"] = _clusterId,
        });
        var options = VoisinageOptions.From(builder.Configuration);
        builder.UseOrleansClient(client => client.UseVoisinage(options));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>The last lines of every log, for a failure message.</summary>
    public string Tails(int lines = 30)
    {
        var text = new StringBuilder();
        foreach (var node in Nodes)
        {
            text.Append("\n===== ").Append(node.Name).Append(" (").Append(node.Process?.LogPath).Append(") =====\n").Append(node.Process?.Tail(lines));
        }

        try
        {
            var pg = File.ReadAllLines(Postgres.LogPath);
            text.Append("\n===== postgres =====\n").Append(string.Join('\n', pg.Skip(Math.Max(0, pg.Length - lines))));
        }
        catch (IOException)
        {
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            node.Process?.Dispose();
        }

        ChildProcess.KillAll();
        await Postgres.DisposeAsync();
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

public enum NodeKind
{
    Silo,
    FrontEnd,
}

/// <summary>A silo or a front-end: its ports stay the same across restarts.</summary>
public sealed class Node(string name, NodeKind kind, int httpPort, int siloPort, int gatewayPort)
{
    public string Name { get; } = name;

    public NodeKind Kind { get; } = kind;

    public int SiloPort { get; } = siloPort;

    public int GatewayPort { get; } = gatewayPort;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}/");

    public ChildProcess? Process { get; set; }

    public int Starts { get; set; }

    public bool IsRunning => Process is { HasExited: false };
}
