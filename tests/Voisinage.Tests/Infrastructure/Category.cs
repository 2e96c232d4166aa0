namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// The xunit trait every test class carries (<c>[Trait(Category.Name, Category.Unit)]</c>), so a developer can run a fast
/// subset: <c>dotnet test --filter "Category=unit|Category=grain"</c>. A class that needs PostgreSQL carries
/// <see cref="Postgres"/> as well as its own kind, so <c>Category!=postgres</c> leaves out everything that needs a database.
/// </summary>
public static class Category
{
    public const string Name = "Category";

    /// <summary>No silo, no server: plain code, files, an in-memory or SQLite store. Seconds.</summary>
    public const string Unit = "unit";

    /// <summary>Grains on the shared in-process Orleans test cluster (memory storage).</summary>
    public const string Grain = "grain";

    /// <summary>Through the HTTP, GraphQL, WebSocket or SignalR surface of an embedded server.</summary>
    public const string Api = "api";

    /// <summary>Needs a PostgreSQL server (a test database is created per test).</summary>
    public const string Postgres = "postgres";

    /// <summary>Kills silos or the database on purpose and checks what survives. The slowest.</summary>
    public const string Fault = "fault";
}
