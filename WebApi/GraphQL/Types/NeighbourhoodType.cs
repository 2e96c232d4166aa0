using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Feed;
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

                var profiles = await Task.WhenAll(details.Leads.Select(id => c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile()));
                return profiles.OfType<ResidentProfile>().ToList();
            });
        Field<ConnectionType<NeighbourhoodMemberType>>("members")
            .Description("Members only (FORBIDDEN for anyone else): the members with their pseudo and whether they lead, in a stable order.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var after = c.GetArgument<string?>("after") is { } cursor ? MemberCursors.Decode(cursor) : null;
                var page = await c.Grains().GetGrain<INeighbourhoodGrain>(c.Source.Id)
                    .GetMembers(c.RequireCaller(), Cursors.PageSize(c.GetArgument("first", 50)), after);
                var profiles = await Task.WhenAll(page.Members.Select(m => c.Grains().GetGrain<IResidentAccountGrain>(m.ResidentId).GetProfile()));
                var members = page.Members.Zip(profiles)
                    .Where(p => p.Second is not null)
                    .Select(p => (MemberCursors.Encode(p.First.ResidentId), new MemberView(p.First.ResidentId, p.Second!.Pseudo, p.First.IsLead)));
                return Connections.Of(members, page.HasNextPage);
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
            .ResolveAsync(async c => await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(c.Source.FromId));
        Field<NeighbourhoodType>("to").Description("The neighbourhood asked, or null if it no longer exists.")
            .ResolveAsync(async c => await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(c.Source.ToId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("proposedAt").Resolve(c => c.Source.ProposedAt);
    }
}
