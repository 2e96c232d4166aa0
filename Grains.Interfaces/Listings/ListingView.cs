namespace Voisinage.Grains.Listings;

/// <summary>A listing as one viewer sees it: the <c>My…</c>/<c>Booked</c>/<c>Going</c> flags are about that viewer.</summary>
[GenerateSerializer, Immutable]
public sealed record ListingView(
    [property: Id(0)] string Id,
    [property: Id(1)] ListingKind Kind,
    [property: Id(2)] string NeighbourhoodId,
    [property: Id(3)] string AuthorId,
    [property: Id(4)] string Title,
    [property: Id(5)] string Description,
    [property: Id(6)] ListingStatus Status,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset? EndsAt,
    [property: Id(9)] double RadiusMeters,
    [property: Id(10)] bool Hidden,
    [property: Id(11)] string? CounterpartId,
    [property: Id(12)] LoanTerms? Loan,
    [property: Id(13)] CarpoolView? Carpool,
    [property: Id(14)] GroupPurchaseView? GroupPurchase,
    [property: Id(15)] EventView? Event,
    [property: Id(16)] PageDetails? Page,
    [property: Id(17)] string? OrganisationId = null,
    [property: Id(18)] string? OrganisationName = null);

[GenerateSerializer, Immutable]
public sealed record CarpoolView(
    [property: Id(0)] CarpoolRide Ride,
    [property: Id(1)] int SeatsTaken,
    [property: Id(2)] bool Booked);

[GenerateSerializer, Immutable]
public sealed record GroupPurchaseView(
    [property: Id(0)] GroupPurchaseTerms Terms,
    [property: Id(1)] int PledgedQuantity,
    [property: Id(2)] int PledgerCount,
    [property: Id(3)] int MyPledge);

[GenerateSerializer, Immutable]
public sealed record EventView(
    [property: Id(0)] EventDetails Details,
    [property: Id(1)] int Going,
    [property: Id(2)] bool IAmGoing);
