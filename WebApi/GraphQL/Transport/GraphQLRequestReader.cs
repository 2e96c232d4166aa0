using System.Text.Json;
using GraphQL;

namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>A GraphQL request (query, operation name, variables, extensions) as read from HTTP or a WebSocket message.</summary>
internal sealed record GraphQLRequestData(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

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
                    query = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()
                        : throw new GraphQLRequestException("The 'query' parameter must be a string.");
                    break;
                case "operationName":
                    operationName = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
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

        if (string.IsNullOrWhiteSpace(query))
        {
            throw new GraphQLRequestException("The 'query' parameter is required and must be a non-empty string.");
        }

        return new GraphQLRequestData(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    /// <summary>Reads the parameters of a GET request; variables and extensions are URL-encoded JSON.</summary>
    public static GraphQLRequestData FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = Single(query, "query");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new GraphQLRequestException("The 'query' parameter is required.");
        }

        var operationName = Single(query, "operationName");
        var variables = ReadJsonMap(Single(query, "variables"), "variables", serializer);
        var extensions = ReadJsonMap(Single(query, "extensions"), "extensions", serializer);
        return new GraphQLRequestData(text, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
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
                    return serializer.Deserialize<Inputs>(value.GetRawText());
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
