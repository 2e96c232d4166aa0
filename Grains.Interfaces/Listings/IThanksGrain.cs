using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>The thanks a resident received, keyed by resident id (kept apart from the resident grain).</summary>
public interface IThanksGrain : IGrainWithStringKey
{
    /// <summary>Counts a thank for one listing from one resident; repeating it changes nothing. Returns the count.</summary>
    Task<int> Receive(string listingId, string fromId);

    [ReadOnly]
    Task<int> Count();

    /// <summary>The listings of the thanks received (one per listing and sender), for the resident's data export.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Listings();

    /// <summary>
    /// A sender deleted their account: their thank for <paramref name="listingId"/> stays counted, from
    /// <see cref="Residents.ResidentIds.Deleted"/>. Idempotent.
    /// </summary>
    Task ForgetSender(string listingId, string fromId);

    /// <summary>Account closure of the receiver: the thanks are erased, row included. Idempotent.</summary>
    Task Forget();
}
