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

    [Fact]
    public async Task Items_beyond_two_pages_move_to_archive_pages_and_reads_updates_and_merges_page_through_them()
    {
        // Feed pages of 8 in the tests (TestSettings): 40 items leave at most 15 in the feed's own state.
        var (reader, nid) = await f.Found(ClusterApi.NewPlace());
        var feed = f.Grains.GetGrain<IFeedGrain>(nid);
        var t0 = ClusterApi.Clock.GetUtcNow();
        var ids = Enumerable.Range(0, 40).Select(i => $"pst_{nid}_{i:d2}").ToList();
        foreach (var id in ids)
        {
            ClusterApi.Clock.Advance(TimeSpan.FromSeconds(1));
            await feed.Append(Item(id, nid, ClusterApi.Clock.GetUtcNow()));
        }

        var newestFirst = Enumerable.Reverse(ids).ToList();
        Assert.Equal(newestFirst, await ReadAll(feed, reader.Id, 7));
        Assert.Equal(40, (await feed.GetAll()).Count);
        Assert.NotEmpty(await f.Grains.GetGrain<IFeedArchivePageGrain>($"{nid}/0").GetEntries());

        // An archived item hidden long after: changed in its page, and gone from every read.
        await feed.Update(Item(ids[3], nid, t0) with { Hidden = true });
        Assert.Contains((await f.Grains.GetGrain<IFeedArchivePageGrain>($"{nid}/0").GetEntries()), e => e.Item.Id == ids[3] && e.Item.Hidden);
        Assert.Equal(newestFirst.Where(id => id != ids[3]), await ReadAll(feed, reader.Id, 6));

        // A merge brings older items: they slot in above the archive, once, and every page still reads each item once.
        var merged = "merged-" + Guid.NewGuid().ToString("N");
        var old = Enumerable.Range(0, 10).Select(i => $"pst_{merged}_{i:d2}").ToList();
        foreach (var id in old)
        {
            await f.Grains.GetGrain<IFeedGrain>(merged).Append(Item(id, merged, t0.AddDays(-10)));
        }

        await feed.Absorb(merged, "op-archive");
        await feed.Absorb(merged, "op-archive");
        var afterMerge = await ReadAll(feed, reader.Id, 9);
        Assert.Equal(49, afterMerge.Count);
        Assert.Equal(afterMerge.Count, afterMerge.Distinct().Count());
        Assert.Equal(old.Concat(ids.Where(id => id != ids[3])).ToHashSet(), afterMerge.ToHashSet());
        Assert.Equal(ids[^1], afterMerge[0]);

        // A split's half copies the whole timeline, archive included.
        var half = "half-" + Guid.NewGuid().ToString("N");
        await f.Grains.GetGrain<IFeedGrain>(half).TakeShare(nid, "op-split");
        Assert.Equal(50, (await f.Grains.GetGrain<IFeedGrain>(half).GetAll()).Count);
    }

    private static async Task<List<string>> ReadAll(IFeedGrain feed, string readerId, int pageSize)
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await feed.Read(readerId, pageSize, after, null);
            seen.AddRange(page.Edges.Select(e => e.Item.Id));
            after = page.HasNextPage ? page.Edges[^1].Cursor : null;
        }
        while (after is not null);
        return seen;
    }
}
