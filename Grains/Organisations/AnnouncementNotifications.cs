using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Organisations;

/// <summary>An announcement's entry in a resident's notification inbox (the same id for every resident: a retry adds nothing).</summary>
internal static class AnnouncementNotifications
{
    public static Notification Of(Announcement announcement) => new(
        $"announcement:{announcement.Id}", "ANNOUNCEMENT", null, $"{announcement.OrganisationName} : {announcement.Title}",
        announcement.PublishedAt, $"/organisations/{Uri.EscapeDataString(announcement.OrganisationId)}");

    /// <summary>Milliseconds since the publication: the delivery's stage logs (Debug) are timed from there.</summary>
    public static long Since(Announcement announcement, TimeProvider clock) =>
        (long)(clock.GetUtcNow() - announcement.PublishedAt).TotalMilliseconds;
}
