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
                if (c.CallerId() is not { } caller)
                {
                    return null;
                }

                NeighbourhoodDetails details;
                try
                {
                    details = await c.Grains().GetGrain<INeighbourhoodGrain>(c.Source.Id).GetDetails(caller);
                }
                catch (VoisinageException e) when (e.Code == ErrorCodes.Forbidden)
                {
                    return null;
                }

                var profiles = await Task.WhenAll(details.Leads.Select(id => c.Grains().GetGrain<IResidentGrain>(id).GetProfile()));
                return profiles.OfType<ResidentProfile>().ToList();
            });
    }
}
