using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// VAPID (RFC 8292): the <c>Authorization: vapid t=…, k=…</c> value for a push service's origin, an ES256 JWT
/// (<c>aud</c> the origin, <c>exp</c> 12 hours on, <c>sub</c> the operator's contact) reused until a minute before it
/// expires, as RFC 8292 §2 allows: one signature per push service, not per push.
/// </summary>
public sealed class VapidTokens(VapidKeys keys, string subject, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private static readonly string Header = Base64Url.Encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}"u8);
    private readonly ConcurrentDictionary<string, (string Value, DateTimeOffset Expires)> byAudience = new(StringComparer.Ordinal);
    private readonly ECDsa signer = ECDsa.Create(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        D = Base64Url.Decode(keys.PrivateKey),
        Q = new ECPoint { X = Base64Url.Decode(keys.PublicKey)[1..33], Y = Base64Url.Decode(keys.PublicKey)[33..65] },
    });

    /// <summary>The header value for a push endpoint (its origin is the audience: scheme, host and a non-default port).</summary>
    public string AuthorizationFor(Uri endpoint)
    {
        var audience = endpoint.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        if (byAudience.TryGetValue(audience, out var cached) && cached.Expires - now > TimeSpan.FromMinutes(1))
        {
            return cached.Value;
        }

        var expires = now + Lifetime;
        var claims = Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(new { aud = audience, exp = expires.ToUnixTimeSeconds(), sub = subject }));
        var signingInput = $"{Header}.{claims}";

        // ES256 in JWS is r‖s (IEEE P1363), which is what ECDsa.SignData gives by default.
        var signature = Base64Url.Encode(signer.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256));
        var value = $"vapid t={signingInput}.{signature}, k={keys.PublicKey}";
        byAudience[audience] = (value, expires);
        return value;
    }

    public void Dispose() => signer.Dispose();
}
