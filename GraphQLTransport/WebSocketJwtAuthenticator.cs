using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// Validates the <c>authorization</c> value of a WebSocket <c>connection_init</c> payload with the application's JWT bearer
/// configuration (same <see cref="TokenValidationParameters"/>, signing keys, token handlers and
/// <see cref="JwtBearerEvents.TokenValidated"/> checks, such as revocation, as the HTTP pipeline).
/// </summary>
internal static class WebSocketJwtAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The principal of a valid "Bearer &lt;jwt&gt;" value; null when the value or the token is not valid.</summary>
    public static async Task<ClaimsPrincipal?> AuthenticateAsync(
        HttpContext httpContext, string scheme, string authorization, CancellationToken cancellationToken)
    {
        var services = httpContext.RequestServices;
        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        var monitor = services.GetService<IOptionsMonitor<JwtBearerOptions>>();
        if (token.Length == 0 || monitor is null)
        {
            return null;
        }

        var options = monitor.Get(scheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } configurationManager)
        {
            // Authority/metadata-based setups: add the discovered issuer and keys, as JwtBearerHandler does.
            var configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
            string[] issuers = [configuration.Issuer];
            parameters.ValidIssuers = parameters.ValidIssuers?.Concat(issuers) ?? issuers;
            parameters.IssuerSigningKeys = parameters.IssuerSigningKeys?.Concat(configuration.SigningKeys) ?? configuration.SigningKeys;
        }

        IEnumerable<TokenHandler> handlers = options.TokenHandlers.Count > 0
            ? options.TokenHandlers
            : [new JsonWebTokenHandler { MapInboundClaims = options.MapInboundClaims }];
        foreach (var handler in handlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid && result.ClaimsIdentity is { } identity)
            {
                return await PassesTokenValidatedEventAsync(httpContext, scheme, options, new ClaimsPrincipal(identity), result.SecurityToken)
                    ? new ClaimsPrincipal(identity)
                    : null;
            }
        }

        return null;
    }

    private static async Task<bool> PassesTokenValidatedEventAsync(
        HttpContext httpContext, string scheme, JwtBearerOptions options, ClaimsPrincipal principal, SecurityToken token)
    {
        var schemes = httpContext.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        if (options.Events is null || await schemes.GetSchemeAsync(scheme) is not { } authenticationScheme)
        {
            return true;
        }

        var context = new TokenValidatedContext(httpContext, authenticationScheme, options) { Principal = principal, SecurityToken = token };
        await options.Events.TokenValidated(context);
        return context.Result is not { Failure: not null } && context.Principal is not null;
    }
}
