using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Auth;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    partial void AddSessionFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Types.ActiveSessionType>>>>("revokeSession")
            .Description("Ends one of your sessions (a lost phone, a shared computer): its token stops working at once. NOT_FOUND if you have no open session with this id. Returns the sessions left.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var id = c.GetArgument<string>("id");
                if (id.Length > 64)
                {
                    throw VoisinageException.NotFound("No open session has this id.");
                }

                return await c.Grains().GetGrain<IResidentSessionsGrain>(caller).RevokeSession(id, c.User.SessionId());
            });
    }

    partial void AddSessionFields();
}
