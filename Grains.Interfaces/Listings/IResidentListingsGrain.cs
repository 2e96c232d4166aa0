using Orleans.Concurrency;

namespace Voisinage.Grains.Listings;

/// <summary>
/// The listings that hold one resident's id, keyed by resident id: each listing notes itself here before it saves the
/// resident as its author, a pledger, a passenger, an attendee or a responder, so that the export lists them and the
/// account closure finds every one without a scan.
/// </summary>
public interface IResidentListingsGrain : IGrainWithStringKey
{
    /// <summary>Notes a listing about to save the resident's id; noting again changes nothing.</summary>
    Task Note(string listingId);

    /// <summary>The noted listings, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> List();

    /// <summary>
    /// Account closure: each noted listing forgets the resident (<see cref="IListingGrain.ForgetResident"/>), the thanks
    /// they received are erased, then the list is deleted, row included. Idempotent: a resumed closure repeats what is left.
    /// </summary>
    Task Forget();
}

/// <summary>What one resident did on one listing, for their data export.</summary>
[GenerateSerializer, Immutable]
public sealed record ListingPart(
    [property: Id(0)] string ListingId,
    [property: Id(1)] ListingKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] ListingStatus Status,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] bool Author,
    [property: Id(6)] int Pledged,
    [property: Id(7)] bool Seat,
    [property: Id(8)] bool Going,
    [property: Id(9)] bool Responded,
    [property: Id(10)] bool Counterpart,
    [property: Id(11)] int ThanksGiven);
