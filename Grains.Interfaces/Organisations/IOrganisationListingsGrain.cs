using Orleans.Concurrency;
using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The events and offers an association or business published (keyed by the organisation id), for its public page:
/// told by each listing grain after every change of status or visibility, so the page never asks the listings.
/// </summary>
public interface IOrganisationListingsGrain : IGrainWithStringKey
{
    /// <summary>Most listings kept (the oldest leave first).</summary>
    const int MaxKept = 200;

    /// <summary>Most listings in one page.</summary>
    const int MaxPage = 50;

    /// <summary>Adds or replaces a listing's public summary (idempotent).</summary>
    Task Set(OrganisationListing listing);

    /// <summary>
    /// The current ones (open, not hidden, not past their end), newest first: at most <paramref name="first"/>
    /// (1 to <see cref="MaxPage"/>, BAD_USER_INPUT otherwise), after the listing id <paramref name="after"/>.
    /// </summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<OrganisationListingPage> Current(int first, string? after);
}

/// <summary>
/// What an organisation's public page shows of a listing it published: nothing about the member who wrote it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationListing(
    [property: Id(0)] string Id,
    [property: Id(1)] ListingKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Summary,
    [property: Id(4)] ListingStatus Status,
    [property: Id(5)] bool Hidden,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset? EndsAt,
    [property: Id(8)] EventDetails? Event,
    [property: Id(9)] IReadOnlyList<string> NeighbourhoodIds)
{
    /// <summary>Shown on the page: open, not hidden by moderation, not past its end.</summary>
    public bool IsCurrent(DateTimeOffset now) => Status == ListingStatus.Open && !Hidden && (EndsAt is not { } end || now < end);
}

/// <summary>A page of an organisation's current listings, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationListingPage(
    [property: Id(0)] IReadOnlyList<OrganisationListing> Items,
    [property: Id(1)] bool HasNextPage);

/// <summary>Who publishes a listing for an organisation: its verified name, and the neighbourhoods (current ids) it goes to.</summary>
[GenerateSerializer, Immutable]
public sealed record OrganisationPublisher(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> NeighbourhoodIds);
