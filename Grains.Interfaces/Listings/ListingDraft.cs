namespace Voisinage.Grains.Listings;

/// <summary>What an author submits to create a listing; the part matching <see cref="Kind"/> is required, the others must be absent.</summary>
[GenerateSerializer, Immutable]
public sealed record ListingDraft(
    [property: Id(0)] ListingKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] double RadiusMeters,
    [property: Id(4)] DateTimeOffset? EndsAt,
    [property: Id(5)] LoanTerms? Loan = null,
    [property: Id(6)] CarpoolRide? Carpool = null,
    [property: Id(7)] GroupPurchaseTerms? GroupPurchase = null,
    [property: Id(8)] EventDetails? Event = null,
    [property: Id(9)] PageDetails? Page = null);

/// <summary>A loan or rental of an object between two dates.</summary>
[GenerateSerializer, Immutable]
public sealed record LoanTerms([property: Id(0)] DateTimeOffset From, [property: Id(1)] DateTimeOffset Until);

/// <summary>
/// A home–work ride. Origin and destination are block cells (H3 res 9), never a home cell; departure is local
/// time <c>HH:mm</c>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CarpoolRide(
    [property: Id(0)] string OriginCell,
    [property: Id(1)] string DestinationCell,
    [property: Id(2)] IReadOnlyList<DayOfWeek> Weekdays,
    [property: Id(3)] string DepartureTime,
    [property: Id(4)] int Seats);

/// <summary>A group purchase: confirmed when pledges reach <see cref="TargetQuantity"/>, failed at <see cref="Deadline"/> otherwise.</summary>
[GenerateSerializer, Immutable]
public sealed record GroupPurchaseTerms(
    [property: Id(0)] string Product,
    [property: Id(1)] string Unit,
    [property: Id(2)] int TargetQuantity,
    [property: Id(3)] DateTimeOffset Deadline);

/// <summary>A meetup with a capacity.</summary>
[GenerateSerializer, Immutable]
public sealed record EventDetails(
    [property: Id(0)] DateTimeOffset StartsAt,
    [property: Id(1)] string Place,
    [property: Id(2)] int Capacity);

/// <summary>The page of a local producer or an association.</summary>
[GenerateSerializer, Immutable]
public sealed record PageDetails(
    [property: Id(0)] string? Website,
    [property: Id(1)] string? Contact,
    [property: Id(2)] string? OpeningHours);
