using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Voisinage.WebApi.Auth;

/// <summary>
/// The web app's session: <c>register</c> and <c>login</c> over HTTP also set an HttpOnly, SameSite=Strict cookie holding
/// the very bearer token they return (so expiry and revocation apply unchanged), and the API accepts that cookie wherever
/// it accepts the token: GraphQL over HTTP, the <c>graphql-transport-ws</c> upgrade and the SignalR hub. Scripts in the
/// page never see the token.
/// </summary>
/// <remarks>
/// Cross-site requests: SameSite=Strict keeps browsers from sending the cookie from other sites; on top of that, a request
/// whose <c>Origin</c> is another origin is never authenticated by the cookie (cross-site WebSocket hijacking, where
/// SameSite is not enough for same-site subdomains), and the GraphQL-over-HTTP handler only takes POST with a JSON content
/// type and refuses mutations over GET, so no form or link can act for the resident.
/// </remarks>
public static class BrowserSession
{
    public const string CookieName = "voisinage_session";

    /// <summary>Reads the session cookie when a request brings no other credential. Chained after Program's own events.</summary>
    public static IServiceCollection AddBrowserSession(this IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var messageReceived = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async context =>
            {
                await messageReceived(context);
                ReadCookie(context);
            };
        });
        return services;
    }

    /// <summary>Gives the browser the token, until the token expires. Nothing over a WebSocket (no response to carry it).</summary>
    public static void Open(HttpContext context, string token, DateTimeOffset expiresAt)
    {
        if (context.WebSockets.IsWebSocketRequest || context.Response.HasStarted)
        {
            return;
        }

        context.Response.Cookies.Append(CookieName, token, CookieOptions(context, expiresAt));
    }

    /// <summary>Tells the browser to forget the session (an expired cookie with the same name, path and flags).</summary>
    public static void Close(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest || context.Response.HasStarted)
        {
            return;
        }

        context.Response.Cookies.Delete(CookieName, CookieOptions(context, expiresAt: null));
    }

    /// <summary>True when the request was authenticated by the session cookie rather than a header or query parameter.</summary>
    public static bool IsCookieAuthenticated(HttpContext context) => context.Items.ContainsKey(CookieName);

    /// <summary>
    /// Secure except on plain http to the loopback host (a developer's http://localhost, the tests' http://127.0.0.1),
    /// where browsers would drop a Secure cookie.
    /// </summary>
    private static CookieOptions CookieOptions(HttpContext context, DateTimeOffset? expiresAt) => new()
    {
        Path = "/",
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps || !IsLoopback(context.Request.Host.Host),
        Expires = expiresAt,
        IsEssential = true,
    };

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static void ReadCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        if (context.Token is not null
            || request.Headers.Authorization.Count > 0
            || !request.Cookies.TryGetValue(CookieName, out var cookie)
            || string.IsNullOrEmpty(cookie)
            || !IsSameOrigin(request))
        {
            return;
        }

        context.Token = cookie;
        context.HttpContext.Items[CookieName] = true;
    }

    /// <summary>
    /// No Origin header (a same-origin GET or a non-browser client), or one naming this very scheme, host and port. A
    /// cross-origin page's request, WebSocket upgrades included, stays anonymous whatever cookie the browser attached.
    /// </summary>
    internal static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !request.Host.HasValue)
        {
            return false;
        }

        var expected = new UriBuilder(request.Scheme, request.Host.Host, request.Host.Port ?? -1).Uri;
        return Uri.Compare(uri, expected, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
