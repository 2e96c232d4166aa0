using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.WebApi.GraphQL.Types;
using Voisinage.WebApi.Partners;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Sign in with Voisinage: partners (operators), the consent page's partner, your connected services (docs/partners.md).</summary>
public sealed partial class QueryType
{
    partial void AddPartnerFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerClientType>>>>("partnerClients")
            .Description("Operators: the partner services registered to sign residents in with Voisinage, by name.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PartnerClients>().List(c.RequireCaller(), c.CancellationToken));

        Field<NonNullGraphType<PartnerConsentType>>("partnerConsent")
            .Description("Public: the partner a consent page names (NOT_FOUND for an unknown client id), and the scopes you already agreed to remember.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .ResolveAsync(async c =>
            {
                var clientId = c.GetArgument<string>("clientId");
                var client = await c.RequestServices!.GetRequiredService<PartnerClients>().Find(clientId, c.CancellationToken)
                    ?? throw new VoisinageException(ErrorCodes.NotFound, "No partner service has this client id.");
                var remembered = c.CallerId() is { } residentId
                    ? await c.RequestServices!.GetRequiredService<ConnectedServices>().Remembered(residentId, clientId, c.CancellationToken)
                    : [];
                return new PartnerConsent(client, remembered);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectedServiceType>>>>("connectedServices")
            .Description("The partner services you let in (\"remember my choice\", or a sign-in still alive), with what each sees.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ConnectedServices>().List(c.RequireCaller(), c.CancellationToken));
    }

    partial void AddPartnerFields();
}
