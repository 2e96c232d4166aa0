using System.Globalization;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Listings;

/// <summary>The checks of a listing draft and of status transitions (SPEC §6), free of grain plumbing.</summary>
public static class ListingRules
{
    public const int MaxTitle = 120;
    public const int MaxDescription = 4000;
    public const double MaxRadiusMeters = 3000;
    public const int MaxSeats = 8;
    public const int MaxCapacity = 10_000;
    public const int MaxQuantity = 1_000_000;

    /// <summary>How long a listing without an end date stays open, for the kinds that expire.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    /// <summary>
    /// What an association or business publishes (issue 22): events, offers, volunteering calls (a help request) and
    /// giveaways. The other kinds are between residents (loans, carpools, swaps, group purchases) or are pages.
    /// </summary>
    public static readonly IReadOnlySet<ListingKind> OrganisationKinds =
        new HashSet<ListingKind> { ListingKind.Event, ListingKind.ServiceOffer, ListingKind.HelpRequest, ListingKind.Giveaway };

    /// <summary>Checks a draft an organisation publishes: one of <see cref="OrganisationKinds"/>, going to the neighbourhoods chosen (no radius).</summary>
    public static (ListingDraft Draft, DateTimeOffset? EndsAt) ValidateForOrganisation(ListingDraft draft, DateTimeOffset now)
    {
        var valid = Validate(draft, now);
        if (!OrganisationKinds.Contains(valid.Draft.Kind))
        {
            throw VoisinageException.BadInput("An organisation publishes events, offers, volunteering calls and giveaways.");
        }

        return valid.Draft.RadiusMeters > 0
            ? throw VoisinageException.BadInput("An organisation's listing goes to the neighbourhoods chosen: no radius.")
            : valid;
    }

