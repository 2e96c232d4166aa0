using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class FeedItemTypeGraphType : EnumerationGraphType<FeedItemType>
{
    public FeedItemTypeGraphType()
    {
        Name = "FeedItemType";
    }
}

/// <summary>
/// One entry of a neighbourhood timeline. The snapshot fields render the feed without loading each item;
/// <c>listing</c> / <c>post</c> load the item itself. The alerts domain adds its <c>alert</c> field from a partial file.
/// </summary>
public sealed partial class FeedItemGraphType : ObjectGraphType<FeedItem>
{
    public FeedItemGraphType()
    {
        Name = "FeedItem";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id of the post, listing or alert.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<FeedItemTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Description("Where it was published (a nearby neighbourhood for listings with a radius).").Resolve(c => c.Source.NeighbourhoodId);
        Field<ResidentType>("author").ResolveAsync(async c => c.Source.AuthorId is { } id ? await c.Grains().GetGrain<IResidentGrain>(id).GetProfile() : null);
        Field<StringGraphType>("publisher").Description("The verified name of the association or business a listing was published for (author is then null).").Resolve(c => c.Source.Publisher);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("snippet").Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<ListingKindGraphType>("listingKind").Resolve(c => c.Source.ListingKind);
        Field<StringGraphType>("status").Description("The listing status, or the alert's.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Description("Hidden by reports or a lead: clients drop such entries from the timeline.").Resolve(c => c.Source.Hidden);
        Field<ListingType>("listing").Description("The listing itself, for LISTING entries.")
            .ResolveAsync(async c => c.Source.Type == FeedItemType.Listing ? await Visible(() => c.Grains().GetGrain<IListingGrain>(c.Source.Id).Get(c.RequireCaller())) : null);
        Field<PostGraphType>("post").Description("The post itself, for POST entries.")
            .ResolveAsync(async c => c.Source.Type == FeedItemType.Post ? await Visible(() => c.Grains().GetGrain<IPostGrain>(c.Source.Id).Get(c.RequireCaller())) : null);
        AddAlertFields();
        AddSponsoredFields();
    }

    partial void AddAlertFields();

    partial void AddSponsoredFields();

    /// <summary>An item the caller may no longer see (hidden meanwhile) resolves to null rather than failing the page.</summary>
    private static async Task<T?> Visible<T>(Func<Task<T>> load)
        where T : class
    {
        try
        {
            return await load();
        }
        catch (VoisinageException e) when (e.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
        {
            return null;
        }
    }
}

public sealed class PostGraphType : ObjectGraphType<PostView>
{
    public PostGraphType()
    {
        Name = "Post";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Resolve(c => c.Source.NeighbourhoodId);
        Field<ResidentType>("author").ResolveAsync(async c => await c.Grains().GetGrain<IResidentGrain>(c.Source.AuthorId).GetProfile());
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Resolve(c => c.Source.Hidden);
    }
}
