namespace Voisinage.Grains.Passkeys;

/// <summary>
/// The WebAuthn relying party, section <c>Voisinage:Passkeys</c>. Unset, the domain and origin come from
/// <c>Voisinage:PublicUrl</c> (the web app's address): a passkey is bound to that domain, so changing it later
/// orphans every passkey registered before.
/// </summary>
public sealed class PasskeyOptions
{
    public const string Section = "Voisinage:Passkeys";

    /// <summary>The relying-party id: the web app's host name (no scheme, no port), e.g. <c>voisinage.example</c>.</summary>
    public string? ServerDomain { get; set; }

    /// <summary>The name authenticators show beside the passkey.</summary>
    public string ServerName { get; set; } = "Voisinage";

    /// <summary>The exact origins (scheme, host, port) the web app is served from.</summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>Fills the domain and origin from the public URL when they were not configured.</summary>
    public void DeriveFrom(string? publicUrl)
    {
        if (!Uri.TryCreate(string.IsNullOrWhiteSpace(publicUrl) ? "http://localhost:5080" : publicUrl, UriKind.Absolute, out var url))
        {
            throw new InvalidOperationException($"Voisinage:PublicUrl ({publicUrl}) is not an absolute URL: set {Section}:ServerDomain and Origins.");
        }

        ServerDomain = string.IsNullOrWhiteSpace(ServerDomain) ? url.Host : ServerDomain;
        if (Origins.Count == 0)
        {
            Origins.Add(url.GetLeftPart(UriPartial.Authority));
        }
    }
}
