using Microsoft.AspNetCore.Authentication.JwtBearer;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.Auth;

/// <summary>
/// Rejects tokens of deleted accounts and tokens issued before a revocation: the token's version must be the
/// resident's current one. One call to an active grain, so cheap enough on every request.
/// </summary>
public static class TokenRevocation
{
    public static async Task CheckAsync(TokenValidatedContext context)
    {
        var residentId = context.Principal.ResidentId();
        var claimed = context.Principal?.FindFirst(TokenService.TokenVersionClaim)?.Value;
        if (residentId is null || claimed is null)
        {
            context.Fail("The token names no resident.");
            return;
        }

        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var current = await grains.GetGrain<IResidentGrain>(residentId).GetTokenVersion();
        if (current is null || current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) != claimed)
        {
            context.Fail("The token has been revoked.");
        }
    }
}
