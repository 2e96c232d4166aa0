using Voisinage.Geo;
using Voisinage.Grains.Alerts;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// The one place that decides whether a notification goes out on a channel, and when: kind × channel from the
/// resident's preferences, quiet hours in their time zone and the alert radius, which only urgent alerts cross.
/// </summary>
public static class NotificationRules
{
    public static NotificationKind KindOf(AlertKind kind) => kind switch
    {
        AlertKind.LostAnimal => NotificationKind.AlertLostAnimal,
        AlertKind.Vigilance => NotificationKind.AlertVigilance,
        AlertKind.Event => NotificationKind.AlertEvent,
        _ => NotificationKind.AlertUrgent,
    };

    /// <summary>The kind of an in-app notification from its <c>Kind</c> text (messages, announcements, else listing news).</summary>
    public static NotificationKind KindOf(string kind) => kind switch
    {
        "MESSAGE" => NotificationKind.Message,
        "ANNOUNCEMENT" => NotificationKind.Announcement,
        _ => NotificationKind.Listing,
    };

    /// <summary>
    /// Null: do not send at all on this channel. Otherwise the earliest instant it may go out: <paramref name="now"/>,
    /// or the end of the quiet hours it falls in. Urgent alerts and <paramref name="urgent"/> notices (an
    /// <c>EMERGENCY</c> announcement) are never held; turned off, they are not sent either.
    /// </summary>
    public static DateTimeOffset? SendAt(NotificationPreferences preferences, NotificationKind kind, NotificationChannel channel, DateTimeOffset now, bool urgent = false)
    {
        if (preferences.Off.Contains(new ChannelChoice(kind, channel)))
        {
            return null;
        }

        // Quiet hours silence the phone (push); in-app notifications simply wait in the list.
        if (channel != NotificationChannel.Push || urgent || kind == NotificationKind.AlertUrgent || preferences.Quiet is not { } quiet)
        {
            return now;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(quiet.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var inside = quiet.Start < quiet.End ? time >= quiet.Start && time < quiet.End : time >= quiet.Start || time < quiet.End;
        if (!inside)
        {
            return now;
        }

        // The next local End at or after now (tomorrow's when the window crosses midnight and we are before it).
        var endDate = time < quiet.End ? local.Date : local.Date.AddDays(1);
        var endLocal = endDate + quiet.End.ToTimeSpan();
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }

    /// <summary>
    /// When an alert may be pushed to a resident (null: not at all): their choice for its kind on the channel, their
    /// quiet hours and their alert radius (<paramref name="homeCell"/> read when <see cref="RadiusApplies"/>). Both
    /// paths of an alert's push use it: the resident's push grain, and the roster sending from the resident's card.
    /// </summary>
    public static DateTimeOffset? AlertSendAt(NotificationPreferences preferences, Alert alert, string? homeCell, NotificationChannel channel, DateTimeOffset now) =>
        SendAt(preferences, KindOf(alert.Kind), channel, now) is { } at && WithinRadius(preferences, alert, homeCell) ? at : null;

    /// <summary>
    /// Whether the resident's alert radius must be measured for this alert: they chose one, the alert has a place, and it
    /// is not urgent (an urgent alert is about safety: like quiet hours, the radius does not hold it back).
    /// </summary>
    public static bool RadiusApplies(NotificationPreferences preferences, Alert alert) =>
        preferences.AlertRadiusMeters is not null && alert.PlaceCell is not null && alert.Kind != AlertKind.Urgent;

    /// <summary>
    /// Whether an alert reaches a resident under their alert radius: true unless <see cref="RadiusApplies"/> and the
    /// distance from the centre of the alert's cell to the centre of the resident's home cell exceeds the radius. Runs on
    /// the silo only: neither the home cell nor the distance is ever sent anywhere.
    /// </summary>
    public static bool WithinRadius(NotificationPreferences preferences, Alert alert, string? homeCell)
    {
        if (!RadiusApplies(preferences, alert) || homeCell is null)
        {
            return true;
        }

        var distance = H3.DistanceMeters(H3.CellToLatLng(H3Index.Parse(alert.PlaceCell!)), H3.CellToLatLng(H3Index.Parse(homeCell)));
        return distance <= preferences.AlertRadiusMeters;
    }

    /// <summary>Checks preferences a resident sends; returns them normalised (distinct choices).</summary>
    public static NotificationPreferences Validate(NotificationPreferences? preferences)
    {
        if (preferences is null)
        {
            throw VoisinageException.BadInput("Preferences are required.");
        }

        if (preferences.Off.Any(c => !Enum.IsDefined(c.Kind) || !Enum.IsDefined(c.Channel)))
        {
            throw VoisinageException.BadInput("off: unknown kind or channel.");
        }

        if (!Enum.IsDefined(preferences.Digest))
        {
            throw VoisinageException.BadInput("digest: unknown frequency.");
        }

        if (preferences.AlertRadiusMeters is { } radius && !NotificationPreferences.AlertRadii.Contains(radius))
        {
            throw VoisinageException.BadInput($"alertRadiusMeters: one of {string.Join(", ", NotificationPreferences.AlertRadii)}, or null for the whole neighbourhood.");
        }

        if (preferences.Quiet is { } quiet)
        {
            if (quiet.Start == quiet.End)
            {
                throw VoisinageException.BadInput("quietHours: start and end must differ.");
            }

            try
            {
                TimeZoneInfo.FindSystemTimeZoneById(quiet.TimeZone);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
            {
                throw VoisinageException.BadInput("quietHours.timeZone: not a known time zone (e.g. Europe/Paris).");
            }
        }

        return preferences with { Off = [.. preferences.Off.Distinct()] };
    }
}
