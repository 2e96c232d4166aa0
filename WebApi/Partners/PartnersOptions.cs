namespace Voisinage.WebApi.Partners;

/// <summary>Section <c>Voisinage:Partners</c>: the OpenID Connect provider (docs/partners.md).</summary>
public sealed class PartnersOptions
{
    public const string Section = "Voisinage:Partners";

    /// <summary>The issuer URL partners see; by default the URL the request came to (behind a proxy: the forwarded one).</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Serve the endpoints over plain HTTP. Off: OpenID Connect needs TLS. For a developer's machine and the tests only
    /// (the product is served over HTTPS by its proxy, whose forwarded scheme counts).
    /// </summary>
    public bool AllowHttp { get; set; }

    /// <summary>A signing key older than this is replaced, at the next start of a front-end, by a fresh one.</summary>
    public TimeSpan KeyRotation { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long a replaced signing key stays published in the JWKS (longer than any token it signed lives).</summary>
    public TimeSpan KeyRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often dead tokens and authorizations are deleted (<see cref="PartnerPruning"/>); zero: never.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
