using GraphQL.Types;
using Voisinage.Grains.Listings;
using Voisinage.WebApi.GraphQL.Types;
using Voisinage.WebApi.Notifications;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class SubscriptionType
{
    private void AddNotificationFields()
    {
        Field<NonNullGraphType<NotificationEventType>>("notificationReceived")
            .Description("Your new notifications, live, with the unread count they make. After a reconnection, read notifications again for what came meanwhile.")
            .ResolveStreamAsync(async c =>
            {
                var caller = c.RequireCaller();
                var client = c.RequestServices!.GetRequiredService<IClusterClient>();
                var source = await OrleansStreamSource.OpenResidentAsync<NotificationEvent>(client, INotificationInboxGrain.StreamNamespace, caller);

                // Counted as connected for the announcements' live path while the subscription lasts.
                return new LeasedObservable(source, await c.RequestServices!.GetRequiredService<LiveAnnouncements>().Connect(caller));
            });
    }
}
