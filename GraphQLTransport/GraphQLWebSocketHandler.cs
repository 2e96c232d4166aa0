using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport;

/// <summary>Accepts WebSocket upgrades speaking <c>graphql-transport-ws</c> and runs the connection.</summary>
internal static class GraphQLWebSocketHandler<TSchema>
    where TSchema : ISchema
{
    public const string SubProtocol = "graphql-transport-ws";

    public static async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            // Matched on the upgrade headers but no WebSocket feature: app.UseWebSockets() is missing.
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("WebSockets are not enabled on this server (UseWebSockets).", context.RequestAborted);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            // Refused before the upgrade: a client that did not offer graphql-transport-ws cannot speak it.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"WebSocket subprotocol '{SubProtocol}' is required.", context.RequestAborted);
            return;
        }

        var options = context.RequestServices.GetService<IOptions<GraphQLTransportOptions>>()?.Value ?? new GraphQLTransportOptions();
        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        using var connection = new GraphQLWebSocketConnection<TSchema>(context, socket, options);
        await connection.RunAsync();
    }
}
