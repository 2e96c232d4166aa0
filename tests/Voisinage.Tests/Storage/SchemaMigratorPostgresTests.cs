using Voisinage.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Voisinage.Hosting.Migrations;

namespace Voisinage.Tests.Storage;

[Trait(Category.Name, Category.Postgres)]
public sealed class SchemaMigratorPostgresTests
{
    private static readonly int[] AllVersions =
        SchemaMigrator.LoadMigrations(DatabaseEngine.PostgreSql).Select(m => m.Version).ToArray();

    [Fact]
    public void Embedded_postgres_migrations_are_found_in_order()
    {
        var migrations = SchemaMigrator.LoadMigrations(DatabaseEngine.PostgreSql);

        Assert.Equal([1, 2, 3, 4], migrations.Select(m => m.Version));
        Assert.Equal(
            ["orleans_main", "orleans_clustering", "orleans_persistence", "orleans_reminders"],
            migrations.Select(m => m.Name));
        Assert.All(migrations, m => Assert.Matches("^[0-9a-f]{64}$", m.Checksum));
    }

    [Theory]
    [InlineData("Voisinage.Migrations.PostgreSQL/0002_orleans_clustering.sql", "PostgreSQL", true, 2, "orleans_clustering")]
    [InlineData("Voisinage.Migrations.PostgreSQL\\0002_orleans_clustering.sql", "PostgreSQL", true, 2, "orleans_clustering")]
    [InlineData("Voisinage.Migrations.PostgreSQL.0002_orleans_clustering.sql", "PostgreSQL", true, 2, "orleans_clustering")]
    [InlineData("Voisinage.Migrations.Sqlite/0001_orleans_main.sql", "PostgreSQL", false, 0, "")]
    [InlineData("Voisinage.Migrations.PostgreSQL/readme.sql", "PostgreSQL", false, 0, "")]
    public void Resource_names_are_parsed_whatever_the_separator(string resource, string folder, bool ok, int version, string name)
    {
        Assert.Equal(ok, SchemaMigrator.TryParseResourceName(resource, folder, out var parsedVersion, out var parsedName));
        Assert.Equal(version, parsedVersion);
        Assert.Equal(name, parsedName);
    }

    [Fact]
    public async Task Migrate_twice_is_a_no_op()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();

        var first = await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var before = await db.DumpSchemaAsync();
        var second = await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var after = await db.DumpSchemaAsync();

        Assert.Equal(AllVersions, first.Applied);
        Assert.Empty(first.Skipped);
        Assert.Empty(second.Applied);
        Assert.Equal(AllVersions, second.Skipped);
        Assert.False(second.AppliedAny);
        Assert.Equal(before, after);
        Assert.Contains("orleansquery", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_migrations_on_an_empty_database_apply_each_migration_once()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();

        using var start = new ManualResetEventSlim();
        var runs = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(runs);

        Assert.Equal(AllVersions, results.SelectMany(r => r.Applied).Order());
        Assert.All(results, r => Assert.Equal(AllVersions, r.Applied.Concat(r.Skipped).Order()));
        Assert.Equal(AllVersions.Length, await db.CountAsync("SELECT count(*) FROM voisinage_schema_migrations"));
        Assert.Equal(
            OrleansQueryKeys.AllPostgres.Count(),
            await db.CountAsync("SELECT count(*) FROM orleansquery"));
    }

    [Fact]
    public async Task Every_query_key_of_the_10_4_2_providers_is_present()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);

        var keys = await db.ReadStringsAsync("SELECT querykey FROM orleansquery");

        foreach (var key in OrleansQueryKeys.AllPostgres)
        {
            Assert.Contains(key, keys);
        }

        Assert.Contains("CleanupDefunctSiloEntriesKey", keys);
        Assert.Empty(await db.ReadStringsAsync("SELECT querykey FROM orleansquery WHERE btrim(querytext) = ''"));
    }

    [Fact]
    public async Task Migrator_refuses_to_run_when_an_applied_migration_changed()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        await db.ExecuteAsync("UPDATE voisinage_schema_migrations SET checksum = 'edited' WHERE version = 2");

        var ex = await Assert.ThrowsAsync<SchemaMigrationException>(
            () => SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None));

        Assert.Contains("0002_orleans_clustering", ex.Message, StringComparison.Ordinal);
        Assert.Contains("never be edited", ex.Message, StringComparison.Ordinal);

        // The advisory lock was released: another run gets as far as the checksum check again.
        await Assert.ThrowsAsync<SchemaMigrationException>(
            () => SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();

        // An object that 0001 creates already exists with another shape: 0001 is fine (IF NOT
        // EXISTS) but 0002 cannot insert its rows, so it must roll back entirely.
        await db.ExecuteAsync("CREATE TABLE orleansquery (querykey varchar(64) PRIMARY KEY, querytext varchar(8000) NOT NULL, extra int NOT NULL)");

        await Assert.ThrowsAsync<SchemaMigrationException>(
            () => SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None));

        Assert.Equal([1L], (await db.ReadStringsAsync("SELECT version FROM voisinage_schema_migrations")).Select(long.Parse));
        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM pg_tables WHERE tablename = 'orleansmembershiptable'"));
    }

    [Fact]
    public async Task WaitForPostgres_returns_when_the_server_is_up()
    {
        await SchemaMigrator.WaitForPostgresAsync(PostgresTestDatabase.ServerConnectionString, TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    [Fact]
    public async Task WaitForPostgres_times_out_when_nothing_listens()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.ServerConnectionString)
        {
            Host = "127.0.0.1",
            Port = ApiFactory.FreePort(),
        }.ConnectionString;

        var ex = await Assert.ThrowsAsync<TimeoutException>(
            () => SchemaMigrator.WaitForPostgresAsync(unreachable, TimeSpan.FromSeconds(2), CancellationToken.None));
        Assert.Contains("did not accept connections", ex.Message, StringComparison.Ordinal);
    }
}
