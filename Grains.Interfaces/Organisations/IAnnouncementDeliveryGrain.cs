namespace Voisinage.Grains.Organisations;

/// <summary>
/// The notifications of an announcement (a stateless worker): the announcement's outbox hands out batches (a
/// neighbourhood's members, or a front-end's connected residents), and each resident of a batch whose home cell lies in the organisation's area gets the in-app notification (and a push when they
/// have a device). Lists are not written here: they read the organisation's log. Idempotent by announcement id.
/// </summary>
public interface IAnnouncementDeliveryGrain : IGrainWithIntegerKey
{
    /// <summary>Residents per batch: small enough that one batch is a short call, large enough to keep messages few.</summary>
    const int BatchSize = 100;

    /// <summary>
    /// Notifies those of <paramref name="residentIds"/> whose home lies in the organisation's area; those also in
    /// <paramref name="withPush"/> (the neighbourhood's push roster: residents with a push device) are pushed it too. A
    /// withdrawn announcement notifies nobody.
    /// </summary>
    Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds, IReadOnlyList<string> withPush);
}
