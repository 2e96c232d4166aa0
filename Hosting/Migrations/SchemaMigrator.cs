using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Voisinage.Hosting.Migrations;

/// <summary>
/// Applies the SQL scripts embedded from <c>Migrations/PostgreSQL/NNNN_name.sql</c> and
/// <c>Migrations/Sqlite/NNNN_name.sql</c> in version order. Each script runs once, in its own
/// transaction together with its row in <c>voisinage_schema_migrations</c>. Concurrent runs
/// against the same database are serialized (PostgreSQL advisory lock, SQLite write lock),
/// and a run refuses to start when an already applied script was edited afterwards.
/// </summary>
public static partial class SchemaMigrator
{
    /// <summary>The bookkeeping table: one row per applied migration.</summary>
    public const string HistoryTable = "voisinage_schema_migrations";

    /// <summary>Prefix of the manifest resource names of the embedded scripts.</summary>
    public const string ResourcePrefix = "Voisinage.Migrations.";

    // Arbitrary but fixed key of the session-level advisory lock held while migrating
    // PostgreSQL (the ASCII bytes of "VoisMigr"). Every migrator process uses the same key.
    private const long AdvisoryLockKey = 0x566F69734D696772;

    private const string PostgresHistoryDdl = $"""
        CREATE TABLE IF NOT EXISTS {HistoryTable}
        (
            version    integer     NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    // SQLite has no timestamptz type: applied_at holds an ISO-8601 UTC text.
    private const string SqliteHistoryDdl = $"""
        CREATE TABLE IF NOT EXISTS {HistoryTable}
        (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            checksum   TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        );
        """;

    private const string SelectHistorySql = $"SELECT version, name, checksum FROM {HistoryTable} ORDER BY version";

    private const string InsertHistoryPostgresSql =
        $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, now())";

    private const string InsertHistorySqliteSql =
        $"INSERT INTO {HistoryTable} (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at)";

    private const string SelectOneChecksumSql = $"SELECT checksum FROM {HistoryTable} WHERE version = @version";

    /// <summary>
    /// Returns the migrations embedded for an engine, ordered by version.
    /// </summary>
    /// <exception cref="SchemaMigrationException">No script found, or two scripts share a version.</exception>
    public static IReadOnlyList<SchemaMigration> LoadMigrations(DatabaseEngine engine)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var folder = engine switch
        {
            DatabaseEngine.PostgreSql => "PostgreSQL",
            DatabaseEngine.Sqlite => "Sqlite",
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine."),
        };

        var migrations = new List<SchemaMigration>();
        foreach (var resourceName in assembly.GetManifestResourceNames())
        {
            if (!TryParseResourceName(resourceName, folder, out var version, out var name))
            {
                continue;
            }

            var sql = ReadResource(assembly, resourceName);
            migrations.Add(new SchemaMigration(version, name, resourceName, sql, ComputeChecksum(sql)));
        }

        if (migrations.Count == 0)
        {
            throw new SchemaMigrationException(
                $"No embedded {folder} migration found in {assembly.GetName().Name} (expected resources named " +
                $"'{ResourcePrefix}{folder}/NNNN_name.sql'). Check the EmbeddedResource item of the project.");
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new SchemaMigrationException(
                    $"Two {folder} migrations share version {migrations[i].Version}: " +
                    $"'{migrations[i - 1].ResourceName}' and '{migrations[i].ResourceName}'.");
            }
        }

        return migrations;
    }

    /// <summary>
    /// Applies the pending PostgreSQL migrations. Safe to run from several processes at once:
    /// runs are serialized with <c>pg_advisory_lock</c>, and each migration is applied exactly once.
    /// </summary>
    /// <exception cref="SchemaMigrationException">An applied migration was modified afterwards.</exception>
    public static async Task<MigrationResult> MigratePostgresAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(logger);

        var migrations = LoadMigrations(DatabaseEngine.PostgreSql);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);

        logger.LogInformation(
            "Migrating PostgreSQL database {Database} on {Host}: waiting for the migration lock",
            connection.Database,
            connection.Host);

        // Session-level lock, held across the per-migration transactions. A second migrator
        // blocks here until the first one is done, then finds everything applied.
        await ExecuteNonQueryAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await ExecuteNonQueryAsync(connection, null, PostgresHistoryDdl, ct);
            var history = await ReadHistoryAsync(connection, ct);
            VerifyHistory("PostgreSQL", migrations, history, logger);

            var applied = new List<int>();
            var skipped = new List<int>();
            foreach (var migration in migrations)
            {
                if (history.ContainsKey(migration.Version))
                {
                    skipped.Add(migration.Version);
                    continue;
                }

                logger.LogInformation("Applying PostgreSQL migration {Version:D4}_{Name}", migration.Version, migration.Name);
                await using (var transaction = await connection.BeginTransactionAsync(ct))
                {
                    try
                    {
                        await ExecuteNonQueryAsync(connection, transaction, migration.Sql, ct);
                    }
                    catch (PostgresException ex)
                    {
                        throw new SchemaMigrationException(
                            $"PostgreSQL migration {migration.Version:D4}_{migration.Name} failed and was rolled back: {ex.MessageText}" +
                            (ex.Line is null ? string.Empty : $" (line {ex.Line})"),
                            ex);
                    }

                    await InsertHistoryAsync(connection, transaction, InsertHistoryPostgresSql, migration, appliedAt: null, ct);
                    await transaction.CommitAsync(ct);
                }

                applied.Add(migration.Version);
            }

            LogResult(logger, "PostgreSQL", applied, skipped);
            return new MigrationResult(applied, skipped);
        }
        finally
        {
            await ReleaseAdvisoryLockAsync(connection, logger);
        }
    }

    /// <summary>
    /// Applies the pending SQLite migrations (creates the database file if needed). Concurrent
    /// runs are serialized by SQLite's write lock (<c>BEGIN IMMEDIATE</c> per migration).
    /// </summary>
    /// <exception cref="SchemaMigrationException">An applied migration was modified afterwards.</exception>
    public static async Task<MigrationResult> MigrateSqliteAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(logger);

        var migrations = LoadMigrations(DatabaseEngine.Sqlite);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        logger.LogInformation("Migrating SQLite database {DataSource}", connection.DataSource);

        // Write-ahead log: a commit appends to the log and syncs it once, instead of writing, syncing and deleting a rollback
        // journal around each write, and readers stop waiting for the writer. Kept in the database file.
        await ExecuteNonQueryAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
        await ExecuteNonQueryAsync(connection, null, SqliteHistoryDdl, ct);

        // Refuse before changing anything if an applied script was edited.
        VerifyHistory("SQLite", migrations, await ReadHistoryAsync(connection, ct), logger);

        var applied = new List<int>();
        var skipped = new List<int>();
        foreach (var migration in migrations)
        {
            // IMMEDIATE takes the write lock up front, so a concurrent migrator waits (busy
            // timeout) instead of failing on a lock upgrade; the row is then re-checked under it.
            using var transaction = connection.BeginTransaction(deferred: false);
            var checksum = await ReadChecksumAsync(connection, transaction, migration.Version, ct);
            if (checksum is not null)
            {
                if (!string.Equals(checksum, migration.Checksum, StringComparison.Ordinal))
                {
                    throw ChecksumMismatch("SQLite", migration, checksum);
                }

                skipped.Add(migration.Version);
                continue;
            }

            logger.LogInformation("Applying SQLite migration {Version:D4}_{Name}", migration.Version, migration.Name);
            try
            {
                await ExecuteNonQueryAsync(connection, transaction, migration.Sql, ct);
            }
            catch (SqliteException ex)
            {
                throw new SchemaMigrationException(
                    $"SQLite migration {migration.Version:D4}_{migration.Name} failed and was rolled back: {ex.Message}",
                    ex);
            }

            var appliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            await InsertHistoryAsync(connection, transaction, InsertHistorySqliteSql, migration, appliedAt, ct);
            await transaction.CommitAsync(ct);
            applied.Add(migration.Version);
        }

        LogResult(logger, "SQLite", applied, skipped);
        return new MigrationResult(applied, skipped);
    }

    /// <summary>
    /// Waits until the PostgreSQL server accepts connections and answers a query (e.g. while a
    /// docker-compose database container is starting). Authentication failures are not retried.
    /// </summary>
    /// <exception cref="TimeoutException">The server was not ready within <paramref name="timeout"/>.</exception>
    public static async Task WaitForPostgresAsync(string cs, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cs);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        var deadline = DateTimeOffset.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(250);
        Exception? lastError = null;
        var attempts = 0;

        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"PostgreSQL did not accept connections within {timeout} ({attempts} attempts). Last error: {lastError?.Message}",
                    lastError);
            }

            attempts++;
            var builder = new NpgsqlConnectionStringBuilder(cs)
            {
                // Never let one attempt outlive the overall deadline (seconds, at least 1).
                Timeout = (int)Math.Clamp(Math.Ceiling(remaining.TotalSeconds), 1, 15),
                Pooling = false,
            };

            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(ct);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState.StartsWith("28", StringComparison.Ordinal))
            {
                // 28xxx: invalid authorization / password. Waiting will not fix it.
                throw;
            }
            catch (NpgsqlException ex)
            {
                lastError = ex;
            }
            catch (TimeoutException ex)
            {
                lastError = ex;
            }

            var pause = delay < deadline - DateTimeOffset.UtcNow ? delay : deadline - DateTimeOffset.UtcNow;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, ct);
            }

            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    /// <summary>Lower-case hex SHA-256 of a script, as stored in the <c>checksum</c> column.</summary>
    public static string ComputeChecksum(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
    }

    /// <summary>
    /// Parses a manifest resource name such as <c>Voisinage.Migrations.PostgreSQL/0002_x.sql</c>
    /// (folder separator '/', '' or '.') into a version and a name.
    /// </summary>
    // Resource names are "Voisinage.Migrations." + RecursiveDir + file name; RecursiveDir keeps
    // the OS separator ("PostgreSQL/" on Linux, "PostgreSQL\" on Windows). Other SDKs may turn
    // it into '.', so accept all three.
    public static bool TryParseResourceName(string resourceName, string folder, out int version, out string name)
    {
        version = 0;
        name = string.Empty;
        if (!resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = resourceName[ResourcePrefix.Length..];
        if (rest.Length <= folder.Length + 1
            || !rest.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
            || rest[folder.Length] is not ('/' or '\\' or '.'))
        {
            return false;
        }

        var match = MigrationFileRegex().Match(rest[(folder.Length + 1)..]);
        if (!match.Success)
        {
            return false;
        }

        version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        name = match.Groups["name"].Value;
        return true;
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[A-Za-z0-9_\-]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationFileRegex();

    private static string ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new SchemaMigrationException($"Embedded resource '{resourceName}' cannot be read.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        // Normalize line endings so that a Windows checkout (core.autocrlf) has the same checksum.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void VerifyHistory(
        string engine,
        IReadOnlyList<SchemaMigration> migrations,
        Dictionary<int, (string Name, string Checksum)> history,
        ILogger logger)
    {
        foreach (var migration in migrations)
        {
            if (history.TryGetValue(migration.Version, out var row)
                && !string.Equals(row.Checksum, migration.Checksum, StringComparison.Ordinal))
            {
                throw ChecksumMismatch(engine, migration, row.Checksum);
            }
        }

        var known = migrations.Select(m => m.Version).ToHashSet();
        foreach (var (version, row) in history)
        {
            if (!known.Contains(version))
            {
                logger.LogWarning(
                    "{Engine} database has migration {Version:D4}_{Name} applied that this build does not know; the database is newer than this build",
                    engine,
                    version,
                    row.Name);
            }
        }
    }

    private static SchemaMigrationException ChecksumMismatch(string engine, SchemaMigration migration, string appliedChecksum) =>
        new(
            $"{engine} migration {migration.Version:D4}_{migration.Name} was already applied " +
            $"with checksum {appliedChecksum}, but the embedded script now has checksum {migration.Checksum}. " +
            "An applied migration must never be edited: revert the change and add a new migration instead.");

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadHistoryAsync(DbConnection connection, CancellationToken ct)
    {
        var history = new Dictionary<int, (string Name, string Checksum)>();
        await using var command = connection.CreateCommand();
        command.CommandText = SelectHistorySql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            history[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = (reader.GetString(1), reader.GetString(2));
        }

        return history;
    }

    private static async Task<string?> ReadChecksumAsync(DbConnection connection, DbTransaction transaction, int version, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SelectOneChecksumSql;
        AddParameter(command, "@version", version);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task InsertHistoryAsync(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        SchemaMigration migration,
        string? appliedAt,
        CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        AddParameter(command, "@version", migration.Version);
        AddParameter(command, "@name", migration.Name);
        AddParameter(command, "@checksum", migration.Checksum);
        if (appliedAt is not null)
        {
            AddParameter(command, "@applied_at", appliedAt);
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // Scripts may hold several statements and $$-quoted bodies: both Npgsql and
    // Microsoft.Data.Sqlite execute a multi-statement command text as one batch.
    // No timeout: waiting for the advisory lock or a long DDL is bounded by the token instead.
    private static async Task ExecuteNonQueryAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
#pragma warning disable CA2100 // The SQL comes from the assembly's own embedded migration scripts, not from input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ReleaseAdvisoryLockAsync(NpgsqlConnection connection, ILogger logger)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteNonQueryAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The lock is session-scoped: the server drops it with the (now broken) connection.
            logger.LogWarning(ex, "Could not release the PostgreSQL migration lock explicitly; it is released when the connection closes");
        }
    }

    private static void LogResult(ILogger logger, string engine, List<int> applied, List<int> skipped)
    {
        if (applied.Count == 0)
        {
            logger.LogInformation("{Engine} schema is up to date ({Count} migrations already applied)", engine, skipped.Count);
        }
        else
        {
            logger.LogInformation(
                "{Engine} schema migrated: applied {Applied}, already applied {Skipped}",
                engine,
                string.Join(", ", applied),
                string.Join(", ", skipped));
        }
    }
}
