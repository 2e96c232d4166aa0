using Microsoft.AspNetCore.Authentication.JwtBearer;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.Auth;

/// <summary>
/// Rejects tokens of deleted accounts, tokens issued before a revocation (the token's version must be the resident's
/// current one) and tokens of an ended session (logout, revokeSession). One call to an active grain, so cheap enough on
/// every request.
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
        var session = context.Principal?.FindFirst(TokenService.SessionClaim)?.Value;
        if (!int.TryParse(claimed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            || !await grains.GetGrain<IResidentSessionsGrain>(residentId).IsTokenValid(version, session))
        {
            context.Fail("The token has been revoked.");
        }
    }
}
