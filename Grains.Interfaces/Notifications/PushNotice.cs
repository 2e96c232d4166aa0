using Voisinage.Grains.Alerts;
using Voisinage.Grains.Organisations;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// What one Web Push message shows, whatever it is about (an alert, an official announcement): the payload the service
/// worker reads (web/src/sw.ts) and whether it is urgent (<c>Urgency: high</c>). Nothing about anyone's home. The id is
/// the alert's or announcement's (the service worker drops a push it already showed, and tags by it); the type is
/// <c>alert</c> or <c>announcement</c>; the kind is spelt as in the API (e.g. <c>URGENT</c>, <c>EMERGENCY</c>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushNotice(
    [property: Id(0)] string Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] string Body,
    [property: Id(5)] bool Urgent,
    [property: Id(6)] string Url,
    [property: Id(7)] DateTimeOffset At)
{
    public static PushNotice Of(Alert alert) => new(
        alert.Id, "alert", AlertKindName(alert.Kind), alert.Title, alert.Body, alert.Kind == AlertKind.Urgent, $"/alertes#{alert.Id}", alert.RaisedAt);

    /// <summary>Labelled with the organisation's verified name; <c>EMERGENCY</c> is the only urgent kind.</summary>
    public static PushNotice Of(Announcement announcement) => new(
        announcement.Id,
        "announcement",
        AnnouncementKindName(announcement.Kind),
        $"{announcement.OrganisationName} : {announcement.Title}",
        announcement.Body,
        announcement.Kind == AnnouncementKind.Emergency,
        "/notifications",
        announcement.PublishedAt);

    private static string AlertKindName(AlertKind kind) => kind switch
    {
        AlertKind.LostAnimal => "LOST_ANIMAL",
        AlertKind.Vigilance => "VIGILANCE",
        AlertKind.Event => "EVENT",
        AlertKind.Urgent => "URGENT",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static string AnnouncementKindName(AnnouncementKind kind) => kind switch
    {
        AnnouncementKind.Information => "INFORMATION",
        AnnouncementKind.Works => "WORKS",
        AnnouncementKind.WeatherVigilance => "WEATHER_VIGILANCE",
        AnnouncementKind.Emergency => "EMERGENCY",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
