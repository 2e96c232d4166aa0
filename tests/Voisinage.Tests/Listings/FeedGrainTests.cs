using Voisinage.Grains.Feed;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>The feed grain itself: concurrent appends share writes but lose nothing; a merged neighbourhood's feed is absorbed.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class FeedGrainTests(ClusterApi f)
{
    private static FeedItem Item(string id, string nid, DateTimeOffset at) => new(id, FeedItemType.Post, nid, null, id, null, at);

    [Fact]
    public async Task Concurrent_appends_are_all_kept_once_newest_first()
    {
        var (reader, nid) = await f.Found(ClusterApi.NewPlace());
        var feed = f.Grains.GetGrain<IFeedGrain>(nid);
        var now = ClusterApi.Clock.GetUtcNow();
        var ids = Enumerable.Range(0, 200).Select(i => $"pst_{i:x32}").ToList();
        await Task.WhenAll(ids.Select(id => feed.Append(Item(id, nid, now))));
        await Task.WhenAll(ids.Take(50).Select(id => feed.Append(Item(id, nid, now))));

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await feed.Read(reader.Id, 100, after, null);
            seen.AddRange(page.Edges.Select(e => e.Item.Id));
            after = page.HasNextPage ? page.Edges[^1].Cursor : null;
        }
        while (after is not null);
        Assert.Equal(200, seen.Count);
        Assert.Equal(ids.ToHashSet(), seen.ToHashSet());
    }

    [Fact]
    public async Task A_merged_feed_is_absorbed_at_its_items_times_and_absorbing_twice_changes_nothing()
    {
        var (reader, survivor) = await f.Found(ClusterApi.NewPlace());
        var merged = "8928308280fffff";
        var t0 = ClusterApi.Clock.GetUtcNow();
        await f.Grains.GetGrain<IFeedGrain>(merged).Append(Item("pst_old", merged, t0.AddDays(-2)));
        await f.Grains.GetGrain<IFeedGrain>(survivor).Append(Item("pst_mine", survivor, t0));
        var feed = f.Grains.GetGrain<IFeedGrain>(survivor);
        await feed.Absorb(merged, "op-merge");
        await feed.Absorb(merged, "op-merge");
        var page = await feed.Read(reader.Id, 10, null, null);
        Assert.Equal(["pst_mine", "pst_old"], page.Edges.Select(e => e.Item.Id));
    }
}
