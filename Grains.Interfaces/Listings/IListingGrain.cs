using Voisinage.Grains.Messaging;

namespace Voisinage.Grains.Listings;

/// <summary>
/// One listing, keyed by its id (<c>lst_…</c>). Every rule of the listing lives here (status, pledges, seats,
/// attendance), so concurrent pledges or bookings are applied one at a time and can never oversell.
/// Readers must be its author or members of a neighbourhood it is shown to.
/// </summary>
public interface IListingGrain : Moderation.IModeratable
{
    /// <summary>Creates the listing for a verified member of a neighbourhood, and shows it in the feeds of its audience.</summary>
    Task<ListingView> Create(string authorId, ListingDraft draft);

    /// <summary>
    /// An admin or editor of a verified association or business publishes it for the organisation in neighbourhoods of
    /// its reach (the organisation decides: <see cref="Organisations.IOrganisationGrain.AuthorizeListing"/>): an EVENT,
    /// SERVICE_OFFER, HELP_REQUEST (a volunteering call) or GIVEAWAY without a radius (BAD_USER_INPUT otherwise). It is
    /// shown under the organisation's verified name, never the member's, in those neighbourhoods' feeds and on the
    /// organisation's page; it spends the member's listing quota.
    /// </summary>
    Task<ListingView> CreateForOrganisation(string memberId, string organisationId, IReadOnlyList<string> neighbourhoodIds, ListingDraft draft);

    /// <summary>The listing as <paramref name="viewerId"/> sees it; NOT_FOUND if it does not exist or is hidden from them, FORBIDDEN if they may not see it.</summary>
    Task<ListingView> Get(string viewerId);

    /// <summary>
    /// The author moves the listing along its lifecycle. AGREED needs a <paramref name="counterpartId"/> among the
    /// residents who responded (or the only one). Transitions that do not exist are a CONFLICT.
    /// </summary>
    Task<ListingView> UpdateStatus(string residentId, ListingStatus status, string? counterpartId);

    /// <summary>Sets the resident's pledge on an open group purchase; reaching the target confirms it, exactly once.</summary>
    Task<ListingView> Pledge(string residentId, int quantity);

    /// <summary>Withdraws the resident's pledge while the group purchase is still open.</summary>
    Task<ListingView> Unpledge(string residentId);

    /// <summary>Books one seat of an open carpool; never more bookings than seats.</summary>
    Task<ListingView> BookSeat(string residentId);

    /// <summary>Gives a booked seat back.</summary>
    Task<ListingView> CancelSeat(string residentId);

    /// <summary>Attends (or no longer attends) an open event, within its capacity.</summary>
    Task<ListingView> Rsvp(string residentId, bool going);

    /// <summary>
    /// Opens (or reopens) the private conversation between a responder and the author, and sends
    /// <paramref name="message"/> in it if given (1 to <see cref="IConversationGrain.MaxText"/> characters,
    /// checked before anything is written); returns the conversation as the responder sees it.
    /// </summary>
    Task<ConversationView> Respond(string residentId, string? message);

    /// <summary>
    /// A responder deleted their account (the closure, through their conversation about this listing): they leave the
    /// responders, and as the chosen counterpart they become <see cref="Residents.ResidentIds.Deleted"/>. Idempotent.
    /// </summary>
    Task ForgetResponder(string residentId);

    /// <summary>What <paramref name="residentId"/> did on this listing (their data export); null if it does not exist.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ListingPart?> PartOf(string residentId);

    /// <summary>
    /// Account closure (<see cref="IResidentListingsGrain.Forget"/>): the listing no longer names the resident. Their
    /// own listing stays from <see cref="Residents.ResidentIds.Deleted"/>, closed (CANCELLED) if still going; on a
    /// neighbour's open listing their pledge, seat and RSVP are withdrawn, on one no longer open they stay counted
    /// from no one (a confirmed group purchase keeps its quantity); as responder they leave, as counterpart or in
    /// thanks they become <see cref="Residents.ResidentIds.Deleted"/>. Idempotent.
    /// </summary>
    Task ForgetResident(string residentId);

    /// <summary>After DONE, the author thanks a participant or a participant thanks the author, once each way.</summary>
    Task Thank(string fromId, string toId);

    /// <summary>
    /// Applies the time rules at the current time of the injected clock: an open listing past its end is EXPIRED,
    /// an open group purchase past its deadline is FAILED. The reminders call it; it does nothing early.
    /// </summary>
    Task<ListingStatus> ApplyDeadlines();
}
