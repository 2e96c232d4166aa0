using GraphQL.Types;
using Voisinage.Grains.Messaging;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class SubscriptionType
{
    partial void AddMessagingFields()
    {
        Field<NonNullGraphType<MessageGraphType>>("messageReceived")
            .Description("Messages others send you, live, while you are subscribed.")
            .ResolveStreamAsync(async c =>
            {
                var caller = c.RequireCaller();
                var client = c.RequestServices!.GetRequiredService<IClusterClient>();
                return await OrleansStreamSource.OpenResidentAsync<Message>(client, IConversationGrain.StreamNamespace, caller);
            });
    }
}
