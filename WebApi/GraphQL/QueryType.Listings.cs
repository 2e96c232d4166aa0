using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Sponsored;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Listings, posts and the neighbourhood feed (SPEC §6).</summary>
public sealed partial class QueryType
{
    partial void AddListingFields()
    {
        Field<NonNullGraphType<ListingType>>("listing")
            .Description("A listing, for members of the neighbourhoods it is shown to.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Listing(c, "id").Get(c.RequireCaller()));

        Field<NonNullGraphType<ConnectionType<ListingType>>>("listings")
            .Description("Listings shown to a neighbourhood (its own and nearby ones with a radius), newest first. Members only.")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Argument<ListGraphType<NonNullGraphType<ListingKindGraphType>>>("kinds")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var kinds = c.GetArgument<List<ListingKind>?>("kinds");
                var page = await (await Feed(c)).Read(caller, c.GetArgument("first", 20), c.GetArgument<string?>("after"), new FeedFilter(true, kinds));

                // The snapshot says what the feed holds; each listing grain decides what the caller sees, all read in one call.
                var visible = await c.Grains().GetGrain<IListingViewsGrain>(0).Visible(caller, [.. page.Edges.Select(e => e.Item.Id)]);
                var byId = visible.ToDictionary(v => v.Id, StringComparer.Ordinal);
                return Connections.Of(
                    page.Edges.Where(e => byId.ContainsKey(e.Item.Id)).Select(e => (e.Cursor, byId[e.Item.Id])),
                    page.HasNextPage);
            });

        Field<NonNullGraphType<ConnectionType<FeedItemGraphType>>>("feed")
            .Description("The neighbourhood timeline: posts, listings, events and alerts, newest first, with at most one SPONSORED item after every 10 items (labelled \"Sponsorisé\"). Pages stay stable while new items arrive. Members only.")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var neighbourhoodId = (await Feed(c)).GetPrimaryKeyString();
                var page = await c.Grains().GetGrain<ISponsoredFeedGrain>(0).Read(c.RequireCaller(), neighbourhoodId, c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Edges.Select(e => (e.Cursor, e.Item)), page.HasNextPage);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListingType>>>>("carpoolMatches")
            .Description("Open carpools you may see whose origin is within 1 km of your home and destination within 1 km of destinationCell (a block cell, H3 res 9), nearest first.")
            .Argument<NonNullGraphType<StringGraphType>>("destinationCell")
            .ResolveAsync(async c => await c.Grains().GetGrain<ICarpoolFinderGrain>(0).Matches(c.RequireCaller(), c.GetArgument<string>("destinationCell")));

        Field<NonNullGraphType<PostGraphType>>("post")
            .Description("A post, for members of its neighbourhood.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var caller = c.RequireCaller();
                return ContentIds.IsPost(id) ? await c.Grains().GetGrain<IPostGrain>(id).Get(caller) : throw VoisinageException.NotFound("No such post.");
            });
    }

    /// <summary>The listing grain named by an argument, or NOT_FOUND for an id that names no listing.</summary>
    internal static IListingGrain Listing(IResolveFieldContext c, string argument)
    {
        var id = c.GetArgument<string>(argument);
        c.RequireCaller();
        return ContentIds.IsListing(id) ? c.Grains().GetGrain<IListingGrain>(id) : throw VoisinageException.NotFound("No such listing.");
    }

    /// <summary>The feed of the neighbourhood in the arguments, after following a merge to the surviving neighbourhood.</summary>
    internal static async Task<IFeedGrain> Feed(IResolveFieldContext c)
    {
        c.RequireCaller();
        var id = await CanonicalNeighbourhood(c, c.GetArgument<string>("neighbourhoodId"));
        return c.Grains().GetGrain<IFeedGrain>(id);
    }

    internal static async Task<string> CanonicalNeighbourhood(IResolveFieldContext c, string id)
    {
        Cells.ParseBlock(id);
        return await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(id) ?? throw VoisinageException.NotFound("No such neighbourhood.");
    }
}
