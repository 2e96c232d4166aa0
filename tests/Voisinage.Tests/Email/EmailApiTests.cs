using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Voisinage.Grains.Email;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Email;

/// <summary>The embedded server sending through the real MailKit transport to a local SMTP sink.</summary>
public sealed class MailApi : ApiFactory
{
    public MailApi()
        : this(new SmtpSink())
    {
    }

    private MailApi(SmtpSink sink)
        : base(new Dictionary<string, string?>
        {
            ["Voisinage:Email:Smtp:Host"] = "127.0.0.1",
            ["Voisinage:Email:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Voisinage:Email:Smtp:UseTls"] = "false",
            ["Voisinage:PublicUrl"] = "https://voisinage.test",

            // Every test request comes from one address: the limit per address would be spent by the suite.
            ["Voisinage:RateLimits:Resident:PasswordResetAddress:Limit"] = "1000",
        }) => Sink = sink;

    public SmtpSink Sink { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<MailApi>
{
    public const string Name = "mail";
}

/// <summary>
/// Confirmation, password reset and digest emails through SMTP: each is parsed with MimeKit and its link followed
/// through the API, as a person would.
/// </summary>
[Collection(MailCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed partial class EmailApiTests(MailApi api)
{
    [GeneratedRegex(@"https://voisinage\.test(/[^\s""<>]+)")]
    private static partial Regex LinkPattern();

    private static string LinkIn(MimeMessage mail, string path)
    {
        var link = LinkPattern().Matches(mail.TextBody ?? string.Empty).Select(m => m.Groups[1].Value).First(l => l.StartsWith(path, StringComparison.Ordinal));
        Assert.Contains(System.Net.WebUtility.HtmlEncode("https://voisinage.test" + link), mail.HtmlBody, StringComparison.Ordinal);
        return link;
    }

    private static string TokenOf(string link) => Uri.UnescapeDataString(link[(link.IndexOf("jeton=", StringComparison.Ordinal) + "jeton=".Length)..]);

    [Fact]
    public async Task Sign_up_mails_a_confirmation_whose_link_confirms_the_email_once()
    {
        var (token, _, pseudo, email) = await api.Register();
        var mail = await api.Sink.Next(email);
        Assert.Equal("Confirmez votre adresse email", mail.Subject);
        Assert.Contains($"Bonjour {pseudo}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", mail.HtmlBody, StringComparison.Ordinal);
        var jeton = TokenOf(LinkIn(mail, "/confirmer-email?jeton="));

        const string me = "{ me { emailConfirmed } }";
        Assert.False((await api.GraphQL(me, token: token)).Data["me"]!["emailConfirmed"]!.GetValue<bool>());
        (await api.GraphQL("mutation($t: String!) { confirmEmail(token: $t) }", new { t = jeton })).AssertNoErrors();
        Assert.True((await api.GraphQL(me, token: token)).Data["me"]!["emailConfirmed"]!.GetValue<bool>());

        (await api.GraphQL("mutation($t: String!) { confirmEmail(token: $t) }", new { t = jeton })).AssertError("INVALID_TOKEN");
        (await api.GraphQL("mutation($t: String!) { confirmEmail(token: $t) }", new { t = "pas-un-jeton" })).AssertError("INVALID_TOKEN");

        // Confirmed: asking again sends nothing more.
        (await api.GraphQL("mutation { resendEmailConfirmation }", token: token)).AssertNoErrors();
        (await api.GraphQL("mutation { resendEmailConfirmation }")).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_resent_confirmation_replaces_the_first_link()
    {
        var (token, _, _, email) = await api.Register();
        var first = TokenOf(LinkIn(await api.Sink.Next(email), "/confirmer-email"));
        (await api.GraphQL("mutation { resendEmailConfirmation }", token: token)).AssertNoErrors();
        var second = TokenOf(LinkIn(await api.Sink.Next(email, skip: 1), "/confirmer-email"));
        Assert.NotEqual(first, second);
        (await api.GraphQL("mutation($t: String!) { confirmEmail(token: $t) }", new { t = first })).AssertError("INVALID_TOKEN");
        (await api.GraphQL("mutation($t: String!) { confirmEmail(token: $t) }", new { t = second })).AssertNoErrors();
    }

    [Fact]
    public async Task A_reset_link_works_once_and_signs_out_every_older_session()
    {
        var (oldSession, _, pseudo, email) = await api.Register();
        const string request = "mutation($e: String!) { requestPasswordReset(email: $e) }";
        var unknown = TestSettings.NewIdentity().Email;

        // The same answer for an unknown email; only the account's owner gets a mail.
        var forUnknown = await api.GraphQL(request, new { e = unknown });
        forUnknown.AssertNoErrors();
        var forKnown = await api.GraphQL(request, new { e = email });
        forKnown.AssertNoErrors();
        Assert.Equal(forUnknown.Body.ToJsonString(), forKnown.Body.ToJsonString());
        (await api.GraphQL(request, new { e = "pas une adresse" })).AssertError("BAD_USER_INPUT");

        var mail = await api.Sink.Next(email, m => m.Subject == "Réinitialisation de votre mot de passe");
        Assert.Contains("valable 1 heure", mail.TextBody, StringComparison.Ordinal);
        var jeton = TokenOf(LinkIn(mail, "/reinitialiser-mot-de-passe?jeton="));

        const string reset = "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token resident { pseudo } } }";
        (await api.GraphQL(reset, new { t = jeton, p = "court" })).AssertError("BAD_USER_INPUT");
        var done = await api.GraphQL(reset, new { t = jeton, p = "un nouveau mot de passe" });
        done.AssertNoErrors();
        Assert.Equal(pseudo, done.Data["resetPassword"]!["resident"]!["pseudo"]!.GetValue<string>());
        var newSession = done.Data["resetPassword"]!["token"]!.GetValue<string>();

        (await api.GraphQL(reset, new { t = jeton, p = "encore un autre mot de passe" })).AssertError("INVALID_TOKEN");
        (await api.GraphQL("{ me { id } }", token: oldSession)).AssertError("UNAUTHENTICATED");
        (await api.GraphQL("{ me { emailConfirmed } }", token: newSession)).AssertNoErrors();
        const string login = "mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }";
        (await api.GraphQL(login, new { l = email, p = "a long password" })).AssertError("UNAUTHENTICATED");
        (await api.GraphQL(login, new { l = email, p = "un nouveau mot de passe" })).AssertNoErrors();
        Assert.Equal(0, api.Sink.CountTo(unknown));
    }

    [Fact]
    public async Task A_reset_link_expires_after_an_hour()
    {
        var (_, _, _, email) = await api.Register();
        (await api.GraphQL("mutation($e: String!) { requestPasswordReset(email: $e) }", new { e = email })).AssertNoErrors();
        var jeton = TokenOf(LinkIn(await api.Sink.Next(email, m => m.Subject is { } s && s.StartsWith("Réinitialisation", StringComparison.Ordinal)), "/reinitialiser"));
        api.Clock.Advance(TimeSpan.FromMinutes(61));
        (await api.GraphQL("mutation($t: String!) { resetPassword(token: $t, newPassword: \"un nouveau mot de passe\") { token } }", new { t = jeton })).AssertError("INVALID_TOKEN");
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_email()
    {
        var email = TestSettings.NewIdentity().Email;
        for (var i = 0; i < 5; i++)
        {
            (await api.GraphQL("mutation($e: String!) { requestPasswordReset(email: $e) }", new { e = email })).AssertNoErrors();
        }

        (await api.GraphQL("mutation($e: String!) { requestPasswordReset(email: $e) }", new { e = email })).AssertError("RATE_LIMITED");
    }

    [Fact]
    public async Task A_refusing_relay_gets_the_mail_again_later_and_nothing_is_lost()
    {
        var before = api.Sink.Refusals;
        api.Sink.Refusing = true;
        string email;
        try
        {
            (_, _, _, email) = await api.Register();
            await api.Sink.WaitForRefusal(before);
        }
        finally
        {
            api.Sink.Refusing = false;
        }

        Assert.Equal(0, api.Sink.CountTo(email));

        // The retry waits on the silo's clock (30 s backoff): it comes once the fake clock moved past it.
        var mail = await ClockPump.Until(api.Clock, api.Sink.Next(email), TimeSpan.FromSeconds(60));
        Assert.Equal("Confirmez votre adresse email", mail.Subject);
    }

    [Fact]
    public async Task The_digest_lists_what_is_new_with_both_parts_and_a_one_click_unsubscribe()
    {
        var grains = api.Services.GetRequiredService<IGrainFactory>();
        var founder = await Neighbours.NewVerifiedResident(grains, AlertPlaces.Fresh(), api.Clock);
        var neighbourhoodId = await founder.AsMembership().FoundNeighbourhood("Quartier du résumé");
        var residentId = founder.Id();
        var profile = (await founder.GetProfile())!;
        var preferences = grains.GetGrain<INotificationPreferencesGrain>(residentId);
        await preferences.Set(NotificationPreferences.Default with { Digest = DigestFrequency.Daily });
        var due = await grains.GetGrain<IDigestGrain>(residentId).GetNextDue();
        Assert.NotNull(due);

        var now = api.Clock.GetUtcNow();
        var feed = grains.GetGrain<IFeedGrain>(neighbourhoodId);
        await feed.Append(new FeedItem("lst_digest1", FeedItemType.Listing, neighbourhoodId, "0000000000000000000000000000000a", "Perceuse à prêter", null, now.AddMinutes(1), Grains.Listings.ListingKind.Loan, "OPEN"));
        await feed.Append(new FeedItem("lst_digest2", FeedItemType.Listing, neighbourhoodId, "0000000000000000000000000000000a", "Vide-grenier dimanche", null, now.AddMinutes(2), Grains.Listings.ListingKind.Event, "OPEN"));
        await feed.Append(new FeedItem("alr_digest3", FeedItemType.Alert, neighbourhoodId, "0000000000000000000000000000000a", "Chat perdu retrouvé", null, now.AddMinutes(3), Status: "RESOLVED"));

        api.Clock.Advance(due!.Value - now + TimeSpan.FromSeconds(1));
        var mail = await ClockPump.Until(api.Clock, api.Sink.Next(profile.Email, m => m.Subject == "Votre quartier aujourd'hui"));
        Assert.Contains("Perceuse à prêter", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nouvelles annonces", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Vide-grenier dimanche", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode("Chat perdu retrouvé"), mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Chat perdu retrouvé", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.HomeCell!, mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = mail.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.StartsWith("https://voisinage.test/email/desabonnement?", unsubscribe, StringComparison.Ordinal);
        var path = unsubscribe["https://voisinage.test".Length..];

        using var client = api.CreateClient();
        using var forged = await client.PostAsync(path.Replace("signature=", "signature=x", StringComparison.Ordinal), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(DigestFrequency.Daily, (await preferences.Get()).Digest);

        using var page = await client.GetAsync(path);
        Assert.Contains("Ne plus recevoir le résumé", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DigestFrequency.Daily, (await preferences.Get()).Digest);

        using var oneClick = await client.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(System.Net.HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(DigestFrequency.Off, (await preferences.Get()).Digest);
        Assert.Null(await grains.GetGrain<IDigestGrain>(residentId).GetNextDue());
    }
}
