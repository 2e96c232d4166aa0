using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Voisinage.Hosting.Migrations;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Storage;

[Trait(Category.Name, Category.Unit)]
public sealed class SchemaMigratorSqliteTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"voisinage_t_{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 60 }.ToString();

    [Fact]
    public async Task Migrate_twice_is_a_no_op_and_creates_the_persistence_queries()
    {
        var first = await SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None);
        var before = Dump();
        var second = await SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None);

        Assert.Equal([1, 2], first.Applied);
        Assert.Empty(second.Applied);
        Assert.Equal([1, 2], second.Skipped);
        Assert.Equal(before, Dump());
        foreach (var key in OrleansQueryKeys.Persistence)
        {
            Assert.Contains($"query {key}", before, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Migrate_turns_the_write_ahead_log_on()
    {
        await SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None);

        // Kept in the file: a fresh connection (as the silo's storage opens) finds it on.
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task Concurrent_migrations_apply_each_migration_once()
    {
        using var start = new ManualResetEventSlim();
        var runs = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(runs);

        Assert.Equal([1, 2], results.SelectMany(r => r.Applied).Order());
        Assert.Contains("history 2", Dump(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrator_refuses_to_run_when_an_applied_migration_changed()
    {
        await SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None);
        Execute("UPDATE voisinage_schema_migrations SET checksum = 'edited' WHERE version = 1");

        var ex = await Assert.ThrowsAsync<SchemaMigrationException>(
            () => SchemaMigrator.MigrateSqliteAsync(ConnectionString, NullLogger.Instance, CancellationToken.None));
        Assert.Contains("0001_orleans_main", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string Dump()
    {
        var lines = new List<string>();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        void Read(string prefix, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lines.Add($"{prefix} {reader.GetValue(0)} {(reader.FieldCount > 1 ? reader.GetValue(1) : string.Empty)}");
            }
        }

        Read("object", "SELECT type || ':' || name, sql FROM sqlite_schema ORDER BY type, name");
        Read("query", "SELECT QueryKey, length(QueryText) FROM OrleansQuery ORDER BY QueryKey");
        Read("history", "SELECT version, checksum || ' ' || applied_at FROM voisinage_schema_migrations ORDER BY version");
        return string.Join("\n", lines);
    }
}
