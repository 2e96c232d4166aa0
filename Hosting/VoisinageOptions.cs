namespace Voisinage.Hosting;

/// <summary>Where the cluster keeps its state (SPEC §10).</summary>
public enum StorageMode
{
    /// <summary>One process, localhost clustering, grain state in a SQLite file, in-memory streams and reminders.</summary>
    Embedded,

    /// <summary>ADO.NET clustering, persistence and reminders on PostgreSQL; several silos and front-ends.</summary>
    PostgreSQL,
}

/// <summary>Section <c>Voisinage</c>: how a host joins the cluster.</summary>
public sealed class VoisinageOptions
{
    public const string Section = "Voisinage";

    public StorageMode Storage { get; set; } = StorageMode.Embedded;

    /// <summary>Embedded mode: the folder of the SQLite file and of the generated token signing key.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>PostgreSQL mode: the Npgsql connection string (or <c>ConnectionStrings:Postgres</c>).</summary>
    public string? PostgresConnectionString { get; set; }

    public ClusterOptions Cluster { get; set; } = new();

    /// <summary>Silos run in Kubernetes pods: <c>UseKubernetesHosting()</c> takes the pod name and IP from the downward API.</summary>
    public bool Kubernetes { get; set; }

    public TelemetryOptions Telemetry { get; set; } = new();

    public OperatorDashboardOptions Dashboard { get; set; } = new();

    public StreamOptions Streams { get; set; } = new();

    public GroupCommitOptions GroupCommit { get; set; } = new();

    public string SqliteConnectionString => $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "voisinage.db")}";

    public string RequirePostgres() =>
        string.IsNullOrWhiteSpace(PostgresConnectionString)
            ? throw new InvalidOperationException("Voisinage:Storage is PostgreSQL but no connection string is set (ConnectionStrings:Postgres or Voisinage:PostgresConnectionString).")
            : WithProviderDefaults(PostgresConnectionString);

    /// <summary>
    /// Npgsql settings for the Orleans providers, unless the connection string says otherwise.
    /// <list type="bullet">
    /// <item>They send the same few statements all day: Npgsql prepares them on each connection so PostgreSQL stops
    /// parsing and planning every call (bench/National, 50k residents: 490 → 721 onboarded/s together with a pool of 16
    /// instead of 60). Set <c>Max Auto Prepare=0</c> behind a pooler that cannot keep prepared statements (PgBouncer in
    /// transaction mode before 1.21).</item>
    /// <item>They leave no session state behind (no temporary table, setting, lock or LISTEN), so a connection going back
    /// to the pool needs no reset: <c>No Reset On Close</c> saves the six reset statements Npgsql would otherwise send
    /// with the next command (bench/National, 100k residents: creations 1,992 → 2,719/s).</item>
    /// </list>
    /// </summary>
    public static string WithProviderDefaults(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.ContainsKey("Max Auto Prepare") && !builder.ContainsKey("MaxAutoPrepare"))
        {
            builder["Max Auto Prepare"] = 32;
            if (!builder.ContainsKey("Auto Prepare Min Usages") && !builder.ContainsKey("AutoPrepareMinUsages"))
            {
                builder["Auto Prepare Min Usages"] = 2;
            }
        }

        if (!builder.ContainsKey("No Reset On Close") && !builder.ContainsKey("NoResetOnClose"))
        {
            builder["No Reset On Close"] = true;
        }

        return builder.ConnectionString;
    }

    public static VoisinageOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<VoisinageOptions>() ?? new VoisinageOptions();
        options.PostgresConnectionString ??= configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(options.Telemetry.Otlp.Endpoint))
        {
            options.Telemetry.Otlp.Endpoint = configuration[TelemetryOptions.OtlpEndpointVariable];
        }

        return options;
    }
}

/// <summary>Section <c>Voisinage:Cluster</c>.</summary>
public sealed class ClusterOptions
{
    /// <summary>Orleans <c>ClusterMembershipOptions</c> overrides (probe timeouts, votes), for silos.</summary>
    public const string MembershipSection = "Voisinage:Cluster:Membership";

    /// <summary>Orleans <c>SiloMessagingOptions</c> / <c>ClientMessagingOptions</c> overrides (e.g. ResponseTimeout).</summary>
    public const string MessagingSection = "Voisinage:Cluster:Messaging";

    /// <summary>Orleans <c>GatewayOptions</c> overrides (e.g. GatewayListRefreshPeriod), for front-ends.</summary>
    public const string GatewaySection = "Voisinage:Cluster:Gateway";

    /// <summary>
    /// Orleans <c>GrainCollectionOptions</c> overrides (e.g. CollectionAge, 15 minutes by default): how long an idle
    /// activation stays in memory — longer keeps more residents warm at the cost of memory per silo.
    /// </summary>
    public const string CollectionSection = "Voisinage:Cluster:Collection";

    /// <summary>
    /// Orleans <c>GrainDirectoryOptions</c> overrides. Our default <c>CacheSize</c> is <see cref="DefaultDirectoryCacheSize"/>:
    /// Orleans caches the address of every activation a silo places (1,000,000 entries by default, ~170 B each), so
    /// residents would keep a cache entry each; a silo needs the addresses of its hot remote grains, not of every resident.
    /// </summary>
    public const string DirectorySection = "Voisinage:Cluster:Directory";

    /// <summary>
    /// Orleans <c>ReminderOptions</c> overrides (e.g. MinimumReminderPeriod, one minute by default): the fault tests
    /// shorten it so that a reminder period of seconds (<c>Voisinage:Push:SweepInterval</c>) is accepted.
    /// </summary>
    public const string RemindersSection = "Voisinage:Cluster:Reminders";

    /// <summary>Directory cache entries per silo unless <c>Voisinage:Cluster:Directory:CacheSize</c> says otherwise.</summary>
    public const int DefaultDirectoryCacheSize = 100_000;

    public string ClusterId { get; set; } = "voisinage";

    public string ServiceId { get; set; } = "voisinage";

    /// <summary>Silo-to-silo port; each silo on one machine needs its own.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port the front-ends connect to; each silo on one machine needs its own.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at: an IP, a host name, or empty for this host's own address. Defaults to loopback for a single machine.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";
}

/// <summary>Section <c>Voisinage:Streams</c>: the alert streams' queues (in memory, pulled by each silo's agents).</summary>
public sealed class StreamOptions
{
    /// <summary>How often a pulling agent reads its queue: alerts are live, so much shorter than Orleans' 100 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Queues, spread over the silos' pulling agents (Orleans' default 8; more for a large cluster).</summary>
    public int Queues { get; set; } = 8;
}
