namespace Voisinage.Grains.Listings;

/// <summary>The collaborative services of SPEC §6, all carried by one listing model.</summary>
public enum ListingKind
{
    HelpRequest = 0,
    ServiceOffer = 1,
    Swap = 2,
    Giveaway = 3,
    Loan = 4,
    Carpool = 5,
    GroupPurchase = 6,
    Event = 7,
    LocalProducer = 8,
    Association = 9,
}

/// <summary>
/// Where a listing stands: <c>OPEN → AGREED → DONE</c>, or <c>CANCELLED</c> / <c>EXPIRED</c>;
/// a group purchase goes <c>OPEN → CONFIRMED</c> (target reached) or <c>FAILED</c> (deadline), then may be <c>DONE</c>.
/// </summary>
public enum ListingStatus
{
    Open = 0,
    Agreed = 1,
    Done = 2,
    Cancelled = 3,
    Expired = 4,
    Confirmed = 5,
    Failed = 6,
}
