using GraphQL.Types;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    partial void AddSessionFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActiveSessionType>>>>("mySessions")
            .Description("Your open sessions (one per sign-in), most recently seen first; end one with revokeSession.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentSessionsGrain>(c.RequireCaller()).GetSessions(c.User.SessionId()));
    }

    partial void AddSessionFields();
}
