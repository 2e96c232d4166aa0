namespace Voisinage.Grains.Organisations;

/// <summary>
/// The fan-out of announcements (a stateless worker): a neighbourhood's members are split into batches, and each resident
/// of a batch whose home cell lies in the organisation's area receives it. Every step is idempotent by announcement id.
/// </summary>
public interface IAnnouncementDeliveryGrain : IGrainWithIntegerKey
{
    /// <summary>Delivers to the members of one neighbourhood whose home lies in the organisation's area.</summary>
    Task ToNeighbourhood(Announcement announcement, string neighbourhoodId);

    /// <summary>Delivers to those of <paramref name="residentIds"/> whose home lies in the organisation's area.</summary>
    Task ToResidents(Announcement announcement, IReadOnlyList<string> residentIds);
}
