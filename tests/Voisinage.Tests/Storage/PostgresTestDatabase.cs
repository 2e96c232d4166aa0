using Npgsql;

namespace Voisinage.Tests.Storage;

/// <summary>
/// A throw-away PostgreSQL database (voisinage_t_&lt;guid&gt;) created on the server named by
/// VOISINAGE_TEST_POSTGRES and dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "VOISINAGE_TEST_POSTGRES";

    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name, string connectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server connection string; fails the test (never skips) when it is missing.</summary>
    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new Xunit.Sdk.XunitException(
                    $"Environment variable {EnvironmentVariable} is not set. The PostgreSQL storage tests need a server, e.g. " +
                    $"{EnvironmentVariable}=\"Host=127.0.0.1;Username=voisinage;Password=voisinage;Database=voisinage_test\" " +
                    "(the role needs CREATEDB: every test creates and drops its own database).");
            }

            return value;
        }
    }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString;
        var name = $"voisinage_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(server, name, connectionString);
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var value = await ScalarAsync(sql, parameters);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> ReadStringsAsync(string sql)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                fields[i] = reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }

            rows.Add(string.Join(" | ", fields));
        }

        return rows;
    }

    /// <summary>Everything the migrations define, as text, to compare a schema before/after.</summary>
    public async Task<string> DumpSchemaAsync()
    {
        var parts = new List<string>();
        parts.AddRange(await ReadStringsAsync("""
            SELECT table_name, ordinal_position, column_name, data_type, is_nullable, coalesce(column_default, ''),
                   coalesce(character_maximum_length, -1), coalesce(datetime_precision, -1)
            FROM information_schema.columns
            WHERE table_schema = 'public'
            ORDER BY table_name, ordinal_position
            """));
        parts.AddRange(await ReadStringsAsync("SELECT querykey, md5(querytext) FROM orleansquery ORDER BY querykey"));
        parts.AddRange(await ReadStringsAsync("""
            SELECT p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' ORDER BY 1, 2
            """));
        parts.AddRange(await ReadStringsAsync("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
        parts.AddRange(await ReadStringsAsync("SELECT version, name, checksum, applied_at FROM voisinage_schema_migrations ORDER BY version"));
        return string.Join("\n", parts);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
