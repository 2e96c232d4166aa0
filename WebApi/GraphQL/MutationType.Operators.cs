using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Operators granted and revoked by operators, logged, effective at once (docs/moderation.md).</summary>
public sealed partial class MutationType
{
    partial void AddOperatorFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("grantOperator")
            .Description("Operators: makes a resident an operator, with a reason (in the operators' log). Effective at once on every front-end. Returns the operators.")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await ChangeOperator(c, grant: true));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResidentType>>>>("revokeOperator")
            .Description("Operators: revokes an operator (not the last one), with a reason (in the operators' log). Effective at once. Returns the operators.")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await ChangeOperator(c, grant: false));
    }

    private static async Task<IEnumerable<ResidentProfile>> ChangeOperator(IResolveFieldContext c, bool grant)
    {
        var caller = c.RequireCaller();
        var operators = c.Grains().GetGrain<IOperatorsGrain>(0);
        var (residentId, reason) = (c.GetArgument<string>("residentId"), c.GetArgument<string>("reason"));
        await (grant ? operators.Grant(caller, residentId, reason) : operators.Revoke(caller, residentId, reason));
        return await QueryType.Operators(c, caller);
    }

    partial void AddOperatorFields();
}
