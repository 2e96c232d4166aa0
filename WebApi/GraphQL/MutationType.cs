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
        AddNotificationFields();
        AddNotificationPreferenceFields();
        AddOrganisationFields();
        AddPartnerFields();
        AddEmailFields();
    }

    private static IResidentGrain Caller(IResolveFieldContext c) => c.Grains().GetGrain<IResidentGrain>(c.RequireCaller());

    private static string Text(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) as string ?? string.Empty;

    private static async Task<AuthPayload> SignIn(IResolveFieldContext c, SignedIn who)
    {
        var profile = await c.Grains().GetGrain<IResidentGrain>(who.ResidentId).GetProfile()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        var (token, expiresAt) = c.RequestServices!.GetRequiredService<TokenService>().Issue(who);
        c.MarkSignedIn(who.ResidentId);
        if (c.HttpContext() is { } http)
        {
            BrowserSession.Open(http, token, expiresAt);
        }

        return new AuthPayload(token, expiresAt, profile);
    }

    partial void AddAccountFields();

    partial void AddVerificationFields();

    partial void AddNeighbourhoodFields();

    partial void AddAlertFields();

    partial void AddListingFields();

    partial void AddMessagingFields();
}
