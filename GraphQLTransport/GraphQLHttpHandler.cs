using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Voisinage.GraphQLTransport;

/// <summary>GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/) for one schema.</summary>
internal static class GraphQLHttpHandler<TSchema>
    where TSchema : ISchema
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    private const int ReadChunkSize = 16 * 1024;

    public static async Task InvokeAsync(HttpContext context)
    {
        var options = context.RequestServices.GetService<IOptions<GraphQLTransportOptions>>()?.Value ?? new GraphQLTransportOptions();
        var request = context.Request;
        var response = context.Response;
        var isGet = HttpMethods.IsGet(request.Method) && options.EnableGet;
        var isPost = HttpMethods.IsPost(request.Method);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        response.Headers.Vary = HeaderNames.Accept;

        if (!isGet && !isPost)
        {
            response.Headers.Allow = options.EnableGet ? "GET, POST" : "POST";
            await WriteErrorAsync(context, serializer, StatusCodes.Status405MethodNotAllowed, JsonMediaType,
                $"HTTP method {request.Method} is not supported; use POST{(options.EnableGet ? " or GET" : string.Empty)}.");
            return;
        }

        var mediaType = NegotiateResponseMediaType(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, serializer, StatusCodes.Status406NotAcceptable, JsonMediaType,
                $"The Accept header must allow {GraphQLResponseMediaType} or {JsonMediaType}.");
            return;
        }

        GraphQLRequestData data;
        if (isPost)
        {
            if (!IsJsonContentType(request.ContentType))
            {
                await WriteErrorAsync(context, serializer, StatusCodes.Status415UnsupportedMediaType, mediaType,
                    $"The Content-Type must be {JsonMediaType} (UTF-8).");
                return;
            }

            var body = await ReadBodyAsync(request, options.MaxRequestBodySize, context.RequestAborted);
            if (body is not { } read)
            {
                await WriteErrorAsync(context, serializer, StatusCodes.Status413PayloadTooLarge, mediaType,
                    $"The request body exceeds {options.MaxRequestBodySize} bytes.");
                return;
            }

            try
            {
                using var json = JsonDocument.Parse(read.Buffer.AsMemory(0, read.Length));
                data = GraphQLRequestReader.FromJsonObject(json.RootElement, serializer);
            }
            catch (JsonException)
            {
                await WriteErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType, "The request body is not valid JSON.");
                return;
            }
            catch (GraphQLRequestException ex)
            {
                await WriteErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType, ex.Message);
                return;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(read.Buffer);
            }
        }
        else
        {
            try
            {
                data = GraphQLRequestReader.FromQueryString(request.Query, serializer);
            }
            catch (GraphQLRequestException ex)
            {
                await WriteErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType, ex.Message);
                return;
            }
        }

        var prepared = GraphQLExecution.Prepare<TSchema>(context.RequestServices, data);
        if (prepared.Document is not { } document)
        {
            await WriteResultAsync(context, serializer, mediaType, prepared.Refusal ?? GraphQLExecution.ErrorResult("The document could not be parsed."));
            return;
        }

        var operationType = GraphQLRequestContext.FindOperationType(document.Document, data.OperationName);
        if (operationType == OperationType.Mutation && !isPost)
        {
            response.Headers.Allow = "POST";
            await WriteErrorAsync(context, serializer, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations must be sent with POST.");
            return;
        }

        if (operationType == OperationType.Subscription)
        {
            await WriteResultAsync(context, serializer, mediaType,
                GraphQLExecution.ErrorResult("Subscriptions are only supported over WebSocket (graphql-transport-ws)."));
            return;
        }

        var result = await GraphQLExecution.ExecuteAsync<TSchema>(
            context, context.RequestServices, context.User, data, document, context.RequestAborted);
        await WriteResultAsync(context, serializer, mediaType, result);
    }

    /// <summary>
    /// application/graphql-response+json when the client lists it with the best quality; application/json when it asks for
    /// that, a wildcard or sends no Accept header (the graphql-http audits expect application/json for "*/*"); null otherwise.
    /// </summary>
    internal static string? NegotiateResponseMediaType(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return JsonMediaType;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return JsonMediaType;
        }

        double graphQLResponse = 0, json = 0;
        foreach (var mediaType in mediaTypes)
        {
            var quality = mediaType.Quality ?? 1d;
            if (quality <= 0)
            {
                continue;
            }

            var name = mediaType.MediaType;
            if (name.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase))
            {
                graphQLResponse = Math.Max(graphQLResponse, quality);
            }
            else if (name.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
                || name.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || name.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        if (graphQLResponse > 0 && graphQLResponse >= json)
        {
            return GraphQLResponseMediaType;
        }

        return json > 0 ? JsonMediaType : null;
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        if (!parsed.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = parsed.Charset;
        return !charset.HasValue || charset.Length == 0
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The body in a pooled buffer (return it to <see cref="ArrayPool{T}.Shared"/>), or null when it is larger than
    /// <paramref name="limit"/>. Pooled: a buffer per request was a steady source of garbage under load.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is long length and > 0 ? (int)length : ReadChunkSize);
        var total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total >= limit)
                    {
                        // Full at the limit: one more byte is too many.
                        var probe = new byte[1];
                        if (await request.Body.ReadAsync(probe, cancellationToken) == 0)
                        {
                            break;
                        }

                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, (long)buffer.Length * 2));
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(total, (int)Math.Min(buffer.Length - total, limit - total + 1)), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }

            return (buffer, total);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static Task WriteErrorAsync(HttpContext context, IGraphQLTextSerializer serializer, int statusCode, string mediaType, string message)
    {
        context.Response.StatusCode = statusCode;
        return WriteBodyAsync(context, serializer, mediaType, GraphQLExecution.ErrorResult(message));
    }

    private static Task WriteResultAsync(HttpContext context, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result)
    {
        int statusCode;
        if (result.Executed)
        {
            statusCode = StatusCodes.Status200OK;
        }
        else if (GraphQLExecution.IsInternalFailure(result))
        {
            statusCode = StatusCodes.Status500InternalServerError;
        }
        else if (mediaType == GraphQLResponseMediaType && GraphQLExecution.IsTimeout(result))
        {
            // Not the request's fault as a 400 would say: the front-end, a gateway to the cluster, gave up waiting.
            statusCode = StatusCodes.Status504GatewayTimeout;
        }
        else
        {
            // Legacy application/json: a well-formed request that fails parsing or validation still gets 200.
            statusCode = mediaType == GraphQLResponseMediaType ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }

        context.Response.StatusCode = statusCode;
        return WriteBodyAsync(context, serializer, mediaType, result);
    }

    private static async Task WriteBodyAsync(HttpContext context, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result)
    {
        context.Response.ContentType = mediaType + "; charset=utf-8";
        if (serializer is IGraphQLSerializer streaming)
        {
            await streaming.WriteAsync(context.Response.Body, result, context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsync(serializer.Serialize(result), context.RequestAborted);
        }
    }
}
