using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>
/// A resident's in-app notifications (SPEC §13), keyed by resident id, newest first: what happened to their pledges
/// and bookings, messages they received. Each new one is published on the stream (<see cref="StreamNamespace"/>, the
/// resident's stream key: <see cref="Residents.IResidentStreamKeyGrain"/>) for <c>notificationReceived</c>.
/// </summary>
public interface INotificationInboxGrain : IGrainWithStringKey
{
    const string StreamNamespace = "notifications";

    /// <summary>Adds a notification; one with an id already seen is ignored.</summary>
    Task Add(Notification notification);

    /// <summary>A page, newest first, after the cursor of an earlier page (null: from the newest); with the unread count.</summary>
    [ReadOnly]
    Task<NotificationPage> Page(int first, string? after);

    /// <summary>Marks read every notification up to the one with id <paramref name="upTo"/> (null: all); returns how many stay unread.</summary>
    Task<int> MarkRead(string? upTo);

    /// <summary>Erases every notification (account closure; idempotent).</summary>
    Task Forget();
}

[GenerateSerializer, Immutable]
public sealed record Notification(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? ListingId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Url = null);

/// <summary>A notification as its resident sees it: where it sits (cursor) and whether it was read.</summary>
[GenerateSerializer, Immutable]
public sealed record NotificationView(
    [property: Id(0)] Notification Notification,
    [property: Id(1)] string Cursor,
    [property: Id(2)] bool Read);

[GenerateSerializer, Immutable]
public sealed record NotificationPage(
    [property: Id(0)] IReadOnlyList<NotificationView> Items,
    [property: Id(1)] bool HasNextPage,
    [property: Id(2)] int UnreadCount);

/// <summary>What <c>notificationReceived</c> carries: the new notification and the unread count it makes.</summary>
[GenerateSerializer, Immutable]
public sealed record NotificationEvent(
    [property: Id(0)] NotificationView Notification,
    [property: Id(1)] int UnreadCount);
