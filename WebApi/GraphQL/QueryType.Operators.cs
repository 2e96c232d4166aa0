using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Who the operators are (operators only).</summary>
public sealed partial class QueryType
{
    partial void AddOperatorFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("operators")
            .Description("Operators: the operators (configured ones not revoked, and those granted through the API).")
            .ResolveAsync(async c => await Operators(c, c.RequireCaller()));
    }

    /// <summary>The operators' profiles (accounts deleted since are left out).</summary>
    internal static async Task<IEnumerable<ResidentProfile>> Operators(IResolveFieldContext c, string viewerId)
    {
        var ids = await c.Grains().GetGrain<IOperatorsGrain>(0).List(viewerId);
        var profiles = await Task.WhenAll(ids.Select(id => c.Grains().GetGrain<IResidentGrain>(id).GetProfile()));
        return profiles.OfType<ResidentProfile>();
    }

    partial void AddOperatorFields();
}
