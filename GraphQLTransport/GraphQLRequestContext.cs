using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport;

/// <summary>What resolvers and document listeners may read of the request the transport is executing.</summary>
public static class GraphQLRequestContext
{
    /// <summary>Key of the <see cref="HttpContext"/> (the request, or the WebSocket upgrade) in the user context dictionary.</summary>
    public const string HttpContextKey = "HttpContext";

    /// <summary>The HTTP request (or WebSocket upgrade) an operation came in, when it came over this transport.</summary>
    public static HttpContext? HttpContextOf(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(HttpContextKey, out var http) ? http as HttpContext : null;

    /// <summary>
    /// The type of the operation the request selects, or null when it is ambiguous or missing (execution then reports it).
    /// </summary>
    public static OperationType? FindOperationType(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? match = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (match is not null)
                {
                    return null;
                }

                match = operation;
            }
            else if (operation.Name is not null && operation.Name.StringValue == operationName)
            {
                match = operation;
                break;
            }
        }

        return match?.Operation;
    }
}
