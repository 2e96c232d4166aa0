using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>The thanks a resident received, keyed by resident id (kept apart from the resident grain).</summary>
public interface IThanksGrain : IGrainWithStringKey
{
    /// <summary>Counts a thank for one listing from one resident; repeating it changes nothing. Returns the count.</summary>
    Task<int> Receive(string listingId, string fromId);

    [ReadOnly]
    Task<int> Count();
}
