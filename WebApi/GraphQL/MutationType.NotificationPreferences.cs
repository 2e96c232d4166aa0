using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Notifications;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    private void AddNotificationPreferenceFields() =>
        Field<NonNullGraphType<NotificationPreferencesType>>("setNotificationPreferences")
            .Description("Replaces your notification preferences. Enforced by the server on every channel; urgent alerts cross quiet hours.")
            .Argument<NonNullGraphType<NotificationPreferencesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var preferences = NotificationPreferencesInputType.Parse(c.GetArgument<Dictionary<string, object?>>("input"));
                return await c.Grains().GetGrain<INotificationPreferencesGrain>(caller).Set(preferences);
            });
}
