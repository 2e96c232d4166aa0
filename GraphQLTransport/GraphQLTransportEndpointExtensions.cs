using GraphQL.Types;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Voisinage.GraphQLTransport;

/// <summary>Maps the GraphQL HTTP and WebSocket endpoints.</summary>
public static class GraphQLTransportEndpointExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP (GET for queries, POST with application/json) at <paramref name="pattern"/>.
    /// Settings come from <c>IOptions&lt;GraphQLTransportOptions&gt;</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        return endpoints.Map(pattern, GraphQLHttpHandler<TSchema>.InvokeAsync)
            .WithDisplayName($"GraphQL HTTP {pattern}");
    }

    /// <summary>
    /// Maps GraphQL subscriptions over WebSocket (protocol <c>graphql-transport-ws</c>) at <paramref name="pattern"/>. The
    /// endpoint only matches WebSocket upgrade requests, so it can share its path with <see cref="MapGraphQLHttp{TSchema}"/>.
    /// Needs <c>app.UseWebSockets()</c> in the pipeline (anywhere before the endpoints run).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLWebSockets<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var routePattern = RoutePatternFactory.Parse(
            pattern,
            defaults: null,
            parameterPolicies: new RouteValueDictionary { [WebSocketRequestConstraint.RouteKey] = new WebSocketRequestConstraint() });
        var builder = endpoints.Map(routePattern, GraphQLWebSocketHandler<TSchema>.InvokeAsync)
            .WithDisplayName($"GraphQL WebSocket {pattern}");

        // Tried before the HTTP endpoint of the same path; the constraint rejects every request that is not a WebSocket upgrade.
        builder.Add(b =>
        {
            if (b is RouteEndpointBuilder route)
            {
                route.Order = -1;
            }
        });
        return builder;
    }
}

/// <summary>
/// Route constraint that matches only WebSocket upgrade requests. It reads the request itself rather than
/// <c>HttpContext.WebSockets.IsWebSocketRequest</c>, because routing may select the endpoint before
/// <c>UseWebSockets()</c> has run.
/// </summary>
internal sealed class WebSocketRequestConstraint : IRouteConstraint
{
    public const string RouteKey = "__graphql_websocket";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.IncomingRequest && httpContext is not null && IsWebSocketUpgrade(httpContext);

    internal static bool IsWebSocketUpgrade(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return true;
        }

        var connect = context.Features.Get<IHttpExtendedConnectFeature>();
        if (connect is { IsExtendedConnect: true })
        {
            return string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        }

        var request = context.Request;
        return HttpMethods.IsGet(request.Method)
            && request.Headers.Upgrade.Any(v => v is not null && v.Contains("websocket", StringComparison.OrdinalIgnoreCase))
            && request.Headers.Connection.Any(v => v is not null && v.Contains("upgrade", StringComparison.OrdinalIgnoreCase));
    }
}
