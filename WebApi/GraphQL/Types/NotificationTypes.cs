using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Voisinage.Grains.Listings;
using Voisinage.WebApi.Notifications;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class NotificationGraphType : ObjectGraphType<NotificationView>
{
    public NotificationGraphType()
    {
        Name = "Notification";
        Description = "Something that happened to you: a group purchase confirmed or failed, a message received…";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Notification.Id);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("GROUP_PURCHASE_CONFIRMED, GROUP_PURCHASE_FAILED, MESSAGE, or about your content's moderation: CONTENT_HIDDEN, CONTENT_KEPT_HIDDEN, CONTENT_RESTORED, APPEAL_REFUSED…").Resolve(c => c.Source.Notification.Kind);
        Field<IdGraphType>("listingId").Description("The listing it is about, if any (for moderation notices, the listing, post or alert).").Resolve(c => c.Source.Notification.ListingId);
        Field<NonNullGraphType<StringGraphType>>("text").Description("What happened, in French.").Resolve(c => c.Source.Notification.Text);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The app's page about it (a path).")
            .Resolve(c => NotificationPayload.UrlOf(c.Source.Notification));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Notification.At);
        Field<NonNullGraphType<BooleanGraphType>>("read").Resolve(c => c.Source.Read);
    }
}

/// <summary>A page of notifications, with how many of all are unread (the bell's number).</summary>
public sealed class NotificationConnection : Connection<NotificationView>
{
    public int UnreadCount { get; init; }

    public static NotificationConnection Of(NotificationPage page)
    {
        var edges = page.Items.Select(i => new Edge<NotificationView> { Cursor = i.Cursor, Node = i }).ToList();
        return new NotificationConnection
        {
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
            UnreadCount = page.UnreadCount,
        };
    }
}

public sealed class NotificationConnectionType : ConnectionType<NotificationGraphType, EdgeType<NotificationGraphType>>
{
    public NotificationConnectionType()
    {
        Name = "NotificationConnection";
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("Unread notifications, all pages together.")
            .Resolve(c => ((NotificationConnection)c.Source!).UnreadCount);
    }
}

public sealed class NotificationEventType : ObjectGraphType<NotificationEvent>
{
    public NotificationEventType()
    {
        Name = "NotificationEvent";
        Field<NonNullGraphType<NotificationGraphType>>("notification").Resolve(c => c.Source.Notification);
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Resolve(c => c.Source.UnreadCount);
    }
}
