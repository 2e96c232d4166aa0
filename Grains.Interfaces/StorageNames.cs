namespace Voisinage.Grains;

/// <summary>Names of the Orleans providers the grains rely on; the hosts register them.</summary>
public static class StorageNames
{
    /// <summary>Grain state store (SQLite file when embedded, PostgreSQL in production).</summary>
    public const string Voisinage = "voisinage";

    /// <summary>Pub-sub rendezvous store of the stream provider.</summary>
    public const string PubSub = "PubSubStore";

    /// <summary>The stream provider that carries alerts and messages to the front-ends.</summary>
    public const string Streams = "voisinage-streams";
}
