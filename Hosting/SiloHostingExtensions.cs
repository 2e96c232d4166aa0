using System.Net;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;
using Voisinage.Grains;
using Voisinage.Hosting.Migrations;

namespace Voisinage.Hosting;

/// <summary>How a silo joins the Voisinage cluster in either storage mode; shared by the Silo host and the embedded WebApi.</summary>
public static class SiloHostingExtensions
{
    /// <summary>The ADO.NET storage on the embedded SQLite file, behind <see cref="SingleWriterGrainStorage"/>.</summary>
    private const string SqliteStorage = "VoisinageSqlite";

    /// <summary>The ADO.NET storage on PostgreSQL, behind <see cref="GroupCommitGrainStorage"/> (it reads and clears; writes go in batches).</summary>
    private const string PostgresStorage = "VoisinagePostgres";

    public static ISiloBuilder UseVoisinage(this ISiloBuilder silo, VoisinageOptions options, IConfiguration configuration)
    {
        silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = options.Cluster.ClusterId;
            o.ServiceId = options.Cluster.ServiceId;
        });

        // Failure detection and timeouts keep Orleans' defaults unless configured (tests shorten them to see a kill quickly).
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(ClusterOptions.MembershipSection));
        silo.Services.Configure<SiloMessagingOptions>(configuration.GetSection(ClusterOptions.MessagingSection));
        silo.Services.Configure<GrainCollectionOptions>(configuration.GetSection(ClusterOptions.CollectionSection));
        silo.Services.Configure<GrainDirectoryOptions>(o => o.CacheSize = ClusterOptions.DefaultDirectoryCacheSize);
        silo.Services.Configure<GrainDirectoryOptions>(configuration.GetSection(ClusterOptions.DirectorySection));
        silo.Services.Configure<ReminderOptions>(configuration.GetSection(ClusterOptions.RemindersSection));

        switch (options.Storage)
        {
            case StorageMode.Embedded:
                silo.UseLocalhostClustering(options.Cluster.SiloPort, options.Cluster.GatewayPort);
                silo.AddAdoNetGrainStorage(SqliteStorage, o => o.Configure<IServiceProvider>((storage, services) =>
                {
                    storage.Invariant = OrleansAdoNetInvariants.Sqlite;
                    storage.ConnectionString = options.SqliteConnectionString;
                    storage.GrainStorageSerializer = StateSerializer(services);
                    storage.DeleteStateOnClear = true; // as for PostgreSQL below
                }));
                silo.Services.AddKeyedSingleton<IGrainStorage>(
                    StorageNames.Voisinage,
                    (services, _) => new SingleWriterGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(SqliteStorage)));
                silo.AddMemoryGrainStorage(StorageNames.PubSub);
                silo.UseInMemoryReminderService();
                break;

            case StorageMode.PostgreSQL:
                var cs = options.RequirePostgres();
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = cs;
                });
                if (options.Kubernetes)
                {
                    // The pod's name and IP (downward API) become the silo's name and advertised address; silos whose
                    // pod is gone are declared dead without waiting for the membership probes.
                    silo.Configure<EndpointOptions>(o =>
                    {
                        o.SiloPort = options.Cluster.SiloPort;
                        o.GatewayPort = options.Cluster.GatewayPort;
                    });
                    silo.UseKubernetesHosting();
                }
                else
                {
                    silo.ConfigureEndpoints(
                        AdvertisedAddress(options.Cluster.AdvertisedAddress),
                        options.Cluster.SiloPort,
                        options.Cluster.GatewayPort,
                        listenOnAnyHostAddress: true);
                }

                foreach (var store in new[] { PostgresStorage, StorageNames.PubSub })
                {
                    silo.AddAdoNetGrainStorage(store, o => o.Configure<IServiceProvider>((storage, services) =>
                    {
                        storage.Invariant = OrleansAdoNetInvariants.PostgreSql;
                        storage.ConnectionString = cs;
                        storage.GrainStorageSerializer = StateSerializer(services);

                        // A cleared state (a closed account, a released pseudo) leaves no row: the row's key is the
                        // grain's key, an email or a pseudo, which an erasure must not leave behind.
                        storage.DeleteStateOnClear = true;
                    }));
                }

                silo.Services.AddKeyedSingleton<IGrainStorage>(
                    StorageNames.Voisinage,
                    (services, _) => new GroupCommitGrainStorage(
                        (AdoNetGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(PostgresStorage),
                        PostgresStorage,
                        cs,
                        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Orleans.Configuration.ClusterOptions>>().Value.ServiceId,
                        options.GroupCommit,
                        services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<GroupCommitGrainStorage>>()));

                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = cs;
                });
                break;

            default:
                throw new InvalidOperationException($"Unknown storage mode {options.Storage}.");
        }

        silo.AddMemoryStreams(StorageNames.Streams, b =>
        {
            b.ConfigurePartitioning(options.Streams.Queues);
            b.ConfigurePullingAgent(o => o.Configure(a => a.GetQueueMsgsTimerPeriod = options.Streams.PollInterval));
        });
        // The embedded mail folder (no SMTP host) lives with the rest of the data.
        silo.Services.PostConfigure<Voisinage.Grains.Email.EmailOptions>(o => o.Directory ??= Path.Combine(options.DataDirectory, "mail"));
        silo.Services.AddVoisinageGrains(configuration);

        // Grain-call spans exist only when traces are exported: otherwise no filter runs on every call.
        if (options.Telemetry.TracingEnabled)
        {
            silo.AddActivityPropagation();
        }

        if (options.Dashboard.Enabled)
        {
            silo.AddDashboard(o => o.HideTrace = !options.Dashboard.ShowLogs);
        }

        return silo;
    }

    private static GrainStateSerializer StateSerializer(IServiceProvider services) =>
        new(services.GetRequiredService<Orleans.Serialization.Serializer>(), services.GetRequiredService<Orleans.Storage.IGrainStorageSerializer>());

    /// <summary>
    /// An IP address as is; a host name resolved (e.g. a compose service name); empty: this host's own address, so that
    /// identical replicas (<c>docker compose --scale silo=5</c>) each advertise their container's IP.
    /// </summary>
    public static IPAddress AdvertisedAddress(string? configured)
    {
        if (IPAddress.TryParse(configured, out var address))
        {
            return address;
        }

        var host = string.IsNullOrWhiteSpace(configured) ? Dns.GetHostName() : configured;
        var addresses = Dns.GetHostAddresses(host);
        return addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? addresses.FirstOrDefault(a => !IPAddress.IsLoopback(a))
            ?? throw new InvalidOperationException($"Voisinage:Cluster:AdvertisedAddress: {host} resolves to no usable address.");
    }

    /// <summary>
    /// Makes the storage ready before the silo starts. Embedded: creates the data folder and the SQLite schema,
    /// so that <c>dotnet run</c> needs nothing else. PostgreSQL: the schema is the <c>migrate</c> command's job.
    /// </summary>
    public static async Task PrepareStorageAsync(VoisinageOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (options.Storage == StorageMode.Embedded)
        {
            Directory.CreateDirectory(options.DataDirectory);
            await SchemaMigrator.MigrateSqliteAsync(options.SqliteConnectionString, logger, cancellationToken);
        }
    }
}
