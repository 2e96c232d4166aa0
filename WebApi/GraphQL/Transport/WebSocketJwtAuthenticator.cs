using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Voisinage.WebApi.GraphQL.Transport;

/// <summary>
/// Validates the <c>authorization</c> value of a WebSocket <c>connection_init</c> payload with the application's JWT bearer
/// configuration (same <see cref="TokenValidationParameters"/>, signing keys and token handlers as the HTTP pipeline).
/// </summary>
internal static class WebSocketJwtAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The principal of a valid "Bearer &lt;jwt&gt;" value; null when the value or the token is not valid.</summary>
    public static async Task<ClaimsPrincipal?> AuthenticateAsync(
        IServiceProvider services, string scheme, string authorization, CancellationToken cancellationToken)
    {
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
                return new ClaimsPrincipal(identity);
            }
        }

        return null;
    }
}
