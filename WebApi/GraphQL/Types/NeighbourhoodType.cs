using GraphQL;
using GraphQL.Types;
using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>A neighbourhood. Public fields never name members; <c>leads</c> is for members only.</summary>
public sealed class NeighbourhoodType : ObjectGraphType<NeighbourhoodSummary>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The H3 index of the founding block cell.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(c => c.Source.MemberCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cells").Description("Block cells (H3 res 9).").Resolve(c => c.Source.Cells);
        Field<NonNullGraphType<StringGraphType>>("boundary")
            .Description("The outline as a GeoJSON geometry (Polygon, coordinates [lng, lat]), for map clients.")
            .Resolve(c => CellsOutline.ToGeoJson(c.Source.Cells.Select(H3Index.Parse)));
        Field<ListGraphType<NonNullGraphType<ResidentType>>>("leads")
            .Description("Members only; null for anyone else.")
            .ResolveAsync(async c =>
            {
                if (await DetailsForMember(c) is not { } details)
                {
                    return null;
                }

                var profiles = await Task.WhenAll(details.Leads.Select(id => c.Grains().GetGrain<IResidentGrain>(id).GetProfile()));
                return profiles.OfType<ResidentProfile>().ToList();
            });
        Field<ListGraphType<NonNullGraphType<MergeProposalType>>>("mergeProposals")
            .Description("Members only: merge proposals this neighbourhood made or received and that are still open.")
            .ResolveAsync(async c => (await DetailsForMember(c))?.Proposals);
    }

    private static async Task<NeighbourhoodDetails?> DetailsForMember(IResolveFieldContext<NeighbourhoodSummary> c)
    {
        if (c.CallerId() is not { } caller)
        {
            return null;
        }

        try
        {
            return await c.Grains().GetGrain<INeighbourhoodGrain>(c.Source.Id).GetDetails(caller);
        }
        catch (VoisinageException e) when (e.Code is ErrorCodes.Forbidden or ErrorCodes.NotFound)
        {
            return null;
        }
    }
}

/// <summary>A proposal to merge two adjacent neighbourhoods; a lead of the other one accepts it with <c>acceptMerge</c>.</summary>
public sealed class MergeProposalType : ObjectGraphType<MergeProposal>
{
    public MergeProposalType()
    {
        Name = "MergeProposal";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NeighbourhoodType>("from").Description("The proposing neighbourhood, or null if it no longer exists.")
            .ResolveAsync(async c => await NeighbourhoodLookup.Summary(c.Grains(), c.Source.FromId));
        Field<NeighbourhoodType>("to").Description("The neighbourhood asked, or null if it no longer exists.")
            .ResolveAsync(async c => await NeighbourhoodLookup.Summary(c.Grains(), c.Source.ToId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("proposedAt").Resolve(c => c.Source.ProposedAt);
    }
}
