using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Streams;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Feed;

/// <summary>
/// A neighbourhood timeline. New entries always go on top (their time is never before the newest one's), so a
/// cursor — the (time, sequence) of the last entry seen — keeps naming the same place while items arrive.
/// Only the newest entries stay in this grain's state (fewer than two pages, <see cref="FeedOptions.PageSize"/>); older
/// ones move to archive pages (<see cref="IFeedArchivePageGrain"/>) a page at a time, and reads page through them.
/// The grain is reentrant so that appends arriving while a write is in flight share the next write (group commit):
/// every change to the list happens in one synchronous step, and at most one write runs at a time.
/// </summary>
[Reentrant]
internal sealed class FeedGrain(
    [PersistentState("feed", StorageNames.Voisinage)] IPersistentState<FeedState> feed,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedGrain> logger) : Grain, IFeedGrain
{
    public const int MaxPage = 100;

    // The write that will carry the changes not yet written, and whether a write is running.
    private TaskCompletionSource? _nextWrite;
    private bool _writing;
    private bool _archiving;

    private string NeighbourhoodId => this.GetPrimaryKeyString();

    private int PageSize => feed.State.PageSize > 0 ? feed.State.PageSize : Math.Max(1, options.Value.PageSize);

    public async Task Append(FeedItem item)
    {
        // Checked again after any wait, in the same synchronous step as the add (reentrant grain).
        if (await Holds(item) || feed.State.Entries.Exists(e => e.Item.Id == item.Id))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var at = feed.State.Entries.Count > 0 && feed.State.Entries[^1].At > now ? feed.State.Entries[^1].At : now;
        feed.State.Entries.Add(new FeedEntry(++feed.State.LastSequence, at, item));
        await Save();
        await Publish(item);
        await ArchiveFullPages();
    }

    public async Task Update(FeedItem item)
    {
        var i = feed.State.Entries.FindIndex(e => e.Item.Id == item.Id);
        if (i < 0)
        {
            // An older item (hidden or resolved long after): changed in its archive page, newest pages first.
            for (var n = feed.State.ArchivedPages - 1; n >= 0; n--)
            {
                if (await Page(n).Update(item))
                {
                    await Publish(item);
                    return;
                }
            }

            return;
        }

        if (feed.State.Entries[i].Item == item)
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

        // Newest first: this grain's entries, then the archive pages (each older than the last), scanned in one
        // decreasing order of position, so that a page archived during the read is never read twice.
        var pages = feed.State.ArchivedPages;
        var bound = cursor ?? (long.MaxValue, long.MaxValue);
        bool Take(IReadOnlyList<FeedEntry> entries)
        {
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                var entry = entries[i];
                if (entry.Position.CompareTo(bound) >= 0)
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
                    return true;
                }

                bound = entry.Position;
                edges.Add(new FeedEdge(Feed.Cursors.Encode(entry.Position.Ticks, entry.Position.Sequence), item));
            }

            return false;
        }

        var done = Take(feed.State.Entries);
        for (var n = pages - 1; !done && n >= 0; n--)
        {
            done = Take(await Page(n).GetEntries());
        }

        return new FeedPage(edges, more);
    }

    public async Task<IReadOnlyList<FeedItem>> GetAll()
    {
        var recent = feed.State.Entries.Select(e => e.Item).ToList();
        var pages = await Task.WhenAll(Enumerable.Range(0, feed.State.ArchivedPages).Select(n => Page(n).GetEntries()));
        return [.. pages.SelectMany(p => p).Select(e => e.Item), .. recent];
    }

    public async Task Absorb(string absorbedId, string operationId)
    {
        // Idempotent without the operation id: an item already here (same id) is not taken twice.
        if (absorbedId == NeighbourhoodId)
        {
            return;
        }

        var all = await GrainFactory.GetGrain<IFeedGrain>(absorbedId).GetAll();
        var archived = await Task.WhenAll(Enumerable.Range(0, feed.State.ArchivedPages).Select(n => Page(n).GetEntries()));

        // Computed after the calls: other appends may have interleaved while they ran.
        var known = feed.State.Entries.Select(e => e.Item.Id).ToHashSet();
        known.UnionWith(archived.SelectMany(p => p).Select(e => e.Item.Id));
        var incoming = all.Where(i => known.Add(i.Id)).ToList();
        if (incoming.Count == 0)
        {
            return;
        }

        // Older items slot in at their creation time, but never below what is archived (pages stay older than this
        // state); anything newer than our top stays below it, so open cursors still hold.
        var top = feed.State.Entries.Count > 0 ? feed.State.Entries[^1].At : DateTimeOffset.MaxValue;
        var floor = feed.State.ArchivedUpTo ?? DateTimeOffset.MinValue;
        foreach (var item in incoming)
        {
            var at = item.CreatedAt < top ? item.CreatedAt : top;
            feed.State.Entries.Add(new FeedEntry(++feed.State.LastSequence, at < floor ? floor : at, item));
        }

        feed.State.Entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        await Save();
        await ArchiveFullPages();
    }

    /// <summary>The new half of a split keeps the whole timeline its members saw (SPEC §4: no post lost): the merge's copy.</summary>
    public Task TakeShare(string sourceId, string operationId) => Absorb(sourceId, operationId);

    /// <summary>Nothing to do: a timeline never closes (a merged-away id's items were copied, not moved).</summary>
    public Task Reopen() => Task.CompletedTask;

    /// <summary>
    /// Moves the oldest page out while this state holds two pages or more. The page is written first: should the save of
    /// this state fail, the entries are still here and the page is written again (same number) next time. Upkeep, not
    /// part of the change that called it: a failure is logged and tried again at the next change.
    /// </summary>
    private async Task ArchiveFullPages()
    {
        // Reentrant grain: one archiving at a time.
        if (_archiving)
        {
            return;
        }

        _archiving = true;
        try
        {
            while (feed.State.Entries.Count >= 2 * PageSize)
            {
                var size = PageSize;
                var sealedEntries = feed.State.Entries.GetRange(0, size);
                await Page(feed.State.ArchivedPages).Seal(sealedEntries);

                // An update or a merge may have changed the oldest entries during the write: seal again then.
                if (!feed.State.Entries.Take(size).SequenceEqual(sealedEntries))
                {
                    continue;
                }

                feed.State.Entries.RemoveRange(0, size);
                feed.State.PageSize = size;
                feed.State.ArchivedPages++;
                feed.State.ArchivedUpTo = sealedEntries[^1].At;
                var created = sealedEntries.Max(e => e.Item.CreatedAt);
                feed.State.ArchivedCreatedUpTo = feed.State.ArchivedCreatedUpTo is { } before && before > created ? before : created;
                await Save();
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not archive a page of the timeline of neighbourhood {Neighbourhood}", NeighbourhoodId);
        }
        finally
        {
            _archiving = false;
        }
    }

    /// <summary>
    /// Whether the timeline holds the item already, here or archived (a repeated append, e.g. an outbox's retry). Only an
    /// item created no later than the newest archived one is looked for in the pages; pages archived during the search
    /// are searched too.
    /// </summary>
    private async Task<bool> Holds(FeedItem item)
    {
        var searched = 0;
        while (true)
        {
            if (feed.State.Entries.Exists(e => e.Item.Id == item.Id))
            {
                return true;
            }

            var pages = feed.State.ArchivedPages;
            if (pages == searched || feed.State.ArchivedCreatedUpTo is not { } upTo || item.CreatedAt > upTo)
            {
                return false;
            }

            for (var n = pages - 1; n >= searched; n--)
            {
                if ((await Page(n).GetEntries()).Any(e => e.Item.Id == item.Id))
                {
                    return true;
                }
            }

            searched = pages;
        }
    }

    private IFeedArchivePageGrain Page(int number) => GrainFactory.GetGrain<IFeedArchivePageGrain>($"{NeighbourhoodId}/{number}");

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
