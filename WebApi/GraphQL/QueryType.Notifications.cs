using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Listings;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class QueryType
{
    private void AddNotificationFields()
    {
        Field<NonNullGraphType<NotificationConnectionType>>("notifications")
            .Description("Your notifications, newest first (at most 50 a page, the latest 200 kept), with the unread count.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => NotificationConnection.Of(
                await c.Grains().GetGrain<INotificationInboxGrain>(c.RequireCaller()).Page(c.GetArgument("first", 20), c.GetArgument<string?>("after"))));
    }
}
