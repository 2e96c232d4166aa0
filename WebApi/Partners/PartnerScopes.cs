using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// What a partner may ask for, and the claims each scope releases (docs/partners.md). Nothing else about a resident is
/// ever put in a token or the userinfo answer: never the home cell, the address or the resident's own id.
/// </summary>
public static class PartnerScopes
{
    /// <summary>Verified or not, and how.</summary>
    public const string Verified = "voisinage:verified";

    /// <summary>The neighbourhood's id and name.</summary>
    public const string Neighbourhood = "voisinage:neighbourhood";

    public const string VerifiedClaim = "voisinage_verified";
    public const string VerificationMethodClaim = "voisinage_verification_method";
    public const string NeighbourhoodIdClaim = "voisinage_neighbourhood_id";
    public const string NeighbourhoodNameClaim = "voisinage_neighbourhood_name";

    /// <summary>Every scope a partner client may be allowed (openid is implied; offline_access asks for a refresh token).</summary>
    public static readonly IReadOnlyList<string> All = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Verified, Neighbourhood, Scopes.OfflineAccess];

    /// <summary>The claims a scope releases.</summary>
    public static IReadOnlyList<string> ClaimsOf(string scope) => scope switch
    {
        Scopes.OpenId => [Claims.Subject],
        Scopes.Profile => [Claims.Name, Claims.PreferredUsername],
        Scopes.Email => [Claims.Email, Claims.EmailVerified],
        Verified => [VerifiedClaim, VerificationMethodClaim],
        Neighbourhood => [NeighbourhoodIdClaim, NeighbourhoodNameClaim],
        _ => [],
    };
}
