using GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>The public GraphQL schema (SPEC §8). Types mirror the domain; resolvers call grains.</summary>
public sealed class VoisinageSchema : Schema
{
    public VoisinageSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;

        // A schema may not declare an empty root type.
        if (subscription.Fields.Count > 0)
        {
            Subscription = subscription;
        }
    }
}
