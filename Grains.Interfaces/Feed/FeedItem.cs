using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Feed;

/// <summary>What a feed entry shows.</summary>
public enum FeedItemType
{
    Post = 0,
    Listing = 1,
    Alert = 2,

    /// <summary>A sponsored campaign, inserted when a member reads the feed (never stored in it): labelled "Sponsorisé".</summary>
    Sponsored = 3,
}

/// <summary>
/// One entry of a neighbourhood timeline: a snapshot good enough to render the feed with one grain call;
/// the source grain (post, listing, alert) stays the authority and refreshes it with <see cref="IFeedGrain.Update"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FeedItem(
    [property: Id(0)] string Id,
    [property: Id(1)] FeedItemType Type,
    [property: Id(2)] string NeighbourhoodId,
    [property: Id(3)] string? AuthorId,
    [property: Id(4)] string Title,
    [property: Id(5)] string? Snippet,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] ListingKind? ListingKind = null,
    [property: Id(8)] string? Status = null,
    [property: Id(9)] bool Hidden = false,
    [property: Id(10)] string? Publisher = null);

/// <summary>A feed entry with its cursor.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedEdge([property: Id(0)] string Cursor, [property: Id(1)] FeedItem Item);

/// <summary>A page of a feed, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedPage(
    [property: Id(0)] IReadOnlyList<FeedEdge> Edges,
    [property: Id(1)] bool HasNextPage);

/// <summary>Restricts a feed read to listings, optionally of some kinds.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedFilter(
    [property: Id(0)] bool ListingsOnly,
    [property: Id(1)] IReadOnlyList<ListingKind>? Kinds);
