using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>What happened to a resident's pledges and bookings (e.g. a group purchase confirmed or failed), newest first.</summary>
public interface INotificationInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds a notification; one with an id already seen is ignored.</summary>
    Task Add(Notification notification);

    [ReadOnly]
    Task<IReadOnlyList<Notification>> List(int first);
}

[GenerateSerializer, Immutable]
public sealed record Notification(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string ListingId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At);
