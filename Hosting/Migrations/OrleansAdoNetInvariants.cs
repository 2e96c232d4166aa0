namespace Voisinage.Hosting.Migrations;

/// <summary>
/// ADO.NET invariant names to put in the Orleans ADO.NET provider options
/// (<c>AdoNetClusteringSiloOptions.Invariant</c>, <c>AdoNetGrainStorageOptions.Invariant</c>,
/// <c>AdoNetReminderTableOptions.Invariant</c>). These are the exact strings the
/// Orleans 10.4.2 providers map to a <c>DbProviderFactory</c>.
/// </summary>
public static class OrleansAdoNetInvariants
{
    /// <summary>PostgreSQL through Npgsql (clustering, grain persistence and reminders).</summary>
    public const string PostgreSql = "Npgsql";

    /// <summary>
    /// SQLite through <b>Microsoft.Data.Sqlite</b> (grain persistence only: Orleans ships no SQLite
    /// clustering or reminder scripts).
    /// </summary>
    /// <remarks>
    /// Counter-intuitively the name is "System.Data.SQLite": in Orleans 10.4.2 that invariant is
    /// mapped to <c>Microsoft.Data.Sqlite.SqliteFactory</c> (the System.Data.SQLite package is not
    /// needed), whereas "Microsoft.Data.Sqlite" is recognized by the connection factory but missing
    /// from the providers' internal DbConstantsStore, so a storage provider configured with it
    /// fails at silo start with "KeyNotFoundException: The given key 'Microsoft.Data.Sqlite' was
    /// not present in the dictionary".
    /// </remarks>
    public const string Sqlite = "System.Data.SQLite";

    /// <summary>Returns the invariant name for a database engine.</summary>
    public static string For(DatabaseEngine engine) => engine switch
    {
        DatabaseEngine.PostgreSql => PostgreSql,
        DatabaseEngine.Sqlite => Sqlite,
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown database engine."),
    };
}

/// <summary>Database engines the embedded migrations exist for.</summary>
public enum DatabaseEngine
{
    /// <summary>PostgreSQL (embedded folder <c>Migrations/PostgreSQL</c>).</summary>
    PostgreSql,

    /// <summary>SQLite (embedded folder <c>Migrations/Sqlite</c>).</summary>
    Sqlite,
}
