namespace Voisinage.Grains.Feed;

/// <summary>One archive page of a timeline (see <see cref="IFeedArchivePageGrain"/>).</summary>
internal sealed class FeedArchivePageGrain(
    [PersistentState("feedPage", StorageNames.Voisinage)] IPersistentState<FeedArchivePageState> page) : Grain, IFeedArchivePageGrain
{
    public async Task Seal(IReadOnlyList<FeedEntry> entries)
    {
        page.State = new FeedArchivePageState { Entries = [.. entries] };
        await page.WriteStateAsync();
    }

    public Task<IReadOnlyList<FeedEntry>> GetEntries() => Task.FromResult<IReadOnlyList<FeedEntry>>(page.State.Entries);

    public async Task<bool> Update(FeedItem item)
    {
        var i = page.State.Entries.FindIndex(e => e.Item.Id == item.Id);
        if (i < 0)
        {
            return false;
        }

        if (page.State.Entries[i].Item != item)
        {
            var entries = page.State.Entries.ToList();
            entries[i] = entries[i] with { Item = item };
            page.State = new FeedArchivePageState { Entries = entries };
            await page.WriteStateAsync();
        }

        return true;
    }
}

[GenerateSerializer]
public sealed record FeedArchivePageState
{
    /// <summary>Oldest first, ordered by (At, Sequence).</summary>
    [Id(0)] public List<FeedEntry> Entries { get; init; } = [];
}
