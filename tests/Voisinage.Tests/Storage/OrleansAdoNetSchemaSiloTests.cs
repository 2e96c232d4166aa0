using Voisinage.Tests.Infrastructure;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Voisinage.Hosting.Migrations;

namespace Voisinage.Tests.Storage;

/// <summary>
/// Starts real in-process silos on the migrated schemas. Both tests live in one class so that
/// they do not run in parallel with each other.
/// </summary>
[Trait(Category.Name, Category.Postgres)]
public sealed class OrleansAdoNetSchemaSiloTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_silo_uses_the_postgres_schema_for_clustering_storage_and_reminders()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var serviceId = $"service-{Guid.NewGuid():N}";

        using (var host = BuildPostgresSilo(db.ConnectionString, clusterId, serviceId))
        {
            await StartAsync(host);
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IStorageProbeGrain>("alice");

            await grain.SetAsync("hello");
            await grain.SetAsync("hello again");
            await grain.SetDeletableAsync("to delete");
            await RetryAsync(() => grain.RegisterReminderAsync("tick"));
            Assert.True(await grain.HasReminderAsync("tick"));

            // Membership: this silo is Active (3) in our cluster.
            Assert.Equal(1, await db.CountAsync(
                "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @c AND status = 3", ("c", clusterId)));
            Assert.Equal(1, await db.CountAsync(
                "SELECT count(*) FROM orleansmembershipversiontable WHERE deploymentid = @c AND version > 0", ("c", clusterId)));

            // Grain state: two rows (one per storage), version 2 after two writes of the first.
            Assert.Equal(2, await db.CountAsync("SELECT count(*) FROM orleansstorage WHERE serviceid = @s", ("s", serviceId)));
            Assert.Equal(2, await db.CountAsync(
                "SELECT max(version) FROM orleansstorage WHERE serviceid = @s AND payloadbinary IS NOT NULL", ("s", serviceId)));

            // Reminder row, with its period in milliseconds.
            Assert.Equal(600_000, await db.CountAsync(
                "SELECT period FROM orleansreminderstable WHERE serviceid = @s AND remindername = 'tick'", ("s", serviceId)));

            // State is read back from the database after a deactivation.
            await grain.DeactivateAsync();
            await Task.Delay(500);
            Assert.Equal("hello again", await grain.GetAsync());
            Assert.Equal("to delete", await grain.GetDeletableAsync());

            // Clear: the first row is nulled (ClearStorageKey), the second deleted (DeleteStorageKey);
            // writing again afterwards must work for both.
            await grain.ClearAsync();
            Assert.Equal(1, await db.CountAsync("SELECT count(*) FROM orleansstorage WHERE serviceid = @s", ("s", serviceId)));
            await grain.SetAsync("after clear");
            await grain.SetDeletableAsync("after delete");
            Assert.Equal(2, await db.CountAsync(
                "SELECT count(*) FROM orleansstorage WHERE serviceid = @s AND payloadbinary IS NOT NULL", ("s", serviceId)));

            await grain.UnregisterReminderAsync("tick");
            Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM orleansreminderstable WHERE serviceid = @s", ("s", serviceId)));

            await host.StopAsync();
        }

        // A stopped silo is marked Dead (6) in the membership table.
        Assert.Equal(1, await db.CountAsync(
            "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @c AND status = 6", ("c", clusterId)));

        // A new silo of the same service finds the state again.
        using (var host = BuildPostgresSilo(db.ConnectionString, clusterId, serviceId))
        {
            await StartAsync(host);
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IStorageProbeGrain>("alice");
            Assert.Equal("after clear", await grain.GetAsync());
            Assert.Equal("after delete", await grain.GetDeletableAsync());
            Assert.Equal(1, await db.CountAsync(
                "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @c AND status = 3", ("c", clusterId)));
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Grain_state_in_a_sqlite_file_survives_a_silo_restart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"voisinage_t_{Guid.NewGuid():N}.db");

        // Same shape as the embedded silo's connection string (private cache; the migrator turns the write-ahead log on).
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        var serviceId = $"service-{Guid.NewGuid():N}";
        try
        {
            await SchemaMigrator.MigrateSqliteAsync(connectionString, NullLogger.Instance, CancellationToken.None);

            using (var host = BuildSqliteSilo(connectionString, serviceId))
            {
                await StartAsync(host);
                var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IStorageProbeGrain>("bob");
                await grain.SetAsync("first");
                await grain.SetAsync("persisted");
                await grain.SetDeletableAsync("deletable");
                await grain.ClearAsync();
                await grain.SetDeletableAsync("deletable again");
                await grain.SetAsync("persisted");
                await host.StopAsync();
            }

            Assert.Equal(2L, SqliteScalar(connectionString, $"SELECT count(*) FROM OrleansStorage WHERE ServiceId = '{serviceId}'"));

            using (var host = BuildSqliteSilo(connectionString, serviceId))
            {
                await StartAsync(host);
                var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IStorageProbeGrain>("bob");
                Assert.Equal("persisted", await grain.GetAsync());
                Assert.Equal("deletable again", await grain.GetDeletableAsync());
                await host.StopAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task Orleans_10_4_2_rejects_the_Microsoft_Data_Sqlite_invariant_name()
    {
        // Canary for OrleansAdoNetInvariants.Sqlite = "System.Data.SQLite". If this starts to
        // fail after an Orleans upgrade, "Microsoft.Data.Sqlite" works now and may be used.
        var path = Path.Combine(Path.GetTempPath(), $"voisinage_t_{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        try
        {
            await SchemaMigrator.MigrateSqliteAsync(connectionString, NullLogger.Instance, CancellationToken.None);
            using var host = BuildSqliteSilo(connectionString, $"service-{Guid.NewGuid():N}", "Microsoft.Data.Sqlite");

            var ex = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(host));
            Assert.Contains("Microsoft.Data.Sqlite", ex.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static IHost BuildPostgresSilo(string connectionString, string clusterId, string serviceId) =>
        Host.CreateDefaultBuilder()
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = clusterId;
                    o.ServiceId = serviceId;
                });
                silo.ConfigureEndpoints(IPAddress.Loopback, ApiFactory.FreePort(), ApiFactory.FreePort());
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
                silo.AddAdoNetGrainStorage(StorageProbeGrain.StorageName, o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
                silo.AddAdoNetGrainStorage(StorageProbeGrain.DeletingStorageName, o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                    o.DeleteStateOnClear = true;
                });
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = connectionString;
                });
            })
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();

    private static IHost BuildSqliteSilo(string connectionString, string serviceId, string invariant = OrleansAdoNetInvariants.Sqlite) =>
        Host.CreateDefaultBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(ApiFactory.FreePort(), ApiFactory.FreePort(), serviceId: serviceId, clusterId: "sqlite-test");
                silo.AddAdoNetGrainStorage(StorageProbeGrain.StorageName, o =>
                {
                    o.Invariant = invariant;
                    o.ConnectionString = connectionString;
                });
                silo.AddAdoNetGrainStorage(StorageProbeGrain.DeletingStorageName, o =>
                {
                    o.Invariant = invariant;
                    o.ConnectionString = connectionString;
                    o.DeleteStateOnClear = true;
                });
            })
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .Build();

    private static async Task StartAsync(IHost host)
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        await host.StartAsync(cts.Token);
    }

    // The reminder service may need a moment after silo start-up before it accepts registrations.
    private static async Task RetryAsync(Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (OrleansException) when (attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }

    private static long SqliteScalar(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
