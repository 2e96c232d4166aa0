using Voisinage.Grains.Listings;

namespace Voisinage.WebApi.Notifications;

/// <summary>The GraphQL <c>NotificationEvent</c> fields as the SignalR hub sends them (camelCase JSON, like alerts).</summary>
public sealed record NotificationPayload(NotificationItemPayload Notification, int UnreadCount)
{
    public static NotificationPayload From(NotificationEvent e) => new(
        new NotificationItemPayload(
            e.Notification.Notification.Id,
            e.Notification.Notification.Kind,
            e.Notification.Notification.ListingId,
            e.Notification.Notification.Text,
            UrlOf(e.Notification.Notification),
            e.Notification.Notification.At,
            e.Notification.Read),
        e.UnreadCount);

    /// <summary>The app's page about a notification: its own link, else its listing's page, else the home page.</summary>
    public static string UrlOf(Notification notification) =>
        notification.Url ?? (notification.ListingId is { } id ? $"/annonces/{Uri.EscapeDataString(id)}" : "/");
}

/// <summary>The GraphQL <c>Notification</c> fields.</summary>
public sealed record NotificationItemPayload(string Id, string Kind, string? ListingId, string Text, string Url, DateTimeOffset At, bool Read);
