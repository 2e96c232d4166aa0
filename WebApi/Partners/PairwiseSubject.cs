using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Voisinage.WebApi.Partners;

/// <summary>
/// The <c>sub</c> a partner sees: HMAC-SHA256(secret, client id, resident id), so one resident has a different, stable
/// subject at each partner, and two partners cannot join their users (OpenID Connect Core §8.1, pairwise identifiers).
/// </summary>
public sealed class PairwiseSubject(PartnerKeyRing keys)
{
    public string For(string clientId, string residentId)
    {
        // Lengths first, so that ("ab", "c") and ("a", "bc") never collide.
        var input = Encoding.UTF8.GetBytes($"{clientId.Length}:{clientId}:{residentId.Length}:{residentId}");
        return Base64UrlEncoder.Encode(HMACSHA256.HashData(keys.PairwiseSecret, input));
    }
}
