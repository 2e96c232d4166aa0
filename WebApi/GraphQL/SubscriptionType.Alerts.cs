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
    /// <summary>The most a bridge page over a merge holds (the directory's page cap); the session replays the rest from its log.</summary>
    private const int BridgePage = 500;

    partial void AddAlertFields()
    {
        Field<NonNullGraphType<AlertType>, Alert>("alertRaised")
            .Description("New alerts of your neighbourhood. With `since`, first the ones after that sequence, then live ones: no gap, no duplicate.")
            .Argument<LongGraphType>("since")
            .Argument<IdGraphType>("neighbourhoodId", "The neighbourhood that numbered `since` (the `neighbourhoodId` of the last alert you got): after a merge, the absorbed one's id, whose numbering is mapped onto the survivor's.")
            .WithMetadata(SharedSubscriptionEvents.MetadataKey, true)
            .ResolveStreamAsync(async c => await Session(c, AlertSessionMode.Raised));

        Field<NonNullGraphType<AlertType>, Alert>("alertUpdated")
            .Description("Alerts of your neighbourhood being resolved or hidden. With `since` (an `updateSequence`), first the changes after it, each alert once as it is now, then live ones: no gap, no duplicate.")
            .Argument<LongGraphType>("since")
            .Argument<IdGraphType>("neighbourhoodId", "The neighbourhood that numbered `since` (the `neighbourhoodId` of the last change you got): after a merge, the absorbed one's id; its changes you missed come first, then the survivor's, in the survivor's numbering.")
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

        var directory = c.Grains().GetGrain<IAlertDirectoryGrain>(0);
        var neighbourhood = await directory.ListeningNeighbourhood(c.RequireCaller());

        // A `since` numbered by another id (merged into this neighbourhood since): the directory maps it (members only).
        AlertPage? bridge = null;
        if (since is { } from && c.GetArgument<string?>("neighbourhoodId") is { } numberedBy && numberedBy != neighbourhood)
        {
            bridge = mode == AlertSessionMode.Raised
                ? await directory.ReadFor(c.RequireCaller(), numberedBy, from, BridgePage)
                : await directory.ReadUpdatesFor(c.RequireCaller(), numberedBy, from, BridgePage);
        }

        var services = c.RequestServices!;
        return new AlertSession(
            services.GetRequiredService<AlertFeeds>(), c.Grains(), neighbourhood, mode, since, services.GetRequiredService<ILoggerFactory>().CreateLogger<AlertSession>(), bridge);
    }
}
