namespace Voisinage.Grains.Sponsored;

/// <summary>
/// Where a sponsored campaign stands: waiting for an operator, approved (it runs between its dates), rejected, paused by
/// its business (resumed to approved), or cancelled by its business (final). Only an approved campaign is ever served.
/// </summary>
public enum CampaignStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Paused = 4,
    Cancelled = 5,
}

/// <summary>
/// What a business asks to run: a title and text (the feed item links to the business's page), the neighbourhoods it
/// targets among its reach (empty: the whole reach), its dates and the number of impressions it buys.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CampaignDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> NeighbourhoodIds,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset EndsAt,
    [property: Id(5)] int Impressions);

/// <summary>
/// A sponsored campaign as its business, operators and (for the fields a feed item shows) residents see it.
/// <see cref="Delivered"/> counts impressions: one per resident per campaign per day, never more than <see cref="Impressions"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Campaign(
    [property: Id(0)] string Id,
    [property: Id(1)] string OrganisationId,
    [property: Id(2)] string AdvertiserName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Text,
    [property: Id(5)] IReadOnlyList<string> NeighbourhoodIds,
    [property: Id(6)] DateTimeOffset StartsAt,
    [property: Id(7)] DateTimeOffset EndsAt,
    [property: Id(8)] int Impressions,
    [property: Id(9)] int Delivered,
    [property: Id(10)] CampaignStatus Status,
    [property: Id(11)] string? Decision,
    [property: Id(12)] DateTimeOffset CreatedAt)
{
    /// <summary>Whether it may be shown at <paramref name="now"/>: approved, between its dates, impressions left.</summary>
    public bool IsRunning(DateTimeOffset now) => Status == CampaignStatus.Approved && now >= StartsAt && now < EndsAt && Delivered < Impressions;
}

/// <summary>
/// A campaign's statistics for its business: impressions per neighbourhood, each shown only where at least
/// <see cref="CampaignStatistics.MinResidents"/> residents were counted (<see cref="NeighbourhoodImpressions.Impressions"/>
/// null otherwise: "moins de 10"). No resident is named or counted alone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CampaignStatistics(
    [property: Id(0)] int Delivered,
    [property: Id(1)] int Impressions,
    [property: Id(2)] IReadOnlyList<NeighbourhoodImpressions> Neighbourhoods)
{
    public const int MinResidents = 10;
}

/// <summary>One neighbourhood's impressions, or null when fewer than <see cref="CampaignStatistics.MinResidents"/> residents were counted there.</summary>
[GenerateSerializer, Immutable]
public sealed record NeighbourhoodImpressions(
    [property: Id(0)] string NeighbourhoodId,
    [property: Id(1)] int? Impressions);
