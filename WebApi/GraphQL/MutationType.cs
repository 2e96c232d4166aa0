using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Mutation fields. Each domain adds its own from a partial file (<c>MutationType.*.cs</c>).</summary>
public sealed partial class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        AddAccountFields();
        AddVerificationFields();
        AddNeighbourhoodFields();
        AddAlertFields();
        AddListingFields();
        AddMessagingFields();
        AddModerationFields();
        AddOperatorFields();
        AddSessionFields();
        AddNotificationFields();
        AddNotificationPreferenceFields();
        AddOrganisationFields();
        AddAnnouncementFields();
        AddPartnerFields();
        AddEmailFields();
        AddPasskeyFields();
        AddCampaignFields();
    }

    /// <summary>The signed-in caller's resident grain, through the face (account, verification, membership) the field needs.</summary>
    private static TFace Caller<TFace>(IResolveFieldContext c)
        where TFace : IGrainWithStringKey => c.Grains().GetGrain<TFace>(c.RequireCaller());

    private static string Text(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) as string ?? string.Empty;

    /// <summary>Opens a session for the sign-in (described by the client's user agent) and issues its token, expiring with it.</summary>
    private static async Task<AuthPayload> SignIn(IResolveFieldContext c, SignedIn who)
    {
        var tokens = c.RequestServices!.GetRequiredService<TokenService>();
        var userAgent = c.HttpContext()?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, MaxUserAgentLength)] : null;
        var opened = await c.Grains().GetGrain<IResidentSessionsGrain>(who.ResidentId).OpenSession(who.TokenVersion, userAgent, tokens.Lifetime);
        var (token, expiresAt) = tokens.Issue(who, opened.SessionId, opened.ExpiresAt);
        c.MarkSignedIn(who.ResidentId);
        if (c.HttpContext() is { } http)
        {
            BrowserSession.Open(http, token, expiresAt);
        }

        return new AuthPayload(token, expiresAt, opened.Profile);
    }

    /// <summary>Only a browser and system summary is kept; a longer user agent is cut before it reaches a grain.</summary>
    private const int MaxUserAgentLength = 512;

    partial void AddAccountFields();

    partial void AddVerificationFields();

    partial void AddNeighbourhoodFields();

    partial void AddAlertFields();

    partial void AddListingFields();

    partial void AddMessagingFields();
}
