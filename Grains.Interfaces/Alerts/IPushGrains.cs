using System.Security.Cryptography;
using System.Text;
using Orleans.Concurrency;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Notifications;

namespace Voisinage.Grains.Alerts;

/// <summary>Push platforms a device registers for.</summary>
public enum PushPlatform
{
    Apns = 1,
    Fcm = 2,
    WebPush = 3,
}

/// <summary>A resident's push devices and one outbox per device, keyed by resident id.</summary>
public interface IResidentPushGrain : IGrainWithStringKey
{
    /// <summary>Registers (or refreshes) a device; the same platform and token give the same device id.</summary>
    Task<PushDevice> RegisterDevice(PushPlatform platform, string token);

    /// <summary>
    /// Registers (or refreshes) a browser's Web Push subscription, which the push gateway sends to; the endpoint names the
    /// device. Checked first (<c>BAD_USER_INPUT</c>), then counted against the resident's push-device quota.
    /// </summary>
    Task<PushDevice> RegisterWebPush(WebPushSubscription subscription);

    /// <summary>Forgets one device and its pending messages (turning notifications off); false if there was no such device.</summary>
    Task<bool> RemoveDevice(string deviceId);

    /// <summary>The push gateway's outcome for messages it was handed: delivered or rejected ones leave the outbox, gone devices are forgotten, failed ones are retried with backoff.</summary>
    [OneWay]
    Task Report(IReadOnlyList<PushOutcome> outcomes);

    /// <summary>The pending-outbox shard's periodic wake-up: sends what is due again (e.g. after a silo died), or leaves the shard once empty.</summary>
    [OneWay]
    Task Resume();

    /// <summary>Membership changed (join, leave, move): moves the resident to their current neighbourhood's push roster at once.</summary>
    [OneWay]
    Task FollowMembership();

    /// <summary>The resident changed their notification preferences: read them again before the next delivery.</summary>
    [OneWay]
    Task PreferencesChanged();

    /// <summary>
    /// An alert from the neighbourhood's push outbox: sent at once to each Web Push device without a write (the
    /// neighbourhood's outbox holds it meanwhile); kept in this grain's outbox only when it must wait (quiet hours, a
    /// failed push, platforms the gateway does not send). Answers the roster's <see cref="IPushRosterGrain.Done"/>
    /// when served; a resident no longer a member of the alert's neighbourhood is served at once.
    /// </summary>
    [OneWay]
    Task Deliver(Alert alert);

    /// <summary>
    /// The roster sent this alert to the resident's devices itself (their <see cref="PushCard"/>) and some pushes did
    /// not go through: <paramref name="failedDeviceIds"/> are kept in this grain's outbox and retried with backoff,
    /// <paramref name="goneDeviceIds"/> (404/410) are forgotten. Answers the roster's <see cref="IPushRosterGrain.Done"/>.
    /// </summary>
    [OneWay]
    Task TakeBack(Alert alert, IReadOnlyList<string> failedDeviceIds, IReadOnlyList<string> goneDeviceIds);

    /// <summary>
    /// An official announcement for this resident (the delivery already checked their home lies in the area): kept in
    /// this grain's outbox (saved before this returns, so a delivery that was answered loses no push) for each Web Push
    /// device, then sent; held until the end of quiet hours unless it is an emergency; nothing when the resident turned
    /// announcement pushes off or has no Web Push device. Idempotent by announcement id.
    /// </summary>
    Task Announce(Announcement announcement);

    /// <summary>Pending messages for the operators' gateway (platforms the silo's Web Push gateway does not send), oldest first, at most <paramref name="first"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<PushMessage>> Peek(int first);

    /// <summary>Drops acknowledged messages; returns how many were pending.</summary>
    Task<int> Acknowledge(IReadOnlyList<string> messageIds);

    [ReadOnly]
    Task<IReadOnlyList<PushDevice>> GetDevices();

    /// <summary>Messages still in the outboxes, every platform (accepted Web Push messages have left).</summary>
    [ReadOnly]
    Task<int> CountPending();

    /// <summary>Account deletion: forgets every device, token and pending message, and leaves the roster.</summary>
    Task Forget();
}

