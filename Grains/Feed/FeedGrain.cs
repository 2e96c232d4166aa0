using Orleans.Concurrency;
using Orleans.Streams;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Feed;

/// <summary>
/// A neighbourhood timeline. New entries always go on top (their time is never before the newest one's), so a
/// cursor — the (time, sequence) of the last entry seen — keeps naming the same place while items arrive.
/// Only the newest <see cref="Capacity"/> entries are kept.
/// The grain is reentrant so that appends arriving while a write is in flight share the next write (group commit):
/// every change to the list happens in one synchronous step, and at most one write runs at a time.
/// </summary>
[Reentrant]
internal sealed class FeedGrain(
    [PersistentState("feed", StorageNames.Voisinage)] IPersistentState<FeedState> feed,
    TimeProvider clock) : Grain, IFeedGrain
{
    public const int Capacity = 5000;
    public const int MaxPage = 100;

    // The write that will carry the changes not yet written, and whether a write is running.
    private TaskCompletionSource? _nextWrite;
    private bool _writing;

    private string NeighbourhoodId => this.GetPrimaryKeyString();

    public async Task Append(FeedItem item)
    {
        if (feed.State.Entries.Exists(e => e.Item.Id == item.Id))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var at = feed.State.Entries.Count > 0 && feed.State.Entries[^1].At > now ? feed.State.Entries[^1].At : now;
        feed.State.Entries.Add(new FeedEntry(++feed.State.LastSequence, at, item));
        if (feed.State.Entries.Count > Capacity)
        {
            feed.State.Entries.RemoveRange(0, feed.State.Entries.Count - Capacity);
        }

        await Save();
        await Publish(item);
    }

    public async Task Update(FeedItem item)
    {
        var i = feed.State.Entries.FindIndex(e => e.Item.Id == item.Id);
        if (i < 0 || feed.State.Entries[i].Item == item)
        {
            return;
        }

        feed.State.Entries[i] = feed.State.Entries[i] with { Item = item };
        await Save();
        await Publish(item);
    }

    public async Task<FeedPage> Read(string viewerId, int first, string? after, FeedFilter? filter)
    {
        var size = Feed.Cursors.PageSize(first, MaxPage);
        (long, long)? cursor = null;
        if (after is not null)
        {
            var parts = Feed.Cursors.Decode(after, 2);
            cursor = (parts[0], parts[1]);
        }

        if (await GrainFactory.GetGrain<INeighbourhoodGrain>(NeighbourhoodId).GetRole(viewerId) == MemberRole.None)
        {
            throw VoisinageException.Forbidden("The feed is for members of the neighbourhood.");
        }

        var kinds = filter?.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;
        var edges = new List<FeedEdge>(size);
        var more = false;
        for (var i = feed.State.Entries.Count - 1; i >= 0; i--)
        {
            var entry = feed.State.Entries[i];
            if (cursor is { } c && entry.Position.CompareTo(c) >= 0)
            {
                continue;
            }

            var item = entry.Item;
            if (item.Hidden
                || (filter?.ListingsOnly == true && item.Type != FeedItemType.Listing)
                || (kinds is not null && (item.ListingKind is not { } kind || !kinds.Contains(kind))))
            {
                continue;
            }

            if (edges.Count == size)
            {
                more = true;
                break;
            }

            edges.Add(new FeedEdge(Feed.Cursors.Encode(entry.Position.Ticks, entry.Position.Sequence), item));
        }

        return new FeedPage(edges, more);
    }

    public Task<IReadOnlyList<FeedItem>> GetAll() =>
        Task.FromResult<IReadOnlyList<FeedItem>>([.. feed.State.Entries.Select(e => e.Item)]);

    public async Task Absorb(string absorbedId, string operationId)
    {
        // Idempotent without the operation id: an item already here (same id) is not taken twice.
        if (absorbedId == NeighbourhoodId)
        {
            return;
        }

        var all = await GrainFactory.GetGrain<IFeedGrain>(absorbedId).GetAll();

        // Computed after the call: other appends may have interleaved while it ran.
        var known = feed.State.Entries.Select(e => e.Item.Id).ToHashSet();
        var incoming = all.Where(i => known.Add(i.Id)).ToList();
        if (incoming.Count == 0)
        {
            return;
        }

        // Older items slot in at their creation time; anything newer than our top stays below it, so open cursors still hold.
        var top = feed.State.Entries.Count > 0 ? feed.State.Entries[^1].At : DateTimeOffset.MaxValue;
        foreach (var item in incoming)
        {
            var at = item.CreatedAt < top ? item.CreatedAt : top;
            feed.State.Entries.Add(new FeedEntry(++feed.State.LastSequence, at, item));
        }

        feed.State.Entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        if (feed.State.Entries.Count > Capacity)
        {
            feed.State.Entries.RemoveRange(0, feed.State.Entries.Count - Capacity);
        }

        await Save();
    }

    /// <summary>The new half of a split keeps the whole timeline its members saw (SPEC §4: no post lost): the merge's copy.</summary>
    public Task TakeShare(string sourceId, string operationId) => Absorb(sourceId, operationId);

    /// <summary>Nothing to do: a timeline never closes (a merged-away id's items were copied, not moved).</summary>
    public Task Reopen() => Task.CompletedTask;

    /// <summary>Persists the list; callers that arrive while a write runs share the following one.</summary>
    private Task Save()
    {
        if (_nextWrite is { } queued)
        {
            return queued.Task;
        }

        var next = _nextWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writing)
        {
            _ = WriteLoop();
        }

        return next.Task;
    }

    private async Task WriteLoop()
    {
        _writing = true;
        try
        {
            while (_nextWrite is { } batch)
            {
                // Changes made from here on need the next write.
                _nextWrite = null;
                try
                {
                    await feed.WriteStateAsync();
                    batch.SetResult();
                }
                catch (Exception e)
                {
                    // The in-memory list is ahead of storage: start again from what was saved.
                    batch.SetException(e);
                    DeactivateOnIdle();
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }

    private Task Publish(FeedItem item) =>
        this.GetStreamProvider(StorageNames.Streams)
            .GetStream<FeedItem>(StreamId.Create(IFeedGrain.StreamNamespace, NeighbourhoodId))
            .OnNextAsync(item);
}
