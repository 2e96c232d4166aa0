using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Voisinage.Bench.National;

/// <summary>
/// A fresh PostgreSQL database, the real <c>Voisinage.Silo</c> processes on it (after <c>migrate</c>), and an Orleans
/// client connected to them. Silo settings for the bulk: cheap password hashing, geolocation in one day.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private const string ClusterId = "national";
    private readonly List<(Process Process, int HttpPort)> _silos = [];
    private readonly string _siloDll;
    private readonly string _logDirectory;
    private IHost? _client;

    private BenchCluster(string adminConnectionString, string database, string siloDll, string logDirectory, int poolSize, string npgsqlExtra)
    {
        AdminConnectionString = adminConnectionString;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder($"{adminConnectionString};{npgsqlExtra}") { Database = database, MaxPoolSize = poolSize }.ConnectionString;
        _siloDll = siloDll;
        _logDirectory = logDirectory;
    }

    public string AdminConnectionString { get; }

    public string Database { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => _client?.Services ?? throw new InvalidOperationException("Not connected.");

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("Not connected.");

    public IReadOnlyList<int> SiloProcessIds => [.. _silos.Select(s => s.Process.Id)];

    public static async Task<BenchCluster> CreateAsync(string adminConnectionString, string database, string siloDll, string logDirectory, IReadOnlyList<string> siloSettings, int silos, int poolSize, string npgsqlExtra)
    {
        var cluster = new BenchCluster(adminConnectionString, database, siloDll, logDirectory, poolSize, npgsqlExtra);
        await cluster.CreateDatabaseAsync();
        await cluster.RunAsync(["migrate", $"--ConnectionStrings:Postgres={cluster.ConnectionString}"], "migrate");
        for (var i = 0; i < silos; i++)
        {
            cluster.StartSilo(i, siloSettings);
        }

        foreach (var (_, port) in cluster._silos)
        {
            await WaitReadyAsync(port);
        }

        await cluster.ConnectAsync();
        return cluster;
    }

    private async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private async Task RunAsync(string[] args, string name)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_siloDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} failed ({process.ExitCode}): {output}{error}");
        }
    }

    private void StartSilo(int index, IReadOnlyList<string> settings)
    {
        var httpPort = 28180 + index;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_siloDll);
        foreach (var a in new[]
        {
            $"--Urls=http://127.0.0.1:{httpPort}",
            "--Voisinage:Storage=PostgreSQL",
            $"--ConnectionStrings:Postgres={ConnectionString}",
            $"--Voisinage:Cluster:ClusterId={ClusterId}",
            $"--Voisinage:Cluster:SiloPort={21111 + index}",
            $"--Voisinage:Cluster:GatewayPort={31000 + index}",
            "--Logging:LogLevel:Default=Warning",
        }.Concat(settings))
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(_logDirectory, $"silo{index}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _silos.Add((process, httpPort));
    }

    private static async Task WaitReadyAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Silo on http port {port} not ready.");
    }

    private async Task ConnectAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = "voisinage";
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = ConnectionString;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        _client = builder.Build();
        await _client.StartAsync();
    }

    /// <summary>Forces a full GC on every silo, lets the runtime's statistics settle, then reads heap and working set.</summary>
    public async Task<MemorySample> SampleMemoryAsync()
    {
        var management = Client.GetGrain<IManagementGrain>(0);
        var hosts = (await management.GetHosts(onlyActive: true)).Keys.ToArray();
        await management.ForceGarbageCollection(hosts);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await management.ForceGarbageCollection(hosts);
        SiloRuntimeStatistics[] stats = [];
        for (var i = 0; i < 4; i++)
        {
            // The runtime smooths its statistics: read until they stop moving.
            await Task.Delay(TimeSpan.FromSeconds(2));
            stats = await management.GetRuntimeStatistics(hosts);
        }

        var activations = await management.GetSimpleGrainStatistics(hosts);
        var byType = activations
            .GroupBy(a => a.GrainType.Split(',')[0].Split('.')[^1].Trim())
            .ToDictionary(g => g.Key, g => (long)g.Sum(a => a.ActivationCount));
        return new MemorySample(
            stats.Sum(s => s.EnvironmentStatistics.RawMemoryUsageBytes),
            _silos.Sum(s => WorkingSet(s.Process.Id)),
            stats.Sum(s => (long)s.ActivationCount),
            byType);
    }

    private static long WorkingSet(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Sizes of the Orleans tables (with indexes and TOAST) and of the whole database.</summary>
    public async Task<StorageSizes> StorageSizesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE orleansstorage", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        const string Sql = """
            SELECT pg_total_relation_size('orleansstorage'),
                   (SELECT count(*) FROM orleansstorage),
                   pg_total_relation_size('orleansreminderstable'),
                   pg_total_relation_size('orleansmembershiptable'),
                   pg_database_size(current_database()),
                   (SELECT coalesce(sum(octet_length(payloadbinary)), 0) FROM orleansstorage)
            """;
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var rows = new Dictionary<string, (long Rows, long Bytes)>();
        var sizes = new StorageSizes(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), rows);
        await reader.CloseAsync();
        await using var byType = new NpgsqlCommand("SELECT graintypestring, count(*), sum(octet_length(payloadbinary)) FROM orleansstorage GROUP BY 1 ORDER BY 2 DESC", connection);
        await using var r = await byType.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            rows[r.GetString(0)] = (r.GetInt64(1), r.IsDBNull(2) ? 0 : r.GetInt64(2));
        }

        return sizes;
    }

    /// <summary>
    /// Storage writes so far by grain state type: every write of a row bumps its version from 1 (a clear too), so the sum
    /// of versions counts the writes of rows still there. Taken before and after a phase, the difference is its writes.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> StorageWritesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT split_part(graintypestring, ',', 1), coalesce(sum(version), 0) FROM orleansstorage GROUP BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var writes = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            writes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return writes;
    }

    public async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            try
            {
                await _client.StopAsync();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException)
            {
            }

            _client.Dispose();
        }

        foreach (var (process, _) in _silos)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }
}

public sealed record MemorySample(long GcHeapBytes, long WorkingSetBytes, long Activations, IReadOnlyDictionary<string, long> ActivationsByType);

public sealed record StorageSizes(
    long StorageTableBytes,
    long StorageRows,
    long RemindersTableBytes,
    long MembershipTableBytes,
    long DatabaseBytes,
    long PayloadBytes,
    IReadOnlyDictionary<string, (long Rows, long Bytes)> ByGrainType);
