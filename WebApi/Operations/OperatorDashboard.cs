using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Orleans.Dashboard;
using Voisinage.Hosting;
using Voisinage.WebApi.Auth;

namespace Voisinage.WebApi.Operations;

/// <summary>
/// The Orleans dashboard at <c>/dashboard</c>, for operators only: the residents whose standing says so (configured in
/// <c>Voisinage:Verification:Operators</c> or granted through the API), the same rule as the postcard and push outboxes. The caller is the bearer
/// token; a browser, which cannot add a header to the dashboard's own requests, exchanges its token once for an
/// HttpOnly, SameSite=Strict cookie scoped to <c>/dashboard</c> (POST <c>/dashboard/login</c>) that carries the same
/// token, so expiry and revocation apply unchanged. No token: 401; a token of a non-operator: 403.
/// </summary>
public static class OperatorDashboard
{
    public const string Path = "/dashboard";
    public const string LoginPath = Path + "/login";
    public const string LogoutPath = Path + "/logout";
    public const string Policy = "operator";
    public const string CookieName = "voisinage_operator";

    private const string TokenField = "token";

    public static IServiceCollection AddOperatorDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAuthorizationHandler, OperatorHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireAuthenticatedUser().AddRequirements(new OperatorRequirement()));

        // After Program's own JwtBearer configuration: read the token from the login form or the cookie, for the dashboard only.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var messageReceived = o.Events.OnMessageReceived;
            o.Events.OnMessageReceived = async context =>
            {
                await messageReceived(context);
                await ReadDashboardToken(context);
            };
            var challenge = o.Events.OnChallenge;
            o.Events.OnChallenge = async context =>
            {
                await challenge(context);
                await ChallengeWithLoginLink(context);
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapOperatorDashboard(this IEndpointRouteBuilder endpoints)
    {
        var options = VoisinageOptions.From(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()).Dashboard;
        if (!options.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet(LoginPath, () => Results.Content(LoginPage, "text/html; charset=utf-8")).AllowAnonymous();
        endpoints.MapPost(LoginPath, SignIn).RequireAuthorization(Policy).DisableAntiforgery();
        endpoints.MapPost(LogoutPath, SignOut).AllowAnonymous().DisableAntiforgery();

        var dashboard = endpoints.MapOrleansDashboard(Path);
        dashboard.RequireAuthorization(Policy);
        if (!options.ShowGrainState)
        {
            // Grain state holds residents' homes and postal addresses: not for a browser tab unless asked for.
            dashboard.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.Value?.EndsWith("/GrainState", StringComparison.OrdinalIgnoreCase) == true
                    ? Results.Text("The grain state viewer is off (Voisinage:Dashboard:ShowGrainState).", statusCode: StatusCodes.Status403Forbidden)
                    : await next(context));
        }

        return endpoints;
    }

    /// <summary>The caller is an operator: the cookie gets the very token that proved it, until that token expires.</summary>
    private static IResult SignIn(HttpContext context)
    {
        var token = context.Items[TokenField] as string ?? ReadBearer(context.Request);
        if (token is null)
        {
            return Results.BadRequest();
        }

        var expires = long.TryParse(context.User.FindFirst(JwtRegisteredClaimNames.Exp)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : (DateTimeOffset?)null;
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            Path = Path,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Expires = expires,
            IsEssential = true,
        });
        return Results.Redirect($"{context.Request.PathBase}{Path}/", permanent: false, preserveMethod: false);
    }

    private static IResult SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = Path });
        return Results.Redirect($"{context.Request.PathBase}{LoginPath}");
    }

    private static async Task ReadDashboardToken(MessageReceivedContext context)
    {
        var request = context.Request;
        if (context.Token is not null || !request.Path.StartsWithSegments(Path) || request.Headers.Authorization.Count > 0)
        {
            return;
        }

        if (request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (form.TryGetValue(TokenField, out var token) && !string.IsNullOrWhiteSpace(token))
            {
                context.Token = token.ToString().Trim();
                context.HttpContext.Items[TokenField] = context.Token;
            }

            return;
        }

        if (request.Cookies.TryGetValue(CookieName, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            context.Token = cookie;
        }
    }

    // The 401 stays a 401 (with its WWW-Authenticate header); a person reading it gets the way in.
    private static async Task ChallengeWithLoginLink(JwtBearerChallengeContext context)
    {
        var request = context.Request;
        if (context.Handled || !request.Path.StartsWithSegments(Path) || context.Response.HasStarted)
        {
            return;
        }

        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/html; charset=utf-8";
        var login = WebUtility.HtmlEncode($"{request.PathBase}{LoginPath}");
        await context.Response.WriteAsync($"<!doctype html><title>Voisinage operators</title><p>Operators only. <a href=\"{login}\">Sign in with your token</a>.</p>");
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private const string LoginPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Voisinage operators</title></head>
        <body>
        <h1>Orleans dashboard</h1>
        <p>Paste the bearer token of an operator account (the <code>token</code> the GraphQL <code>login</code> mutation returns).
        It is kept in a cookie for this dashboard only, until the token expires.</p>
        <form method="post" action="login">
        <textarea name="token" rows="6" cols="80" required autocomplete="off"></textarea><br>
        <button type="submit">Open the dashboard</button>
        </form>
        <form method="post" action="logout"><button type="submit">Sign out</button></form>
        </body></html>
        """;

    private sealed class OperatorRequirement : IAuthorizationRequirement;

    /// <summary>Asks the resident's standing at each request, so a grant or revocation applies at once on every front-end.</summary>
    private sealed class OperatorHandler(IGrainFactory grains) : AuthorizationHandler<OperatorRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorRequirement requirement)
        {
            var residentId = context.User.ResidentId();
            if (residentId is not null && (await grains.GetGrain<Grains.Residents.IResidentMembershipGrain>(residentId).GetStanding()).IsOperator)
            {
                context.Succeed(requirement);
            }
        }
    }
}
