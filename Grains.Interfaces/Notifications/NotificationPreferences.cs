using Orleans.Concurrency;

namespace Voisinage.Grains.Notifications;

/// <summary>What a notification is about, for preferences (SPEC §13).</summary>
public enum NotificationKind
{
    AlertLostAnimal = 1,
    AlertVigilance = 2,
    AlertEvent = 3,
    AlertUrgent = 4,
    Message = 5,

    /// <summary>What happens to my listings and pledges (responses, group purchases confirmed or failed).</summary>
    Listing = 6,

    /// <summary>Official announcements of the town halls and agencies serving my home.</summary>
    Announcement = 7,
}

/// <summary>Where a notification goes.</summary>
public enum NotificationChannel
{
    Push = 1,
    InApp = 2,
}

/// <summary>A kind on a channel, e.g. event alerts by push.</summary>
[GenerateSerializer, Immutable]
public sealed record ChannelChoice(
    [property: Id(0)] NotificationKind Kind,
    [property: Id(1)] NotificationChannel Channel);

/// <summary>Hours during which only urgent alerts are pushed, in the resident's time zone (an IANA id).</summary>
[GenerateSerializer, Immutable]
public sealed record QuietHours(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] TimeOnly End,
    [property: Id(2)] string TimeZone);

/// <summary>How often the neighbourhood digest is emailed.</summary>
public enum DigestFrequency
{
    Off = 0,
    Daily = 1,
    Weekly = 2,
}

/// <summary>
/// A resident's choices: every kind on every channel unless turned off; optional quiet hours; the email digest (off
/// unless chosen); the alert radius (<see cref="AlertRadiusMeters"/>: null, the default, is the whole neighbourhood;
/// otherwise one of <see cref="AlertRadii"/>, measured on the silo from the alert's place to the resident's home).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record NotificationPreferences(
    [property: Id(0)] IReadOnlyList<ChannelChoice> Off,
    [property: Id(1)] QuietHours? Quiet,
    [property: Id(2)] DigestFrequency Digest = DigestFrequency.Off,
    [property: Id(3)] int? AlertRadiusMeters = null)
{
    public const string DefaultTimeZone = "Europe/Paris";

    /// <summary>The alert radii a resident may choose, in metres (null: the whole neighbourhood).</summary>
    public static IReadOnlyList<int> AlertRadii { get; } = [500, 1000, 2000, 5000];

    public static NotificationPreferences Default { get; } = new([], null);
}

/// <summary>A resident's notification preferences, keyed by resident id. Read by every channel before it delivers.</summary>
public interface INotificationPreferencesGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<NotificationPreferences> Get();

    /// <summary>Replaces the preferences (checked first: <c>BAD_USER_INPUT</c>); returns them as saved.</summary>
    Task<NotificationPreferences> Set(NotificationPreferences preferences);

    /// <summary>
    /// The digest's one-click unsubscribe (RFC 8058), without signing in: turns digests off when the link's signature is
    /// this resident's; false (nothing changed) otherwise.
    /// </summary>
    Task<bool> UnsubscribeDigest(string signature);

    /// <summary>Erases the preferences and the digest's schedule (account closure; idempotent).</summary>
    Task Forget();
}
