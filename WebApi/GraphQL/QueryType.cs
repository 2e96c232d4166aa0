using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
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

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostcardOrderType>>>>("postcardOutbox")
            .Description("Operators: postcards waiting for the printer, oldest first. Acknowledge them with markPostcardsSent, then read again.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c => await c.Grains().GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).List(c.RequireCaller(), c.GetArgument("first", 100)));
    }
}
