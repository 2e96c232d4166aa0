namespace Voisinage.Grains.Email;

/// <summary>
/// A resident's neighbourhood digest by email (key: resident id): scheduled on its own timer and reminder at the
/// frequency the resident chose (<see cref="Notifications.NotificationPreferences.Digest"/>), never one grain for every
/// resident. It composes what is new in the resident's neighbourhood since the last digest and hands it to the outbox.
/// </summary>
public interface IDigestGrain : IGrainWithStringKey
{
    /// <summary>(Re)schedules or cancels the next digest after the resident's preferences changed (the preferences grain calls it).</summary>
    Task Reschedule(Notifications.NotificationPreferences preferences);

    /// <summary>Sends the digest now if one is due (the schedule's own tick; also what a test triggers).</summary>
    Task SendIfDue();

    /// <summary>Whether an unsubscribe link's signature is this resident's (see <see cref="Notifications.INotificationPreferencesGrain.UnsubscribeDigest"/>).</summary>
    Task<bool> IsUnsubscribeSignature(string signature);

    /// <summary>When the next digest is due; null when digests are off.</summary>
    Task<DateTimeOffset?> GetNextDue();

    /// <summary>Stops the digests and erases their schedule (account closure; idempotent).</summary>
    Task Forget();
}
