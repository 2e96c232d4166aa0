using GraphQL.Types;

namespace Voisinage.WebApi.GraphQL.Types;

/// <summary>A member as the other members see them.</summary>
public sealed record MemberView(string Id, string Pseudo, bool IsLead);

public sealed class NeighbourhoodMemberType : ObjectGraphType<MemberView>
{
    public NeighbourhoodMemberType()
    {
        Name = "NeighbourhoodMember";
        Description = "A member of a neighbourhood, as the other members see them: never their home.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The resident's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("pseudo").Resolve(c => c.Source.Pseudo);
        Field<NonNullGraphType<BooleanGraphType>>("isLead").Description("Whether this member is one of the neighbourhood's leads.").Resolve(c => c.Source.IsLead);
    }
}
