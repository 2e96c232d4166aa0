using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class ListingKindGraphType : EnumerationGraphType<ListingKind>
{
    public ListingKindGraphType()
    {
        Name = "ListingKind";
        Description = "The collaborative services: entraide, offers, troc and dons, loans, carpools, group purchases, events, local pages.";
    }
}

public sealed class ListingStatusGraphType : EnumerationGraphType<ListingStatus>
{
    public ListingStatusGraphType()
    {
        Name = "ListingStatus";
        Description = "OPEN → AGREED → DONE, or CANCELLED / EXPIRED; group purchases: OPEN → CONFIRMED (target reached) or FAILED (deadline).";
    }
}

public sealed class WeekdayGraphType : EnumerationGraphType<DayOfWeek>
{
    public WeekdayGraphType()
    {
        Name = "Weekday";
    }
}

/// <summary>A listing as the caller sees it (the my…/booked/going fields are about the caller).</summary>
public sealed class ListingType : ObjectGraphType<ListingView>
{
    public ListingType()
    {
        Name = "Listing";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListingKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListingStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<ResidentType>("author").Description("Null once the author's account is deleted, and for an organisation's listing (see organisationName) unless you wrote it.")
            .ResolveAsync(async c => c.Source.OrganisationId is null || c.CallerId() == c.Source.AuthorId ? await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.AuthorId).GetProfile() : null);
        Field<IdGraphType>("organisationId").Description("The association or business it was published for, or null.").Resolve(c => c.Source.OrganisationId);
        Field<StringGraphType>("organisationName").Description("That organisation's verified name when published: shown as the author.").Resolve(c => c.Source.OrganisationName);
        Field<ResidentType>("counterpart").Description("Who the author agreed with.")
            .ResolveAsync(async c => c.Source.CounterpartId is { } id ? await c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile() : null);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Description("The author's neighbourhood.").Resolve(c => c.Source.NeighbourhoodId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("endsAt").Description("When an open listing expires (a group purchase: its deadline); null if it does not.").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<FloatGraphType>>("radiusMeters").Description("Also shown to neighbourhoods within this distance.").Resolve(c => c.Source.RadiusMeters);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Description("Hidden by reports or a lead; then seen only by its author and leads.").Resolve(c => c.Source.Hidden);
        Field<LoanGraphType>("loan").Resolve(c => c.Source.Loan);
        Field<CarpoolGraphType>("carpool").Resolve(c => c.Source.Carpool);
        Field<GroupPurchaseGraphType>("groupPurchase").Resolve(c => c.Source.GroupPurchase);
        Field<EventGraphType>("event").Resolve(c => c.Source.Event);
        Field<PageGraphType>("page").Description("LOCAL_PRODUCER and ASSOCIATION pages.").Resolve(c => c.Source.Page);
    }
}

public sealed class LoanGraphType : ObjectGraphType<LoanTerms>
{
    public LoanGraphType()
    {
        Name = "Loan";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("until").Resolve(c => c.Source.Until);
    }
}

public sealed class CarpoolGraphType : ObjectGraphType<CarpoolView>
{
    public CarpoolGraphType()
    {
        Name = "Carpool";
        Field<NonNullGraphType<StringGraphType>>("originCell").Description("Block cell (H3 res 9).").Resolve(c => c.Source.Ride.OriginCell);
        Field<NonNullGraphType<StringGraphType>>("destinationCell").Description("Block cell (H3 res 9).").Resolve(c => c.Source.Ride.DestinationCell);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdayGraphType>>>>("weekdays").Resolve(c => c.Source.Ride.Weekdays);
        Field<NonNullGraphType<StringGraphType>>("departureTime").Description("Local time HH:mm.").Resolve(c => c.Source.Ride.DepartureTime);
        Field<NonNullGraphType<IntGraphType>>("seats").Resolve(c => c.Source.Ride.Seats);
        Field<NonNullGraphType<IntGraphType>>("seatsTaken").Resolve(c => c.Source.SeatsTaken);
        Field<NonNullGraphType<IntGraphType>>("seatsLeft").Resolve(c => c.Source.Ride.Seats - c.Source.SeatsTaken);
        Field<NonNullGraphType<BooleanGraphType>>("booked").Description("Whether you hold a seat.").Resolve(c => c.Source.Booked);
    }
}

public sealed class GroupPurchaseGraphType : ObjectGraphType<GroupPurchaseView>
{
    public GroupPurchaseGraphType()
    {
        Name = "GroupPurchase";
        Field<NonNullGraphType<StringGraphType>>("product").Resolve(c => c.Source.Terms.Product);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Terms.Unit);
        Field<NonNullGraphType<IntGraphType>>("targetQuantity").Resolve(c => c.Source.Terms.TargetQuantity);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline").Resolve(c => c.Source.Terms.Deadline);
        Field<NonNullGraphType<IntGraphType>>("pledgedQuantity").Resolve(c => c.Source.PledgedQuantity);
        Field<NonNullGraphType<IntGraphType>>("pledgerCount").Resolve(c => c.Source.PledgerCount);
        Field<NonNullGraphType<IntGraphType>>("myPledge").Description("Your pledge, 0 if none.").Resolve(c => c.Source.MyPledge);
    }
}