/// <summary>Residents of one neighbourhood who registered a push device, keyed by neighbourhood id.</summary>
public interface IPushRosterGrain : IGrainWithStringKey
{
    Task Add(string residentId);

    /// <summary>
    /// Adds the residents of another neighbourhood's roster (a merge moved them here, or a split may have): whoever is
    /// not a member here is dropped at the next delivery. Idempotent.
    /// </summary>
    Task AddFrom(string otherNeighbourhoodId);

    [ReadOnly]
    Task<IReadOnlyList<string>> GetResidents();

    [OneWay]
    Task Remove(string residentId);

    /// <summary>
    /// Puts an alert in the neighbourhood's push outbox (saved before this returns, so a raise that was answered loses
    /// no push), then hands it to each listed resident's push grain. Idempotent by the alert's sequence number.
    /// </summary>
    Task Enqueue(Alert alert);

    /// <summary>A resident's push grain has served the alert (sent, or kept in its own outbox for a retry): it leaves the waiting list.</summary>
    [OneWay]
    Task Done(string alertId, string residentId);

    /// <summary>
    /// The resident's push grain offers what the roster needs to push alerts to them directly (see
    /// <see cref="PushCard"/>); ignored unless the resident is on this roster. Awaited, as <see cref="Withdraw"/> is,
    /// so that the two arrive in the order they were sent.
    /// </summary>
    Task Offer(PushCard card);

    /// <summary>The resident's devices, preferences, membership or home changed: their card is dropped (alerts go through their grain until it offers a new one).</summary>
    Task Withdraw(string residentId);

    /// <summary>The push gateway's outcomes for a batch the roster sent (see <see cref="Offer"/>).</summary>
    [OneWay]
    Task Report(IReadOnlyList<PushOutcome> outcomes);

    /// <summary>Residents this roster holds a good card for (pushed by the roster itself; diagnostics and tests).</summary>
    [ReadOnly]
    Task<int> CountCards();

    /// <summary>Pushes still waiting in this neighbourhood's outbox (one per resident and alert).</summary>
    [ReadOnly]
    Task<int> CountWaiting();
}

/// <summary>
/// One shard of the index of residents with pending push messages, for the push gateway (operators) to drain
/// without a grain that sees every device. Keyed by shard number.
/// </summary>
public interface IPushQueueGrain : IGrainWithIntegerKey
{
    /// <summary>Number of shards; a resident's shard is a stable hash of their id.</summary>
    const int Shards = 64;

    Task MarkPending(string residentId);

    Task MarkDrained(string residentId);

    /// <summary>Residents with pending messages, oldest first. Operators only.</summary>
    Task<IReadOnlyList<string>> List(string operatorId, int first);

    static int ShardOf(string residentId)
    {
        var hash = 17u;
        foreach (var c in residentId)
        {
            hash = unchecked((hash * 31) + c);
        }

        return (int)(hash % Shards);
    }
}

[GenerateSerializer, Immutable]
public sealed record PushDevice(
    [property: Id(0)] string Id,
    [property: Id(1)] PushPlatform Platform,
    [property: Id(2)] string Token,
    [property: Id(3)] DateTimeOffset RegisteredAt,
    [property: Id(4)] WebPushSubscription? WebPush = null)
{
    /// <summary>A device's id: the same platform and token (for Web Push, the endpoint) always name the same device.</summary>
    public static string IdOf(PushPlatform platform, string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{platform}:{token.Trim()}")))[..32];
}

/// <summary>
/// A push notification waiting for the gateway: which device, and what it carries: an <c>Alert</c> (the only kind the
/// operators' native-platform drain carries), or a <c>Notice</c> for anything else (an official announcement).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushMessage(
    [property: Id(0)] string Id,
    [property: Id(1)] string ResidentId,
    [property: Id(2)] string DeviceId,
    [property: Id(3)] PushPlatform Platform,
    [property: Id(4)] string DeviceToken,
    [property: Id(5)] Alert? Alert,
    [property: Id(6)] int Attempts = 0,
    [property: Id(7)] DateTimeOffset? NextAttemptAt = null,
    [property: Id(8)] PushNotice? Notice = null)
{
    /// <summary>What the push shows.</summary>
    public PushNotice Content => Notice ?? PushNotice.Of(Alert!);
}
