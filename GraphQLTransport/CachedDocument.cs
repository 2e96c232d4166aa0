using System.Collections.Concurrent;
using GraphQLParser.AST;
using Voisinage.GraphQLTransport.FastExecution;

namespace Voisinage.GraphQLTransport;

/// <summary>A parsed document that met the limits, as the document cache keeps it.</summary>
internal sealed class CachedDocument(string hash, string query, int bytes, GraphQLDocument document, DocumentShape shape)
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text (the automatic persisted queries' hash).</summary>
    public string Hash { get; } = hash;

    public string Query { get; } = query;

    /// <summary>UTF-8 size of <see cref="Query"/>.</summary>
    public int Bytes { get; } = bytes;

    public GraphQLDocument Document { get; } = document;

    public DocumentShape Shape { get; } = shape;

    /// <summary>
    /// Set once an execution got past GraphQL.NET's validation: later requests skip its rules. They depend neither on
    /// the user nor on the variables (those are still coerced on every request), so this holds for every request.
    /// </summary>
    public bool Validated { get => Volatile.Read(ref _validated); set => Volatile.Write(ref _validated, value); }

    private bool _validated;

    /// <summary>The fast path's plans of this document's operations, by operation name ("" for the only one).</summary>
    internal ConcurrentDictionary<string, ExecutionPlan> Plans { get; } = new(StringComparer.Ordinal);
}