public sealed class EventGraphType : ObjectGraphType<EventView>
{
    public EventGraphType()
    {
        Name = "Event";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.Details.StartsAt);
        Field<NonNullGraphType<StringGraphType>>("place").Resolve(c => c.Source.Details.Place);
        Field<NonNullGraphType<IntGraphType>>("capacity").Resolve(c => c.Source.Details.Capacity);
        Field<NonNullGraphType<IntGraphType>>("going").Resolve(c => c.Source.Going);
        Field<NonNullGraphType<BooleanGraphType>>("iAmGoing").Resolve(c => c.Source.IAmGoing);
    }
}

public sealed class PageGraphType : ObjectGraphType<PageDetails>
{
    public PageGraphType()
    {
        Name = "ListingPage";
        Field<StringGraphType>("website").Resolve(c => c.Source.Website);
        Field<StringGraphType>("contact").Resolve(c => c.Source.Contact);
        Field<StringGraphType>("openingHours").Resolve(c => c.Source.OpeningHours);
    }
}

public sealed class CreateListingInputType : InputObjectGraphType
{
    public CreateListingInputType()
    {
        Name = "CreateListingInput";
        Description = "Give the part matching the kind: loan, carpool, groupPurchase, event, or page (LOCAL_PRODUCER / ASSOCIATION).";
        Field<NonNullGraphType<ListingKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<FloatGraphType>("radiusMeters").Description("0–3,000: also show it to neighbourhoods this close to your block.");
        Field<DateTimeOffsetGraphType>("endsAt").Description("When it expires if still open; defaults depend on the kind.");
        Field<LoanInputType>("loan");
        Field<CarpoolInputType>("carpool");
        Field<GroupPurchaseInputType>("groupPurchase");
        Field<EventInputType>("event");
        Field<PageInputType>("page");
    }
}

public sealed class LoanInputType : InputObjectGraphType
{
    public LoanInputType()
    {
        Name = "LoanInput";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("until");
    }
}

public sealed class CarpoolInputType : InputObjectGraphType
{
    public CarpoolInputType()
    {
        Name = "CarpoolInput";
        Field<NonNullGraphType<StringGraphType>>("originCell").Description("Block cell (H3 res 9).");
        Field<NonNullGraphType<StringGraphType>>("destinationCell").Description("Block cell (H3 res 9).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WeekdayGraphType>>>>("weekdays");
        Field<NonNullGraphType<StringGraphType>>("departureTime").Description("Local time HH:mm.");
        Field<NonNullGraphType<IntGraphType>>("seats");
    }
}

public sealed class GroupPurchaseInputType : InputObjectGraphType
{
    public GroupPurchaseInputType()
    {
        Name = "GroupPurchaseInput";
        Field<NonNullGraphType<StringGraphType>>("product");
        Field<NonNullGraphType<StringGraphType>>("unit");
        Field<NonNullGraphType<IntGraphType>>("targetQuantity");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline");
    }
}

public sealed class EventInputType : InputObjectGraphType
{
    public EventInputType()
    {
        Name = "EventInput";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt");
        Field<NonNullGraphType<StringGraphType>>("place");
        Field<NonNullGraphType<IntGraphType>>("capacity");
    }
}

public sealed class PageInputType : InputObjectGraphType
{
    public PageInputType()
    {
        Name = "ListingPageInput";
        Field<StringGraphType>("website");
        Field<StringGraphType>("contact");
        Field<StringGraphType>("openingHours");
    }
}

/// <summary>Reads a <c>CreateListingInput</c> into the grain's draft; the grain checks it.</summary>
public static class ListingInputs
{
    public static ListingDraft ToDraft(IDictionary<string, object?> input) => new(
        (ListingKind)input["kind"]!,
        Get(input, "title") as string ?? string.Empty,
        Get(input, "description") as string ?? string.Empty,
        Get(input, "radiusMeters") is { } r ? Convert.ToDouble(r, System.Globalization.CultureInfo.InvariantCulture) : 0,
        Get(input, "endsAt") as DateTimeOffset?,
        Part(input, "loan", d => new LoanTerms((DateTimeOffset)d["from"]!, (DateTimeOffset)d["until"]!)),
        Part(input, "carpool", d => new CarpoolRide(
            (string)d["originCell"]!,
            (string)d["destinationCell"]!,
            [.. ((IEnumerable<object?>)d["weekdays"]!).Cast<DayOfWeek>()],
            (string)d["departureTime"]!,
            (int)d["seats"]!)),
        Part(input, "groupPurchase", d => new GroupPurchaseTerms((string)d["product"]!, (string)d["unit"]!, (int)d["targetQuantity"]!, (DateTimeOffset)d["deadline"]!)),
        Part(input, "event", d => new EventDetails((DateTimeOffset)d["startsAt"]!, (string)d["place"]!, (int)d["capacity"]!)),
        Part(input, "page", d => new PageDetails(Get(d, "website") as string, Get(d, "contact") as string, Get(d, "openingHours") as string)));

    private static object? Get(IDictionary<string, object?> d, string key) => d.TryGetValue(key, out var value) ? value : null;

    private static T? Part<T>(IDictionary<string, object?> input, string name, Func<IDictionary<string, object?>, T> read)
        where T : class =>
        Get(input, name) is IDictionary<string, object?> part ? read(part) : null;
}
