using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Organisations: a public page each, verified ones listed, pending ones for operators (docs/organisations.md).</summary>
public sealed partial class QueryType
{
    private void AddOrganisationFields()
    {
        Field<OrganisationType>("organisation")
            .Description("An organisation's public page, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await FindOrganisation(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("Organisations with a status, newest first: VERIFIED for anyone; PENDING (the operators' queue) and REJECTED for operators.")
            .Argument<OrganisationStatusGraphType>("status", a => a.DefaultValue = OrganisationStatus.Verified)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var ids = await c.Grains().GetGrain<IOrganisationDirectoryGrain>(0)
                    .List(c.CallerId(), c.GetArgument("status", OrganisationStatus.Verified), c.GetArgument("first", 50));
                return await Organisations(c, ids);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("orphanedOrganisations")
            .Description("For operators: organisations whose last member deleted their account, most recent first, to name an admin or reject (FORBIDDEN for others).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await Organisations(c, await c.Grains().GetGrain<IOrganisationDirectoryGrain>(0).Orphaned(c.RequireCaller(), c.GetArgument("first", 50))));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisationsServingMe")
            .Description("The verified town halls and agencies whose area holds your home, and the associations and businesses whose reach does (your home is never returned).")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentOrganisationsGrain>(c.RequireCaller()).Serving());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("myOrganisations")
            .Description("The organisations you are a member of.")
            .ResolveAsync(async c => await Organisations(c, await c.Grains().GetGrain<IResidentOrganisationsGrain>(c.RequireCaller()).List()));
    }

    /// <summary>An organisation by id; null for an unknown or malformed id (which activates no grain).</summary>
    internal static async Task<Organisation?> FindOrganisation(IResolveFieldContext c, string id) =>
        ContentIds.IsOrganisation(id) ? await c.Grains().GetGrain<IOrganisationGrain>(id).Get() : null;

    private static async Task<IEnumerable<Organisation>> Organisations(IResolveFieldContext c, IEnumerable<string> ids) =>
        (await Task.WhenAll(ids.Select(id => c.Grains().GetGrain<IOrganisationGrain>(id).Get()))).OfType<Organisation>();
}
