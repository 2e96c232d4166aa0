namespace Voisinage.GraphQLTransport;

/// <summary>
/// Settings of the GraphQL HTTP and WebSocket transport. Configure with
/// <c>services.Configure&lt;GraphQLTransportOptions&gt;(o =&gt; ...)</c>; the defaults apply otherwise.
/// </summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>Largest accepted POST body, in bytes (default 1 MiB); a larger one gets 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Largest accepted WebSocket message, in bytes (default 1 MiB); a larger one closes the socket with 1009.</summary>
    public int MaxWebSocketMessageSize { get; set; } = 1024 * 1024;

    /// <summary>Time a WebSocket client has to send <c>connection_init</c> before the socket is closed with 4408 (default 10 s).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interval of server-initiated <c>ping</c> messages on WebSockets; <c>null</c> or zero (the default) sends none.</summary>
    public TimeSpan? KeepAliveInterval { get; set; }

    /// <summary>Whether GET requests may execute queries (mutations over GET always get 405). Default true.</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>Authentication scheme whose <c>JwtBearerOptions</c> validate the WebSocket <c>connection_init</c> token. Default "Bearer".</summary>
    public string JwtBearerScheme { get; set; } = "Bearer";
}
