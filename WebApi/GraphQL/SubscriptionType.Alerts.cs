using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.Alerts;
using Voisinage.GraphQLTransport;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class SubscriptionType
{
    partial void AddAlertFields()
    {
        Field<NonNullGraphType<AlertType>, Alert>("alertRaised")
            .Description("New alerts of your neighbourhood. With `since`, first the ones after that sequence, then live ones: no gap, no duplicate.")
            .Argument<LongGraphType>("since")
            .WithMetadata(SharedSubscriptionEvents.MetadataKey, true)
            .ResolveStreamAsync(async c => await Session(c, AlertSessionMode.Raised));

        Field<NonNullGraphType<AlertType>, Alert>("alertUpdated")
            .Description("Alerts of your neighbourhood being resolved or hidden. With `since` (an `updateSequence`), first the changes after it, each alert once as it is now, then live ones: no gap, no duplicate.")
            .Argument<LongGraphType>("since")
            .WithMetadata(SharedSubscriptionEvents.MetadataKey, true)
            .ResolveStreamAsync(async c => await Session(c, AlertSessionMode.Updated));
    }

    private static async Task<IObservable<Alert>> Session(IResolveFieldContext c, AlertSessionMode mode)
    {
        var since = c.GetArgument<long?>("since");
        if (since is < 0)
        {
            throw VoisinageException.BadInput("since must be 0 or more.");
        }

        var neighbourhood = await c.Grains().GetGrain<IAlertDirectoryGrain>(0).ListeningNeighbourhood(c.RequireCaller());
        var services = c.RequestServices!;
        return new AlertSession(
            services.GetRequiredService<AlertFeeds>(), c.Grains(), neighbourhood, mode, since, services.GetRequiredService<ILoggerFactory>().CreateLogger<AlertSession>());
    }
}
