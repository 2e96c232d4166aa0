using static System.Net.WebUtility;

namespace Voisinage.Grains.Email;

/// <summary>The account emails, in French, as text and HTML: address confirmation and password reset.</summary>
public static class AccountMails
{
    public static OutgoingMail Confirmation(string to, string pseudo, string link) => Build(
        to,
        "Confirmez votre adresse email",
        $"Bonjour {pseudo},",
        "Pour confirmer que cette adresse est bien la vôtre, ouvrez ce lien :",
        link,
        "Si vous n'avez pas créé de compte Voisinage, ignorez ce message.");

    public static OutgoingMail PasswordReset(string to, string pseudo, string link, TimeSpan lifetime) => Build(
        to,
        "Réinitialisation de votre mot de passe",
        $"Bonjour {pseudo},",
        $"Pour choisir un nouveau mot de passe, ouvrez ce lien (valable {Describe(lifetime)}, une seule fois) :",
        link,
        "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.");

    /// <summary>"1 heure", "30 minutes", "2 heures".</summary>
    private static string Describe(TimeSpan lifetime) =>
        lifetime.TotalHours >= 1
            ? $"{lifetime.TotalHours:0.#} heure{(lifetime.TotalHours >= 2 ? "s" : string.Empty)}"
            : $"{Math.Max(1, lifetime.TotalMinutes):0} minutes";

    private static OutgoingMail Build(string to, string subject, string greeting, string lead, string link, string footer)
    {
        var text = $"{greeting}\n\n{lead}\n{link}\n\n{footer}\n\n— Voisinage\n";
        var html = MailLayout.Html(
            subject,
            $"<p>{HtmlEncode(greeting)}</p><p>{HtmlEncode(lead)}</p>"
            + $"<p><a href=\"{HtmlEncode(link)}\">{HtmlEncode(subject)}</a></p>"
            + $"<p style=\"color:#555\">{HtmlEncode(footer)}</p>");
        return new OutgoingMail(Guid.NewGuid().ToString("N"), to, subject, text, html, new Dictionary<string, string>());
    }
}
