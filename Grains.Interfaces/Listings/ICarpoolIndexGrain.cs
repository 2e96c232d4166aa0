using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>
/// Open carpools whose origin lies in one res-7 area, so that a match asks the few areas within 1 km of a home
/// rather than one grain for all rides.
/// </summary>
public interface ICarpoolIndexGrain : IGrainWithStringKey
{
    Task Add(CarpoolIndexEntry entry);

    Task Remove(string listingId);

    /// <summary>Listings with an origin among <paramref name="originCells"/> and a destination within <paramref name="meters"/> of <paramref name="destinationCell"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Find(IReadOnlyList<string> originCells, string destinationCell, double meters);
}

[GenerateSerializer, Immutable]
public sealed record CarpoolIndexEntry(
    [property: Id(0)] string ListingId,
    [property: Id(1)] string OriginCell,
    [property: Id(2)] string DestinationCell);

/// <summary>Finds carpools for a resident (SPEC §6): origin within 1 km of their home, destination within 1 km of theirs. A stateless worker.</summary>
public interface ICarpoolFinderGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<ListingView>> Matches(string residentId, string destinationCell);
}
