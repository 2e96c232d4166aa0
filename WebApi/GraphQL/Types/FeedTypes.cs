using GraphQL;
using GraphQL.Types;
using Voisinage.GraphQLTransport;
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
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id of the post, listing or alert.").ResolveMember(x => x.Id);
        Field<NonNullGraphType<FeedItemTypeGraphType>>("type").ResolveMember(x => x.Type);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Description("Where it was published (a nearby neighbourhood for listings with a radius).").ResolveMember(x => x.NeighbourhoodId);
        Field<ResidentType>("author").ResolveAsync(async c => c.Source.AuthorId is { } id ? await c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile() : null);
        Field<StringGraphType>("publisher").Description("The verified name of the association or business a listing was published for (author is then null).").ResolveMember(x => x.Publisher);
        Field<NonNullGraphType<StringGraphType>>("title").ResolveMember(x => x.Title);
        Field<StringGraphType>("snippet").ResolveMember(x => x.Snippet);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").ResolveMember(x => x.CreatedAt);
        Field<ListingKindGraphType>("listingKind").ResolveMember(x => x.ListingKind);
        Field<StringGraphType>("status").Description("The listing status, or the alert's.").ResolveMember(x => x.Status);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Description("Hidden by reports or a lead: clients drop such entries from the timeline.").ResolveMember(x => x.Hidden);
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
        Field<NonNullGraphType<IdGraphType>>("id").ResolveMember(x => x.Id);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").ResolveMember(x => x.NeighbourhoodId);
        Field<ResidentType>("author").ResolveAsync(async c => await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.AuthorId).GetProfile());
        Field<NonNullGraphType<StringGraphType>>("text").ResolveMember(x => x.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").ResolveMember(x => x.CreatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").ResolveMember(x => x.Hidden);
    }
}
