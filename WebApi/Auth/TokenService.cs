using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Voisinage.Grains.Accounts;

namespace Voisinage.WebApi.Auth;

/// <summary>
/// Issues the bearer tokens. A token names the resident, the token version it was issued under and, when it was issued
/// for a sign-in, its session (<c>sid</c>, see <c>IResidentSessionsGrain</c>).
/// </summary>
public sealed class TokenService(IOptions<JwtOptions> options, SymmetricSecurityKey key, TimeProvider clock)
{
    public const string TokenVersionClaim = "tv";

    public const string SessionClaim = "sid";

    /// <summary>How long a token lives (a session opened for it as long).</summary>
    public TimeSpan Lifetime => options.Value.Lifetime;

    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(SignedIn who, string? sessionId = null, DateTimeOffset? expiresAt = null)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var expires = expiresAt ?? now + o.Lifetime;
        List<Claim> claims =
        [
            new Claim(JwtRegisteredClaimNames.Sub, who.ResidentId),
            new Claim(JwtRegisteredClaimNames.Name, who.Pseudo),
            new Claim(TokenVersionClaim, who.TokenVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
        ];
        if (sessionId is not null)
        {
            claims.Add(new Claim(SessionClaim, sessionId));
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.Issuer,
            Audience = o.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(claims),
        });
        return (token, expires);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.Issuer,
        ValidAudience = options.Value.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = JwtRegisteredClaimNames.Name,
        RoleClaimType = "role",

        // Checked against our clock (not the wall clock) so that tests can move time.
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore <= now + parameters.ClockSkew) && expires is not null && now - parameters.ClockSkew < expires;
        },
    };
}
