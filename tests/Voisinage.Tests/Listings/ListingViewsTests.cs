using Voisinage.Grains.Listings;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>Many listings read for one viewer in one grain call: each listing grain still decides.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class ListingViewsTests(ClusterApi f)
{
    [Fact]
    public async Task Visible_keeps_the_order_and_leaves_out_what_the_viewer_may_not_see()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var member = await f.Join(nid, place);
        var (outsider, _) = await f.Found(ClusterApi.NewPlace());
        var first = (await f.CreateListing(author, new { kind = "SWAP", title = "Livres contre plantes" })).Str("id");
        var second = (await f.CreateListing(author, new { kind = "GIVEAWAY", title = "Vieux frigo" })).Str("id");
        var missing = ContentIds.NewListing();

        var views = f.Grains.GetGrain<IListingViewsGrain>(0);
        var seen = await views.Visible(member.Id, [second, missing, first]);
        Assert.Equal([second, first], seen.Select(v => v.Id));
        Assert.Empty(await views.Visible(outsider.Id, [first, second]));
        Assert.Empty(await views.Visible(member.Id, []));
    }
}
