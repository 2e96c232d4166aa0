namespace Voisinage.GraphQLTransport;

/// <summary>The cache of parsed and validated documents, bound to the <c>DocumentCache</c> subsection of the transport's section.</summary>
public sealed class GraphQLDocumentCacheOptions
{
    /// <summary>Subsection name under the section given to <see cref="GraphQLRequestServices.AddGraphQLTransport"/>.</summary>
    public const string Section = "DocumentCache";

    /// <summary>Most documents kept (least recently used leave first); 0 turns the cache (and automatic persisted queries) off.</summary>
    public int Size { get; set; } = 1_000;

    /// <summary>Most UTF-8 bytes of document text kept in all, so that many large documents cannot fill the memory.</summary>
    public long MaxTotalBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>, as Apollo and urql send it): a document
    /// sent once with its hash may then be sent by hash alone while it stays in the cache.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// Whether queries of cached, validated documents run on the fast execution path (FastExecution/, the same results
    /// as GraphQL.NET's executer at a fraction of the CPU); false sends every request through GraphQL.NET. Default true.
    /// </summary>
    public bool FastExecution { get; set; } = true;
}
