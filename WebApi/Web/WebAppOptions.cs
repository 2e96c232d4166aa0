namespace Voisinage.WebApi.Web;

/// <summary>The web app served at <c>/</c> (section <c>Voisinage:Web</c>).</summary>
public sealed class WebAppOptions
{
    public const string Section = "Voisinage:Web";

    /// <summary>OpenStreetMap's own tile server; its usage policy suits a neighbourhood's light use, not heavy traffic.</summary>
    public const string DefaultTileUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public const string DefaultTileAttribution = "© <a href=\"https://www.openstreetmap.org/copyright\">les contributeurs d’OpenStreetMap</a>";

    /// <summary>
    /// Folder of the built app (<c>index.html</c> and its assets). Empty: <c>wwwroot</c> beside the program, where the
    /// build copies <c>web/dist</c>.
    /// </summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>Map tile URL template (Leaflet's <c>{s}</c>, <c>{z}</c>, <c>{x}</c>, <c>{y}</c>); empty: no tiles, the map draws outlines only.</summary>
    public string TileUrl { get; set; } = DefaultTileUrl;

    /// <summary>The tile server's attribution, shown on the map (HTML, as Leaflet takes it).</summary>
    public string TileAttribution { get; set; } = DefaultTileAttribution;

    /// <summary>The folder the app is served from.</summary>
    public string ResolveRoot() =>
        string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "wwwroot") : Path.GetFullPath(Root);

    /// <summary>
    /// The tile server's origin for the Content-Security-Policy (<c>img-src</c>), with a <c>{s}</c> subdomain as a
    /// wildcard; null without tiles or for a template that names no http(s) server.
    /// </summary>
    public string? TileOrigin()
    {
        var url = TileUrl.Trim();
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        var rest = url[(schemeEnd + 3)..];
        var hostEnd = rest.IndexOfAny(['/', '?', '#']);
        var host = (hostEnd < 0 ? rest : rest[..hostEnd]).Replace("{s}", "*", StringComparison.Ordinal);
        if (scheme is not ("http" or "https") || host.Length == 0 || host.Contains('{', StringComparison.Ordinal)
            || host.IndexOfAny([' ', ';', ',', '\'', '"']) >= 0)
        {
            return null;
        }

        return $"{scheme}://{host.ToLowerInvariant()}";
    }
}
