namespace Voisinage.Grains.Organisations;

/// <summary>What an official announcement is about; an emergency is the only urgent kind.</summary>
public enum AnnouncementKind
{
    Information = 1,
    Works = 2,
    WeatherVigilance = 3,
    Emergency = 4,
}

/// <summary>
/// An official announcement as residents see it: labelled with the organisation's verified name (copied when published,
/// so a later rename does not relabel it). Who of the organisation's members published it is never shown.
/// <c>Withdrawn</c> is set by an operator's decision: the delivery then takes it out of residents' lists.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Announcement(
    [property: Id(0)] string Id,
    [property: Id(1)] string OrganisationId,
    [property: Id(2)] string OrganisationName,
    [property: Id(3)] AnnouncementKind Kind,
    [property: Id(4)] string Title,
    [property: Id(5)] string Body,
    [property: Id(6)] DateTimeOffset PublishedAt,
    [property: Id(7)] bool Withdrawn = false);

/// <summary>A page of a resident's announcements, newest first; <see cref="HasNextPage"/> when older ones remain.</summary>
[GenerateSerializer, Immutable]
public sealed record AnnouncementPage(
    [property: Id(0)] IReadOnlyList<Announcement> Items,
    [property: Id(1)] bool HasNextPage);

/// <summary>The lengths an announcement may have (checked by the announcement grain, shown by clients).</summary>
public static class AnnouncementLimits
{
    public const int MaxTitle = 120;
    public const int MaxBody = 4000;
}
