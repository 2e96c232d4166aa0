using System.Net;

namespace Voisinage.WebApi.Operations;

/// <summary>
/// Section <c>Voisinage:Operations</c>: where the operations endpoints (<c>/metrics</c>, <c>/dashboard</c>) answer.
/// </summary>
public sealed class OperationsOptions
{
    public const string Section = "Voisinage:Operations";

    /// <summary>
    /// The management port: operations endpoints answer only on connections to this local port (add it to
    /// <c>Urls</c>; never publish it through the load balancer). Defaults to <c>Voisinage:Telemetry:MetricsPort</c>.
    /// </summary>
    public int? Port { get; set; }

    /// <summary>
    /// Without a management port, whether clients other than this machine (loopback) may reach them on the public port.
    /// Off: an operator on the host, or a scraper through an SSH tunnel, still can.
    /// </summary>
    public bool AllowRemote { get; set; }
}

/// <summary>
/// Keeps <c>/metrics</c> and <c>/dashboard</c> off the public port: answered on the management port only when one is
/// set, else to loopback clients only (the client address after trusted proxies, so a request relayed by a local
/// proxy for someone else is refused). Anything else gets 404, as if they did not exist.
/// </summary>
public static class OperationsEndpoints
{
    private static readonly PathString[] Paths = ["/metrics", OperatorDashboard.Path];

    public static IApplicationBuilder UseVoisinageOperationsGate(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        var port = options.Port ?? configuration.GetValue<int?>("Voisinage:Telemetry:MetricsPort");
        return app.Use(async (context, next) =>
        {
            if (IsOperations(context.Request.Path) && !Allowed(context.Connection, port, options.AllowRemote))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
    }

    private static bool IsOperations(PathString path) => Paths.Any(p => path.StartsWithSegments(p));

    private static bool Allowed(ConnectionInfo connection, int? port, bool allowRemote) =>
        port is { } management
            ? connection.LocalPort == management
            : allowRemote || (connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote));
}
