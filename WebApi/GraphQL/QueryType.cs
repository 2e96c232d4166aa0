using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<ResidentType>>("me")
            .Description("The signed-in resident, private fields included.")
            .ResolveAsync(async c =>
            {
                var id = c.RequireCaller();
                return await c.Grains().GetGrain<IResidentGrain>(id).GetProfile()
                    ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
            });
    }
}
