using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Who the operators and the users are (operators only).</summary>
public sealed partial class QueryType
{
    partial void AddOperatorFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("operators")
            .Description("Operators: the operators (configured ones not revoked, and those granted through the API).")
            .ResolveAsync(async c => await Operators(c, c.RequireCaller()));

        Field<NonNullGraphType<ConnectionType<UserSummaryType>>>("users")
            .Description("Operators: the users, by pseudo, with their verification and standing (never homes, addresses or emails); search: those whose pseudo starts with it.")
            .Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var page = await c.Grains().GetGrain<IUserListGrain>(0)
                    .List(c.RequireCaller(), c.GetArgument<string?>("search"), c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Users.Select(u => (u.Cursor, u)), page.HasNextPage);
            });
    }

    /// <summary>The operators' profiles (accounts deleted since are left out).</summary>
    internal static async Task<IEnumerable<ResidentProfile>> Operators(IResolveFieldContext c, string viewerId)
    {
        var ids = await c.Grains().GetGrain<IOperatorsGrain>(0).List(viewerId);
        var profiles = await Task.WhenAll(ids.Select(id => c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile()));
        return profiles.OfType<ResidentProfile>();
    }

    partial void AddOperatorFields();
}
