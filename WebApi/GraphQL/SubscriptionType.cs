using GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Subscriptions (graphql-transport-ws). Each domain adds its own fields from a partial file (<c>SubscriptionType.*.cs</c>).</summary>
public sealed partial class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        AddAlertFields();
        AddListingFields();
        AddMessagingFields();
        AddNotificationFields();
    }

    partial void AddAlertFields();

    partial void AddListingFields();

    partial void AddMessagingFields();
}
