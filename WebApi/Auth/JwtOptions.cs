namespace Voisinage.WebApi.Auth;

/// <summary>Section <c>Voisinage:Jwt</c>: how bearer tokens are signed.</summary>
public sealed class JwtOptions
{
    public const string Section = "Voisinage:Jwt";

    public string Issuer { get; set; } = "voisinage";

    public string Audience { get; set; } = "voisinage";

    /// <summary>HMAC-SHA256 key, base64, at least 32 bytes. Required in PostgreSQL mode; generated into the data folder when embedded.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
