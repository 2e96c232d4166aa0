using System.Text.Json;
using GraphQL;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// A GraphQL request (query, operation name, variables, extensions) as read from HTTP or a WebSocket message. The query
/// is null only when the extensions name a persisted query by its hash.
/// </summary>
internal sealed record GraphQLRequestData(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request that is not well-formed; <see cref="Exception.Message"/> is safe to show to the client.</summary>
internal sealed class GraphQLRequestException(string message) : Exception(message);

/// <summary>Strict reading of the GraphQL-over-HTTP request parameters.</summary>
internal static class GraphQLRequestReader
{
    /// <summary>Reads <c>{query, operationName, variables, extensions}</c> from a JSON object.</summary>
    public static GraphQLRequestData FromJsonObject(JsonElement root, IGraphQLTextSerializer serializer)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw new GraphQLRequestException("Batched requests are not supported.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestException("The request body must be a JSON object.");
        }

        string? query = null;
        string? operationName = null;
        Inputs? variables = null;
        Inputs? extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => ReadText(property.Value, "query"),
                        JsonValueKind.Null => null,
                        _ => throw new GraphQLRequestException("The 'query' parameter must be a string."),
                    };
                    break;
                case "operationName":
                    operationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => ReadText(property.Value, "operationName"),
                        JsonValueKind.Null => null,
                        _ => throw new GraphQLRequestException("The 'operationName' parameter must be a string or null."),
                    };
                    break;
                case "variables":
                    variables = ReadMap(property.Value, "variables", serializer);
                    break;
                case "extensions":
                    extensions = ReadMap(property.Value, "extensions", serializer);
                    break;
                default:
                    break;
            }
        }

        return Complete(query, operationName, variables, extensions);
    }

    /// <summary>Reads the parameters of a GET request; variables and extensions are URL-encoded JSON.</summary>
    public static GraphQLRequestData FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = Single(query, "query");
        var operationName = Single(query, "operationName");
        CheckText(text, "query");
        CheckText(operationName, "operationName");
        var variables = ReadJsonMap(Single(query, "variables"), "variables", serializer);
        var extensions = ReadJsonMap(Single(query, "extensions"), "extensions", serializer);
        return Complete(text, operationName, variables, extensions);
    }

    /// <summary>The request, once the query is known to be there or named by a persisted query hash.</summary>
    private static GraphQLRequestData Complete(string? query, string? operationName, Inputs? variables, Inputs? extensions)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            if (query is null && extensions is not null && extensions.ContainsKey("persistedQuery"))
            {
                query = null;
            }
            else
            {
                throw new GraphQLRequestException("The 'query' parameter is required and must be a non-empty string.");
            }
        }

        return new GraphQLRequestData(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    /// <summary>A JSON string that is valid Unicode: invalid UTF-8 bytes or an escaped lone surrogate are the client's error.</summary>
    private static string ReadText(JsonElement value, string name)
    {
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new GraphQLRequestException($"The '{name}' parameter is not valid UTF-8 text.");
        }

        CheckText(text, name);
        return text;
    }

    /// <summary>Refuses text holding a lone surrogate (which has no UTF-8 form), e.g. from a query string.</summary>
    private static void CheckText(string? text, string name)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new GraphQLRequestException($"The '{name}' parameter is not valid Unicode text (lone surrogate at {i}).");
            }
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw new GraphQLRequestException($"The '{name}' parameter must be given once.");
    }

    private static Inputs? ReadJsonMap(string? json, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadMap(document.RootElement, name, serializer);
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException($"The '{name}' parameter must be a JSON object.");
        }
    }

    private static Inputs? ReadMap(JsonElement value, string name, IGraphQLTextSerializer serializer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                try
                {
                    return serializer.ReadNode<Inputs>(value);
                }
                catch (Exception ex) when (ex is JsonException or FormatException or NotSupportedException or InvalidOperationException)
                {
                    throw new GraphQLRequestException($"The '{name}' parameter could not be read.");
                }

            default:
                throw new GraphQLRequestException($"The '{name}' parameter must be an object or null.");
        }
    }
}
