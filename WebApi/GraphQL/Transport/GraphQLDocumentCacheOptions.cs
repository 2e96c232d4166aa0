namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>The cache of parsed and validated documents, bound to <c>Voisinage:GraphQL:DocumentCache</c>.</summary>
public sealed class GraphQLDocumentCacheOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Voisinage:GraphQL:DocumentCache";

    /// <summary>Most documents kept (least recently used leave first); 0 turns the cache (and automatic persisted queries) off.</summary>
    public int Size { get; set; } = 1_000;

    /// <summary>Most UTF-8 bytes of document text kept in all, so that many large documents cannot fill the memory.</summary>
    public long MaxTotalBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>, as Apollo and urql send it): a document
    /// sent once with its hash may then be sent by hash alone while it stays in the cache.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;
}
