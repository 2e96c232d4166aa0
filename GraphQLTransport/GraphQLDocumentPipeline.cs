using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport;

/// <summary>A request's document ready for execution, or why it will not run.</summary>
internal readonly record struct PreparedDocument(CachedDocument? Document, ExecutionResult? Refusal);

/// <summary>
/// From a request to a document that may run, for both transports: persisted query or trusted document look-up,
/// size and token limits before parsing, the document cache, then the limits of <see cref="DocumentLimitAnalyzer"/>
/// before GraphQL.NET validates anything. Every refusal is a GraphQL error with its own code.
/// </summary>
internal sealed class GraphQLDocumentPipeline(
    GraphQLDocumentCache cache,
    TrustedDocuments trusted,
    IOptions<GraphQLLimitsOptions> limitsOptions,
    IOptions<GraphQLDocumentCacheOptions> cacheOptions)
{
    /// <summary>The message Apollo and urql clients look for before sending the document with its hash.</summary>
    public const string PersistedQueryNotFoundMessage = "PersistedQueryNotFound";

    private readonly GraphQLLimitsOptions _limits = limitsOptions.Value;
    private readonly bool _automaticPersistedQueries = cacheOptions.Value.AutomaticPersistedQueries && cacheOptions.Value.Size > 0;
    private SchemaFacts? _facts;

    public GraphQLLimitsOptions Limits => _limits;

    public PreparedDocument Prepare(IServiceProvider services, ISchema schema, GraphQLRequestData request)
    {
        var persistedHash = ReadPersistedQuery(request.Extensions, out var refusal);
        if (refusal is not null)
        {
            return Refuse(refusal);
        }

        CachedDocument? document;
        var query = request.Query;
        if (query is null)
        {
            // Hash alone: a trusted document, or one this server was sent in full before (automatic persisted queries).
            var hash = persistedHash!;
            if (trusted.Only && !trusted.Contains(hash))
            {
                return Refuse(new ExecutionError("This document is not one of the registered (trusted) documents.") { Code = GraphQLErrorCodes.DocumentNotTrusted });
            }

            if (!cache.TryGet(hash, out document) || (!_automaticPersistedQueries && !trusted.Contains(hash)))
            {
                if (!trusted.TryGet(hash, out query))
                {
                    return Refuse(new ExecutionError(PersistedQueryNotFoundMessage) { Code = GraphQLErrorCodes.PersistedQueryNotFound });
                }

                document = null;
            }
        }
        else
        {
            document = null;
        }

        if (document is null)
        {
            // Longer in UTF-16 code units means longer in UTF-8 bytes: refused before hashing anything.
            if (query!.Length > _limits.MaxDocumentBytes)
            {
                return TooLarge($"The document is larger than {_limits.MaxDocumentBytes} bytes.");
            }

            var hash = DocumentHash.Of(query, out var bytes);
            if (bytes > _limits.MaxDocumentBytes)
            {
                return TooLarge($"The document is {bytes} bytes; the limit is {_limits.MaxDocumentBytes}.");
            }

            if (persistedHash is not null && !string.Equals(persistedHash, hash, StringComparison.Ordinal))
            {
                return Refuse(new ExecutionError("The persisted query hash is not the SHA-256 of the document sent.") { Code = GraphQLErrorCodes.PersistedQueryMismatch });
            }

            if (trusted.Only && !trusted.Contains(hash))
            {
                return Refuse(new ExecutionError("This document is not one of the registered (trusted) documents.") { Code = GraphQLErrorCodes.DocumentNotTrusted });
            }

            if (!cache.TryGet(hash, out document))
            {
                var prepared = Parse(services, schema, query, hash, bytes);
                if (prepared.Refusal is not null)
                {
                    return prepared;
                }

                document = prepared.Document!;
                cache.Add(document);
            }
        }

        if (document!.Shape.CostDependsOnVariables
            && DocumentLimitAnalyzer.CheckCost(DocumentLimitAnalyzer.Cost(document.Document, _limits, Facts(schema), request.Variables), _limits) is { } tooCostly)
        {
            return Refuse(tooCostly);
        }

        return new PreparedDocument(document, null);
    }

    private static PreparedDocument Refuse(ExecutionError error) => new(null, GraphQLExecution.ErrorResult(error));

    private static PreparedDocument TooLarge(string message) => Refuse(new ExecutionError(message) { Code = GraphQLErrorCodes.QueryTooLarge });

    private PreparedDocument Parse(IServiceProvider services, ISchema schema, string query, string hash, int bytes)
    {
        var tokens = DocumentLimitAnalyzer.CountTokens(query, _limits.MaxTokens);
        if (tokens > _limits.MaxTokens)
        {
            return TooLarge($"The document has more than {_limits.MaxTokens} tokens.");
        }

        cache.CountParse();
        var parseError = GraphQLExecution.TryParse(services, query, out var parsed);
        if (parseError is not null || parsed is null)
        {
            return new PreparedDocument(null, parseError ?? GraphQLExecution.ErrorResult("The document could not be parsed."));
        }

        var error = DocumentLimitAnalyzer.CheckDocument(parsed, _limits, Facts(schema), out var shape);
        return error is not null
            ? Refuse(error)
            : new PreparedDocument(new CachedDocument(hash, query, bytes, parsed, shape), null);
    }

    private SchemaFacts Facts(ISchema schema)
    {
        var facts = _facts;
        if (facts is null || !ReferenceEquals(facts.Schema, schema))
        {
            _facts = facts = new SchemaFacts(schema);
        }

        return facts;
    }

    /// <summary>
    /// <c>extensions.persistedQuery</c>: <c>{ version: 1, sha256Hash }</c>. Returns the (lower-case) hash, or null when the
    /// request has none.
    /// </summary>
    private static string? ReadPersistedQuery(Inputs? extensions, out ExecutionError? refusal)
    {
        refusal = null;
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out var version) || version is not (int or long) || Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) != 1
            || !persisted.TryGetValue("sha256Hash", out var hash) || hash is not string text || !DocumentHash.IsWellFormed(text))
        {
            refusal = new ExecutionError("extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }.") { Code = GraphQLErrorCodes.PersistedQueryMismatch };
            return null;
        }

        return text.ToLowerInvariant();
    }
}
