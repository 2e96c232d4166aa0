namespace Voisinage.Grains.Organisations;

/// <summary>
/// The fan-out of announcements (a stateless worker): a neighbourhood's members are split into batches, and each resident
/// of a batch whose home cell lies in the organisation's area receives it; a withdrawn one leaves each member's list
/// instead. Every step is idempotent by announcement id.
/// </summary>
public interface IAnnouncementDeliveryGrain : IGrainWithIntegerKey
{
    /// <summary>Delivers to the members of one neighbourhood whose home lies in the organisation's area.</summary>
    Task ToNeighbourhood(Announcement announcement, string neighbourhoodId);

    /// <summary>
    /// Delivers to those of <paramref name="residentIds"/> whose home lies in the organisation's area; those also in
    /// <paramref name="withPush"/> (the neighbourhood's push roster: residents with a push device) are pushed it too.
    /// </summary>
    Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds, IReadOnlyList<string> withPush);
}
