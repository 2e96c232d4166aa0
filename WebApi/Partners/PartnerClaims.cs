using System.Security.Claims;
using OpenIddict.Abstractions;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// What a partner learns about a resident, read live from the resident (one standing call, plus the neighbourhood's name
/// when that scope was granted), limited to the granted scopes (<see cref="PartnerScopes"/>).
/// </summary>
public sealed class PartnerClaims(IGrainFactory grains, PairwiseSubject subjects)
{
    /// <summary>The claims for <paramref name="scopes"/>, or null when the resident's account is gone.</summary>
    public async Task<IReadOnlyList<(string Type, string Value, string ValueType)>?> For(string residentId, string clientId, IEnumerable<string> scopes)
    {
        var standing = await grains.GetGrain<IResidentMembershipGrain>(residentId).GetStanding();
        if (standing.Profile is not { } profile)
        {
            return null;
        }

        var granted = scopes.ToHashSet(StringComparer.Ordinal);
        var claims = new List<(string, string, string)> { (Claims.Subject, subjects.For(clientId, residentId), ClaimValueTypes.String) };
        if (granted.Contains(Scopes.Profile))
        {
            claims.Add((Claims.Name, profile.Pseudo, ClaimValueTypes.String));
            claims.Add((Claims.PreferredUsername, profile.Pseudo, ClaimValueTypes.String));
        }

        if (granted.Contains(Scopes.Email))
        {
            // The address was given at registration and never confirmed by a mail round trip: said so.
            claims.Add((Claims.Email, profile.Email, ClaimValueTypes.String));
            claims.Add((Claims.EmailVerified, "false", ClaimValueTypes.Boolean));
        }

        if (granted.Contains(PartnerScopes.Verified))
        {
            claims.Add((PartnerScopes.VerifiedClaim, standing.IsVerified ? "true" : "false", ClaimValueTypes.Boolean));
            if (standing.IsVerified && profile.Verification.Method is { } method)
            {
                claims.Add((PartnerScopes.VerificationMethodClaim, method.ToString().ToLowerInvariant(), ClaimValueTypes.String));
            }
        }

        if (granted.Contains(PartnerScopes.Neighbourhood) && standing.NeighbourhoodId is { } neighbourhoodId
            && await grains.GetGrain<INeighbourhoodGrain>(neighbourhoodId).GetSummary() is { } neighbourhood)
        {
            claims.Add((PartnerScopes.NeighbourhoodIdClaim, neighbourhood.Id, ClaimValueTypes.String));
            claims.Add((PartnerScopes.NeighbourhoodNameClaim, neighbourhood.Name, ClaimValueTypes.String));
        }

        return claims;
    }

    /// <summary>
    /// The identity OpenIddict signs in: the subject in the access and identity tokens, everything else in the identity
    /// token only (the access token is encrypted for us; partners read current values from userinfo).
    /// </summary>
    public static ClaimsIdentity Identity(IReadOnlyList<(string Type, string Value, string ValueType)> claims, IEnumerable<string> scopes, string authorizationId)
    {
        var identity = new ClaimsIdentity(
            authenticationType: OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            nameType: Claims.Name,
            roleType: Claims.Role);
        foreach (var (type, value, valueType) in claims)
        {
            identity.AddClaim(new Claim(type, value, valueType));
        }

        identity.SetScopes(scopes);
        identity.SetAuthorizationId(authorizationId);
        identity.SetDestinations(claim => claim.Type == Claims.Subject
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.IdentityToken]);
        return identity;
    }

    /// <summary>The userinfo answer: the same claims as JSON values (booleans as booleans).</summary>
    public static Dictionary<string, object> UserInfo(IReadOnlyList<(string Type, string Value, string ValueType)> claims) =>
        claims.ToDictionary(
            c => c.Type,
            c => c.ValueType == ClaimValueTypes.Boolean ? bool.Parse(c.Value) : (object)c.Value,
            StringComparer.Ordinal);
}
