using static System.Net.WebUtility;

namespace Voisinage.Grains.Email;

/// <summary>The HTML frame of every email (French, readable on a phone, no remote images).</summary>
public static class MailLayout
{
    public static string Html(string title, string body) =>
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{HtmlEncode(title)}</title></head>"
        + "<body style=\"font-family:sans-serif;line-height:1.5;max-width:36em;margin:auto;padding:1em\">"
        + $"<h1 style=\"font-size:1.3em\">{HtmlEncode(title)}</h1>{body}"
        + "<p style=\"color:#555\">— Voisinage</p></body></html>";

    /// <summary>A link into the web app: the public base URL (<c>Voisinage:PublicUrl</c>) and a path with its query.</summary>
    public static string Link(string publicUrl, string pathAndQuery) => publicUrl.TrimEnd('/') + pathAndQuery;
}
