using Microsoft.Extensions.Options;

namespace Voisinage.WebApi.Web;

/// <summary>
/// Security headers on every response. The web app's policy allows no inline script and nothing from elsewhere but the map
/// tiles; the Orleans dashboard, whose page carries inline script and styles we cannot change, gets a laxer policy on its
/// own path only, still limited to this origin.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Browser features the app uses (the device position for a home and location fixes, the camera to scan a
    /// neighbour's QR code, passkeys to sign in); every other powerful feature is off.</summary>
    public const string PermissionsPolicy =
        "geolocation=(self), camera=(self), microphone=(), payment=(), usb=(), serial=(), hid=(), midi=(), " +
        "accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), " +
        "publickey-credentials-get=(self), publickey-credentials-create=(self), screen-wake-lock=(), xr-spatial-tracking=(), browsing-topics=()";

    private const string Common =
        "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'; " +
        "worker-src 'self'; manifest-src 'self'; font-src 'self' data:";

    public static WebApplication UseVoisinageSecurityHeaders(this WebApplication app)
    {
        var tiles = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.TileOrigin();
        var appImages = tiles is null ? "img-src 'self' data: blob:" : $"img-src 'self' data: blob: {tiles}";
        if (!app.Environment.IsDevelopment())
        {
            // HTTPS requests only, never for localhost (ASP.NET Core's HSTS middleware).
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request, appImages);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>The policy for this request: connections to this origin only, WebSockets included (spelled out for
    /// browsers whose <c>'self'</c> does not cover ws:/wss:).</summary>
    internal static string ContentSecurityPolicy(HttpRequest request, string appImages)
    {
        var sockets = request.Host.HasValue ? $" {(request.IsHttps ? "wss" : "ws")}://{request.Host.Value}" : string.Empty;
        var connect = $"connect-src 'self'{sockets}";
        return request.Path.StartsWithSegments(Operations.OperatorDashboard.Path, StringComparison.OrdinalIgnoreCase)
            ? $"{Common}; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; {connect}"
            : $"{Common}; script-src 'self'; style-src 'self'; {appImages}; {connect}";
    }
}
