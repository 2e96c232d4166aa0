using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class SubscriptionType
{
    partial void AddListingFields()
    {
        Field<NonNullGraphType<FeedItemGraphType>>("feedUpdated")
            .Description("Members: each new or changed entry of the neighbourhood feed, live. Hidden entries arrive with their new state so clients drop them.")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .ResolveStreamAsync(async c =>
            {
                var caller = c.RequireCaller();
                var id = await QueryType.CanonicalNeighbourhood(c, c.GetArgument<string>("neighbourhoodId"));
                if (await c.Grains().GetGrain<INeighbourhoodGrain>(id).GetRole(caller) == MemberRole.None)
                {
                    throw VoisinageException.Forbidden("The feed is for members of the neighbourhood.");
                }

                var client = c.RequestServices!.GetRequiredService<IClusterClient>();
                return await OrleansStreamSource.OpenAsync<FeedItem>(client, IFeedGrain.StreamNamespace, id);
            });
    }
}
