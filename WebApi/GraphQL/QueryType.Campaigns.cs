using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Sponsored;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Sponsored campaigns: a business's own, and the operators' queue (docs/organisations.md, "Sponsored campaigns").</summary>
public sealed partial class QueryType
{
    private void AddCampaignFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignType>>>>("organisationCampaigns")
            .Description("A business's campaigns, newest first: for its members and operators (FORBIDDEN for others).")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("organisationId");
                var ids = ContentIds.IsOrganisation(id) ? await c.Grains().GetGrain<ICampaignDirectoryGrain>(0).OfOrganisation(c.RequireCaller(), id) : [];
                return await Campaigns(c, ids);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignType>>>>("pendingCampaigns")
            .Description("Operators: the campaigns waiting for approval, oldest first.")
            .ResolveAsync(async c => await Campaigns(c, await c.Grains().GetGrain<ICampaignDirectoryGrain>(0).Pending(c.RequireCaller())));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("hiddenAdvertisers")
            .Description("The advertisers (organisation ids) whose sponsored items you hid.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentSponsoredGrain>(c.RequireCaller()).Hidden());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("hiddenAdvertiserOrganisations")
            .Description("The advertisers whose sponsored items you hid, as organisations (name and page), so a client can list them to unhide.")
            .ResolveAsync(async c =>
            {
                var ids = await c.Grains().GetGrain<IResidentSponsoredGrain>(c.RequireCaller()).Hidden();
                return (await Task.WhenAll(ids.Select(id => c.Grains().GetGrain<IOrganisationGrain>(id).Get()))).OfType<Organisation>().ToList();
            });
    }

    private static async Task<IReadOnlyList<Campaign>> Campaigns(IResolveFieldContext c, IReadOnlyList<string> ids) =>
        [.. (await Task.WhenAll(ids.Select(id => c.Grains().GetGrain<ICampaignGrain>(id).Get()))).OfType<Campaign>()];
}