    /// <summary>Checks a draft and returns it normalised, with its end date (null: it does not expire).</summary>
    public static (ListingDraft Draft, DateTimeOffset? EndsAt) Validate(ListingDraft draft, DateTimeOffset now)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw VoisinageException.BadInput("Unknown listing kind.");
        }

        var title = TextRules.Text(draft.Title, "title", MaxTitle);
        var description = TextRules.Text(draft.Description, "description", MaxDescription, required: false);
        if (!double.IsFinite(draft.RadiusMeters) || draft.RadiusMeters is < 0 or > MaxRadiusMeters)
        {
            throw VoisinageException.BadInput($"radiusMeters must be between 0 and {MaxRadiusMeters:0}.");
        }

        var expected = draft.Kind switch
        {
            ListingKind.Loan => "loan",
            ListingKind.Carpool => "carpool",
            ListingKind.GroupPurchase => "groupPurchase",
            ListingKind.Event => "event",
            ListingKind.LocalProducer or ListingKind.Association => "page",
            _ => null,
        };
        var given = new (string Name, object? Value)[]
        {
            ("loan", draft.Loan), ("carpool", draft.Carpool), ("groupPurchase", draft.GroupPurchase), ("event", draft.Event), ("page", draft.Page),
        };
        foreach (var (name, value) in given)
        {
            if (value is not null && name != expected)
            {
                throw VoisinageException.BadInput($"{name} does not apply to a {draft.Kind} listing.");
            }

            if (value is null && name == expected && name != "page")
            {
                throw VoisinageException.BadInput($"A {draft.Kind} listing needs {name}.");
            }
        }

        if (draft.EndsAt is { } requestedEnd && requestedEnd <= now)
        {
            throw VoisinageException.BadInput("endsAt must be in the future.");
        }

        DateTimeOffset? endsAt = draft.EndsAt;
        var normalised = draft with { Title = title, Description = description };
        switch (draft.Kind)
        {
            case ListingKind.Loan:
                var loan = draft.Loan!;
                if (loan.Until <= loan.From || loan.Until <= now)
                {
                    throw VoisinageException.BadInput("A loan ends after it starts, and in the future.");
                }

                endsAt ??= loan.Until;
                break;

            case ListingKind.Carpool:
                normalised = normalised with { Carpool = ValidateCarpool(draft.Carpool!) };
                break;

            case ListingKind.GroupPurchase:
                var purchase = draft.GroupPurchase!;
                if (purchase.TargetQuantity is < 1 or > MaxQuantity)
                {
                    throw VoisinageException.BadInput($"targetQuantity must be between 1 and {MaxQuantity}.");
                }

                if (purchase.Deadline <= now)
                {
                    throw VoisinageException.BadInput("The deadline must be in the future.");
                }

                if (draft.EndsAt is not null)
                {
                    throw VoisinageException.BadInput("A group purchase ends at its deadline; give no endsAt.");
                }

                normalised = normalised with
                {
                    GroupPurchase = purchase with
                    {
                        Product = TextRules.Text(purchase.Product, "product", MaxTitle),
                        Unit = TextRules.Text(purchase.Unit, "unit", 40),
                    },
                };
                endsAt = purchase.Deadline;
                break;

            case ListingKind.Event:
                var meetup = draft.Event!;
                if (meetup.Capacity is < 1 or > MaxCapacity)
                {
                    throw VoisinageException.BadInput($"capacity must be between 1 and {MaxCapacity}.");
                }

                if (meetup.StartsAt <= now)
                {
                    throw VoisinageException.BadInput("An event starts in the future.");
                }

                normalised = normalised with { Event = meetup with { Place = TextRules.Text(meetup.Place, "place", 200) } };
                endsAt ??= meetup.StartsAt;
                break;

            case ListingKind.LocalProducer or ListingKind.Association:
                var page = draft.Page ?? new PageDetails(null, null, null);
                normalised = normalised with
                {
                    Page = new PageDetails(
                        NullIfEmpty(TextRules.Text(page.Website, "website", 300, required: false)),
                        NullIfEmpty(TextRules.Text(page.Contact, "contact", 300, required: false)),
                        NullIfEmpty(TextRules.Text(page.OpeningHours, "openingHours", 300, required: false))),
                };
                break;

            default:
                endsAt ??= now + DefaultLifetime;
                break;
        }

        return (normalised with { EndsAt = endsAt }, endsAt);
    }

    private static CarpoolRide ValidateCarpool(CarpoolRide ride)
    {
        ParseBlockCell(ride.OriginCell, "originCell");
        ParseBlockCell(ride.DestinationCell, "destinationCell");
        if (ride.Seats is < 1 or > MaxSeats)
        {
            throw VoisinageException.BadInput($"seats must be between 1 and {MaxSeats}.");
        }

        if (ride.Weekdays is null || ride.Weekdays.Count == 0 || ride.Weekdays.Any(d => !Enum.IsDefined(d)))
        {
            throw VoisinageException.BadInput("A carpool runs on at least one weekday.");
        }

        if (!TimeOnly.TryParseExact(ride.DepartureTime, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var departure))
        {
            throw VoisinageException.BadInput("departureTime is a local time HH:mm.");
        }

        return ride with
        {
            Weekdays = [.. ride.Weekdays.Distinct().OrderBy(d => ((int)d + 6) % 7)],
            DepartureTime = departure.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A block cell (H3 res 9): carpools name blocks, never a home cell.</summary>
    public static H3Index ParseBlockCell(string? cell, string name) =>
        H3Index.TryParse(cell, out var index) && index.IsValid && index.Resolution == Cells.BlockResolution && cell == index.ToString()
            ? index
            : throw VoisinageException.BadInput($"{name} must be an H3 block cell (resolution {Cells.BlockResolution}).");

    /// <summary>Whether the author may move a listing of this kind from one status to another.</summary>
    public static bool CanMove(ListingKind kind, ListingStatus from, ListingStatus to) => (kind, from, to) switch
    {
        (ListingKind.GroupPurchase, ListingStatus.Open, ListingStatus.Cancelled) => true,
        (ListingKind.GroupPurchase, ListingStatus.Confirmed, ListingStatus.Done or ListingStatus.Cancelled) => true,
        (ListingKind.GroupPurchase, _, _) => false,
        (_, ListingStatus.Open, ListingStatus.Agreed or ListingStatus.Done or ListingStatus.Cancelled) => true,
        (_, ListingStatus.Agreed, ListingStatus.Done or ListingStatus.Cancelled or ListingStatus.Open) => true,
        _ => false,
    };

    public static bool IsFinal(ListingStatus status) =>
        status is ListingStatus.Done or ListingStatus.Cancelled or ListingStatus.Expired or ListingStatus.Failed;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
