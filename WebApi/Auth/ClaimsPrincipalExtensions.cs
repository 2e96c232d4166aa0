using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Voisinage.WebApi.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The resident id of an authenticated caller, or null.</summary>
    public static string? ResidentId(this ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value : null;

    /// <summary>The session the caller's token belongs to (<see cref="TokenService.SessionClaim"/>), or null.</summary>
    public static string? SessionId(this ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(TokenService.SessionClaim)?.Value : null;
}
