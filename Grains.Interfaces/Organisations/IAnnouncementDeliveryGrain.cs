namespace Voisinage.Grains.Organisations;

/// <summary>
/// The notifications of an announcement (a stateless worker): a neighbourhood's members are split into batches, and each
/// resident of a batch whose home cell lies in the organisation's area gets the in-app notification (and a push when they
/// have a device). Lists are not written here: they read the organisation's log. Idempotent by announcement id.
/// </summary>
public interface IAnnouncementDeliveryGrain : IGrainWithIntegerKey
{
    /// <summary>Notifies the members of one neighbourhood whose home lies in the organisation's area.</summary>
    Task ToNeighbourhood(Announcement announcement, string neighbourhoodId);

    /// <summary>
    /// Notifies those of <paramref name="residentIds"/> whose home lies in the organisation's area; those also in
    /// <paramref name="withPush"/> (the neighbourhood's push roster: residents with a push device) are pushed it too. A
    /// withdrawn announcement notifies nobody.
    /// </summary>
    Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds, IReadOnlyList<string> withPush);
}
