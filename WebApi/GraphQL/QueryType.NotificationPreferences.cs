using GraphQL.Types;
using Voisinage.Grains.Notifications;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    private void AddNotificationPreferenceFields() =>
        Field<NonNullGraphType<NotificationPreferencesType>>("notificationPreferences")
            .Description("Your notification preferences: the kinds turned off per channel and your quiet hours.")
            .ResolveAsync(async c => await c.Grains().GetGrain<INotificationPreferencesGrain>(c.RequireCaller()).Get());
}
