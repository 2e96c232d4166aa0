namespace Voisinage.Grains.Email;

/// <summary>
/// A resident's neighbourhood digest by email (key: resident id): scheduled on its own timer and reminder at the
/// frequency the resident chose (<see cref="Notifications.NotificationPreferences.Digest"/>), never one grain for every
/// resident. It composes what is new in the resident's neighbourhood since the last digest and hands it to the outbox.
/// </summary>
public interface IDigestGrain : IGrainWithStringKey
{
    /// <summary>Reads the preferences again and (re)schedules or cancels the next digest.</summary>
    Task Reschedule();

    /// <summary>Sends the digest now if one is due (the schedule's own tick; also what a test triggers).</summary>
    Task SendIfDue();

    /// <summary>
    /// The one-click unsubscribe (RFC 8058): checks the link's signature and turns digests off. False for a signature that
    /// does not match (nothing changes).
    /// </summary>
    Task<bool> Unsubscribe(string signature);

    /// <summary>When the next digest is due; null when digests are off.</summary>
    Task<DateTimeOffset?> GetNextDue();
}
