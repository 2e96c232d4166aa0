using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Voisinage.Grains.Email;

/// <summary>A section of a digest: a French heading and the titles with their page in the web app.</summary>
public sealed record DigestSection(string Heading, IReadOnlyList<(string Title, string Path)> Items);

/// <summary>
/// The neighbourhood digest email, in French, text and HTML. It names only what was published to the neighbourhood
/// (titles), never a home, an address or who lives where. One-click unsubscribe per RFC 8058.
/// </summary>
public static class DigestMail
{
    public static OutgoingMail Build(string to, string pseudo, bool weekly, IReadOnlyList<DigestSection> sections, string publicUrl, string unsubscribeUrl)
    {
        var subject = weekly ? "Votre quartier cette semaine" : "Votre quartier aujourd'hui";
        var text = new StringBuilder($"Bonjour {pseudo},\n\nDu nouveau dans votre quartier :\n");
        var html = new StringBuilder($"<p>Bonjour {HtmlEncode(pseudo)},</p><p>Du nouveau dans votre quartier :</p>");
        foreach (var section in sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{section.Heading}\n");
            html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:1.1em\">{HtmlEncode(section.Heading)}</h2><ul>");
            foreach (var (title, path) in section.Items)
            {
                var link = MailLayout.Link(publicUrl, path);
                text.Append(CultureInfo.InvariantCulture, $"- {title} : {link}\n");
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{HtmlEncode(link)}\">{HtmlEncode(title)}</a></li>");
            }

            html.Append("</ul>");
        }

        const string why = "Vous recevez ce résumé parce que vous l'avez choisi dans vos préférences de notification.";
        text.Append(CultureInfo.InvariantCulture, $"\n{why}\nSe désabonner : {unsubscribeUrl}\n\n— Voisinage\n");
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#555\">{HtmlEncode(why)} <a href=\"{HtmlEncode(unsubscribeUrl)}\">Se désabonner</a></p>");
        var headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new OutgoingMail(Guid.NewGuid().ToString("N"), to, subject, text.ToString(), MailLayout.Html(subject, html.ToString()), headers);
    }
}
