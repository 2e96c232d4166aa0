using System.Net;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.Notifications;

/// <summary>
/// The digest's one-click unsubscribe (RFC 8058), without signing in: the link carries the resident id and an HMAC the
/// silo checks. POST (what a mail client sends for <c>List-Unsubscribe-Post</c>) turns digests off; GET (a person
/// clicking the link in the mail) only shows a French page with the button, so a link scanner fetching it changes nothing.
/// </summary>
public static class DigestUnsubscribe
{
    public const string Path = "/email/desabonnement";

    private const int MaxSignatureLength = 100;

    public static WebApplication MapDigestUnsubscribe(this WebApplication app)
    {
        app.MapGet(Path, (HttpContext http) =>
        {
            var action = WebUtility.HtmlEncode(Path + http.Request.QueryString.Value);
            return Results.Content(
                Page("Se désabonner du résumé", $"<form method=\"post\" action=\"{action}\"><button type=\"submit\">Ne plus recevoir le résumé du quartier</button></form>"),
                "text/html; charset=utf-8");
        });

        app.MapPost(Path, async (HttpContext http, IGrainFactory grains) =>
        {
            var resident = http.Request.Query["resident"].ToString();
            var signature = http.Request.Query["signature"].ToString();
            var done = ResidentIds.IsWellFormed(resident)
                && signature.Length is > 0 and <= MaxSignatureLength
                && await grains.GetGrain<INotificationPreferencesGrain>(resident).UnsubscribeDigest(signature);
            return done
                ? Results.Content(Page("Désabonnement confirmé", "<p>Vous ne recevrez plus le résumé du quartier. Vous pouvez le réactiver dans votre profil.</p>"), "text/html; charset=utf-8")
                : Results.Content(Page("Lien invalide", "<p>Ce lien de désabonnement n'est pas valide.</p>"), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        });
        return app;
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} — Voisinage</title></head>"
        + $"<body><main><h1>{title}</h1>{body}</main></body></html>";
}
