namespace Voisinage.WebApi.Edge;

/// <summary>Caps on live connections, section <c>Voisinage:Connections</c>; 0 turns a cap off.</summary>
public sealed class ConnectionOptions
{
    public const string Section = "Voisinage:Connections";

    /// <summary>
    /// Live sockets per signed-in account on this front-end, graphql-ws and SignalR together: a resident's phone,
    /// computer and a few tabs. The next is closed with <see cref="ConnectionCaps.TooManySocketsCloseCode"/>
    /// (graphql-ws) or refused at connect (SignalR).
    /// </summary>
    public int SocketsPerAccount { get; set; } = 16;

    /// <summary>
    /// Live operations on one graphql-transport-ws socket: the app needs a handful (alerts, feed, messages). The next
    /// <c>subscribe</c> gets an <c>error</c> message with code <c>RATE_LIMITED</c>; the others continue.
    /// </summary>
    public int SubscriptionsPerSocket { get; set; } = 32;
}
