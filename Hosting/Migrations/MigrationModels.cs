namespace Voisinage.Hosting.Migrations;

/// <summary>One embedded migration script.</summary>
/// <param name="Version">The number prefix of the file name (<c>0002_x.sql</c> is version 2).</param>
/// <param name="Name">The file name without number prefix and extension.</param>
/// <param name="ResourceName">The manifest resource name the script was read from.</param>
/// <param name="Sql">The script text (line endings normalized to LF).</param>
/// <param name="Checksum">Lower-case hex SHA-256 of <paramref name="Sql"/> in UTF-8.</param>
public sealed record SchemaMigration(int Version, string Name, string ResourceName, string Sql, string Checksum);

/// <summary>The outcome of a migration run.</summary>
/// <param name="Applied">Versions applied by this run, in order.</param>
/// <param name="Skipped">Versions that were already applied (by an earlier or a concurrent run).</param>
public sealed record MigrationResult(IReadOnlyList<int> Applied, IReadOnlyList<int> Skipped)
{
    /// <summary>Whether this run changed the schema.</summary>
    public bool AppliedAny => Applied.Count > 0;
}

/// <summary>
/// Thrown when the database cannot be migrated safely, e.g. when a migration that was already
/// applied has been edited since (checksum mismatch).
/// </summary>
public sealed class SchemaMigrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaMigrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SchemaMigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public SchemaMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
