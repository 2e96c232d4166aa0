using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Feed;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// A neighbourhood's alert channel. Sequence numbers come from the persisted history, so they survive restarts and
/// never repeat; an event is sent to the watching front-ends (the one live path, <see cref="IAlertFeedObserver"/>)
/// only after it is saved, so whatever a front-end missed is in the history. Only recent alerts stay in this grain's state; older ones move to
/// sealed pages (<see cref="IAlertHistoryPageGrain"/>) a page at a time, so an append never rewrites years of history.
/// </summary>
internal sealed class NeighbourhoodAlertsGrain(
    [PersistentState("alerts", StorageNames.Voisinage)] IPersistentState<NeighbourhoodAlertsState> state,
    IOptions<AlertOptions> options,
    TimeProvider clock,
    ILogger<NeighbourhoodAlertsGrain> logger) : Grain, INeighbourhoodAlertsGrain
{
    private const int MaxPage = 500;

    /// <summary>Front-ends watching this channel (one feed each, whatever their number of clients), until when.</summary>
    private readonly Dictionary<IAlertFeedObserver, DateTimeOffset> _watchers = [];

    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    private NeighbourhoodAlertsState State => state.State;

    private string Id => this.GetPrimaryKeyString();

    private long LastSequence => State.ArchivedCount + State.Alerts.Count;

    private int PageSize => State.PageSize > 0 ? State.PageSize : Math.Max(1, options.Value.HistoryPageSize);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IndexRecent();
        return Task.CompletedTask;
    }

    public async Task<AlertWrite> Append(Alert alert)
    {
        if (_indexById.TryGetValue(alert.Id, out var existing))
        {
            // A retry after a failure past the save: its pushes may not be in the outbox yet (a no-op if they are).
            await GrainFactory.GetGrain<IPushRosterGrain>(Id).Enqueue(State.Alerts[existing]);
            return new AlertWrite(State.Alerts[existing], null);
        }

        if (State.MovedTo is { } movedTo)
        {
            return new AlertWrite(null, movedTo);
        }

        // A retried delivery of an alert old enough to have been archived since: it is there already.
        if (State.ArchivedUpTo is { } upTo && alert.RaisedAt <= upTo && await FindArchived(alert.Id) is { } archived)
        {
            return new AlertWrite(archived, null);
        }

        var numbered = await AppendRange([alert]);
        Publish(new AlertEvent(AlertEventKind.Raised, numbered[0], null, 0));

        // The neighbourhood timeline shows alerts beside posts and listings (after the live delivery, not before), and
        // one write in the neighbourhood's push outbox before the raise is answered; the pushes go out from there. Side
        // by side: neither waits for the other's write, and the pushes leave one write sooner.
        await Task.WhenAll(
            GrainFactory.GetGrain<IFeedGrain>(Id).Append(ToFeedItem(numbered[0])),
            GrainFactory.GetGrain<IPushRosterGrain>(Id).Enqueue(numbered[0]));
        await ArchiveFullPages();
        return new AlertWrite(numbered[0], null);
    }

    public async Task<AlertWrite> Apply(AlertChange change)
    {
        if (!_indexById.TryGetValue(change.AlertId, out var index))
        {
            if (await ApplyArchived(change) is { } archived)
            {
                return Written(archived);
            }

            return State.MovedTo is { } movedTo
                ? new AlertWrite(null, movedTo)
                : throw VoisinageException.NotFound("This neighbourhood holds no such alert.");
        }

        var current = State.Alerts[index];
        var changed = AlertChanges.ApplyTo(current, change);
        if (changed != current)
        {
            var alerts = State.Alerts.ToList();
            alerts[index] = changed;
            state.State = State with { Alerts = alerts };
            var number = NoteUpdate(changed.Id);
            await WriteOrDeactivate();

            // The copy kept here has no change number (it would change at each change); the one handed out has.
            changed = changed with { UpdateSequence = number };
            await Changed(changed);
        }

        return Written(changed);
    }

    public async Task<AlertPage> GetSince(long since, int first)
    {
        first = Math.Clamp(first, 1, MaxPage);
        since = Math.Clamp(since, 0, LastSequence);
        if (since < State.ArchivedCount)
        {
            // One sealed page per call: the caller goes on from LastSequence.
            var sealedPage = await Page(since / PageSize).GetSince(since, first);
            return new AlertPage(sealedPage.Alerts, sealedPage.LastSequence, sealedPage.LastSequence < LastSequence, State.MovedTo);
        }

        var start = (int)(since - State.ArchivedCount);
        var page = new List<Alert>(Math.Min(first, State.Alerts.Count - start));
        var last = start;
        for (var i = start; i < State.Alerts.Count && page.Count < first; i++)
        {
            last = i + 1;
            if (!State.Alerts[i].Hidden)
            {
                page.Add(State.Alerts[i]);
            }
        }

        return new AlertPage(page, State.ArchivedCount + last, last < State.Alerts.Count, State.MovedTo);
    }

    public Task<long> GetLastSequence() => Task.FromResult(LastSequence);

    public Task<long> GetLastUpdateSequence() => Task.FromResult(State.LastUpdate);

    public Task<string?> GetMovedTo() => Task.FromResult(State.MovedTo);

    public async Task<AlertPage> GetUpdatesSince(long since, int first)
    {
        first = Math.Clamp(first, 1, MaxPage);
        since = Math.Clamp(since, 0, State.LastUpdate);
        var marks = State.Updates.Where(m => m.Sequence > since).Take(first + 1).ToList();
        var hasMore = marks.Count > first;
        if (hasMore)
        {
            marks.RemoveAt(first);
        }

        var alerts = new List<Alert>(marks.Count);
        foreach (var mark in marks)
        {
            if (await Find(mark.AlertId) is { } alert)
            {
                alerts.Add(alert with { UpdateSequence = mark.Sequence });
            }
        }

        var last = hasMore ? marks[^1].Sequence : State.LastUpdate;
        return new AlertPage(alerts, last, hasMore, State.MovedTo) { NeighbourhoodId = Id };
    }

    public Task<long?> UpdatesFromOf(string absorbedId) =>
        Task.FromResult(State.Imports.Values.LastOrDefault(i => i.Done && i.AbsorbedId == absorbedId)?.UpdatesFrom);

    public async Task<AlertPage> GetUpdatesSinceAbsorbed(IReadOnlyList<string> missedAlertIds, long since, int first)
    {
        since = Math.Clamp(since, 0, State.LastUpdate);
        var laterHere = State.Updates.Where(m => m.Sequence > since).Select(m => m.AlertId).ToHashSet(StringComparer.Ordinal);
        var missed = new List<Alert>();
        foreach (var alertId in missedAlertIds.Distinct(StringComparer.Ordinal).Where(id => !laterHere.Contains(id)))
        {
            // As it is now here, stamped with the number the reader continues after (it is older than every later change).
            if (await Find(alertId) is { } alert)
            {
                missed.Add(alert with { UpdateSequence = since });
            }
        }

        var page = await GetUpdatesSince(since, Math.Max(1, first - missed.Count));
        return page with { Alerts = [.. missed, .. page.Alerts] };
    }

    public Task<long> TranslateSince(string absorbedId, long since) => Task.FromResult(Translate(absorbedId, since).From);

    public async Task<AlertPage> GetSinceAbsorbed(string absorbedId, long since, int first)
    {
        var (from, missedShared) = Translate(absorbedId, since);
        var shared = new List<Alert>();
        foreach (var alert in missedShared)
        {
            if (await Find(alert.AlertId) is { Hidden: false } found)
            {
                shared.Add(found);
            }
        }

        var page = await GetSince(from, Math.Max(1, first - shared.Count));
        return page with { Alerts = [.. shared, .. page.Alerts], NeighbourhoodId = Id };
    }

    /// <summary>
    /// Maps a sequence of an absorbed channel onto this one. The import appended the absorbed history after
    /// <see cref="AlertImport.ImportedFrom"/> in its order, minus the alerts this channel held already; those (numbered
    /// here before the import) are returned apart when the reader has not seen them.
    /// </summary>
    private (long From, IReadOnlyList<SharedAlert> MissedShared) Translate(string absorbedId, long since)
    {
        var import = State.Imports.Values.LastOrDefault(i => i.Done && i.AbsorbedId == absorbedId);
        if (import is null)
        {
            // Not merged here: everything this channel holds is new to that reader (late, never lost).
            return (0, []);
        }

        var seen = Math.Clamp(since, 0, import.AbsorbedLast);
        var shared = import.Shared ?? [];
        var sharedSeen = shared.Count(x => x.AbsorbedSequence <= seen);
        return (import.ImportedFrom + seen - sharedSeen, [.. shared.Where(x => x.AbsorbedSequence > seen)]);
    }

    /// <summary>A copy of an alert held here, recent or archived.</summary>
    private async Task<Alert?> Find(string alertId) =>
        _indexById.TryGetValue(alertId, out var index) ? State.Alerts[index] : await FindArchived(alertId);

    /// <summary>Gives the next change number to an alert's change (in memory: the caller saves).</summary>
    private long NoteUpdate(string alertId)
    {
        var number = State.LastUpdate + 1;
        var marks = State.Updates.Where(m => m.AlertId != alertId).ToList();
        marks.Add(new AlertUpdateMark(number, alertId));
        var size = Math.Max(1, options.Value.UpdateLogSize);
        if (marks.Count > size)
        {
            marks.RemoveRange(0, marks.Count - size);
        }

        state.State = State with { LastUpdate = number, Updates = marks };
        return number;
    }

    public async Task Absorb(string absorbedId, string operationId)
    {
        if (absorbedId == Id)
        {
            throw VoisinageException.BadInput("A neighbourhood cannot absorb itself.");
        }

        if (State.Imports.TryGetValue(operationId, out var import) && import.Done)
        {
            return;
        }

        if (import is null)
        {
            // Recorded first: a retry after a failure replays from the same point for the moved listeners.
            import = new AlertImport(absorbedId, LastSequence, false);
            state.State = State with { Imports = new Dictionary<string, AlertImport>(State.Imports) { [operationId] = import } };
            await WriteOrDeactivate();
        }

        var absorbed = GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(absorbedId);
        var history = await absorbed.RedirectTo(Id, operationId);

        // Push recipients follow their neighbourhood too (idempotent, before the import is marked done so that a retry
        // redoes it; the roster drops non-members at their next delivery).
        await GrainFactory.GetGrain<IPushRosterGrain>(Id).AddFrom(absorbedId);

        var importedFrom = LastSequence;
        var (missing, shared) = await Missing(history);
        var numbered = missing.Count > 0 ? await AppendRange(missing, save: false) : [];
        import = import with
        {
            Done = true,
            AbsorbedLast = history.Count == 0 ? 0 : history.Max(a => a.Sequence),
            ImportedFrom = importedFrom,
            Shared = shared,
            UpdatesFrom = State.LastUpdate,
        };
        state.State = State with { Imports = new Dictionary<string, AlertImport>(State.Imports) { [operationId] = import } };
        await WriteOrDeactivate();
        foreach (var alert in numbered)
        {
            Publish(new AlertEvent(AlertEventKind.Raised, alert, null, 0));
        }

        await absorbed.AnnounceMove(Id, import.ResumeAfter, import.UpdatesFrom);
        await ArchiveFullPages();
    }

    public async Task Reopen()
    {
        if (State.MovedTo is not null)
        {
            state.State = State with { MovedTo = null, MoveOperationId = null };
            await WriteOrDeactivate();
        }
    }

    public async Task TakeShare(string sourceId, string operationId)
    {
        // The half may take over an id merged away before: its channel takes alerts again. Copies are idempotent by
        // alert id, so the operation id is not needed to repeat this safely.
        await Reopen();
        var source = GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(sourceId);
        var history = new List<Alert>();
        for (long since = 0; ;)
        {
            var page = await source.GetSince(since, MaxPage);
            history.AddRange(page.Alerts);
            if (!page.HasMore || page.LastSequence <= since)
            {
                break;
            }

            since = page.LastSequence;
        }

        // Nobody listens to a half that is not open yet: the copies are recorded, not published.
        var (missing, _) = await Missing(history);
        if (missing.Count > 0)
        {
            await AppendRange(missing);
            await ArchiveFullPages();
        }

        // The half's members are on the source's push roster; those who stay there are dropped here at their first delivery.
        await GrainFactory.GetGrain<IPushRosterGrain>(Id).AddFrom(sourceId);
    }

    public async Task<IReadOnlyList<Alert>> RedirectTo(string survivorId, string operationId)
    {
        if (State.MovedTo is { } movedTo && movedTo != survivorId)
        {
            throw VoisinageException.Conflict($"This neighbourhood's alerts already moved to {movedTo}.");
        }

        if (State.MovedTo is null)
        {
            state.State = State with { MovedTo = survivorId, MoveOperationId = operationId };
            await WriteOrDeactivate();
        }

        return [.. await Archived(), .. State.Alerts];
    }

    public Task AnnounceMove(string survivorId, long resumeAfter, long resumeUpdatesAfter)
    {
        Publish(new AlertEvent(AlertEventKind.Moved, null, survivorId, resumeAfter, resumeUpdatesAfter));
        return Task.CompletedTask;
    }

    /// <summary>Numbers alerts after the last sequence and saves them (unless the caller saves later).</summary>
    private async Task<IReadOnlyList<Alert>> AppendRange(IReadOnlyList<Alert> alerts, bool save = true)
    {
        var numbered = alerts.Select((a, i) => a with { NeighbourhoodId = Id, Sequence = LastSequence + i + 1 }).ToList();
        state.State = State with { Alerts = [.. State.Alerts, .. numbered], PageSize = PageSize };
        foreach (var alert in numbered)
        {
            _indexById[alert.Id] = (int)(alert.Sequence - State.ArchivedCount) - 1;
        }

        if (save)
        {
            await WriteOrDeactivate();
        }

        return numbered;
    }

    /// <summary>
    /// Moves the oldest page out while the recent history holds two pages or more. The page is written first: should the
    /// save of our state fail, the recent history still holds those alerts and the page is written again next time.
    /// </summary>
    private async Task ArchiveFullPages()
    {
        try
        {
            await ArchivePages();
        }
        catch (Exception ex)
        {
            // Upkeep, not part of the write that called it: the next append tries again.
            logger.LogWarning(ex, "Could not archive a page of the alerts of neighbourhood {Neighbourhood}", Id);
        }
    }

    private async Task ArchivePages()
    {
        while (State.Alerts.Count >= 2 * PageSize)
        {
            var sealedAlerts = State.Alerts.GetRange(0, PageSize);
            await Page(State.ArchivedCount / PageSize).Seal(sealedAlerts);
            var upTo = sealedAlerts.Max(a => a.RaisedAt);
            state.State = State with
            {
                Alerts = State.Alerts.GetRange(PageSize, State.Alerts.Count - PageSize),
                ArchivedCount = State.ArchivedCount + PageSize,
                ArchivedUpTo = State.ArchivedUpTo is { } before && before > upTo ? before : upTo,
            };
            IndexRecent();
            await WriteOrDeactivate();
        }
    }

    private void IndexRecent()
    {
        _indexById.Clear();
        for (var i = 0; i < State.Alerts.Count; i++)
        {
            _indexById[State.Alerts[i].Id] = i;
        }
    }

    private IAlertHistoryPageGrain Page(long number) => GrainFactory.GetGrain<IAlertHistoryPageGrain>($"{Id}/{number}");

    private IEnumerable<IAlertHistoryPageGrain> Pages() =>
        Enumerable.Range(0, (int)(State.ArchivedCount / PageSize)).Select(n => Page(n));

    /// <summary>The whole archived history, in sequence order (merges and splits, which are rare, read it all).</summary>
    private async Task<List<Alert>> Archived()
    {
        var pages = await Task.WhenAll(Pages().Select(p => p.GetAll()));
        return [.. pages.SelectMany(p => p)];
    }

    /// <summary>
    /// Alerts of another history that this one holds neither recently nor in its pages, and those it holds (with both
    /// numbers, so that a reader of the other numbering finds them after a merge).
    /// </summary>
    private async Task<(List<Alert> Missing, List<SharedAlert> Shared)> Missing(IReadOnlyList<Alert> history)
    {
        var known = State.Alerts.ToDictionary(a => a.Id, a => a.Sequence, StringComparer.Ordinal);
        if (State.ArchivedCount > 0)
        {
            foreach (var archived in await Archived())
            {
                known[archived.Id] = archived.Sequence;
            }
        }

        var missing = new List<Alert>();
        var shared = new List<SharedAlert>();
        foreach (var alert in history)
        {
            if (known.TryGetValue(alert.Id, out var here))
            {
                shared.Add(new SharedAlert(alert.Sequence, here, alert.Id));
            }
            else
            {
                known[alert.Id] = 0;
                missing.Add(alert);
            }
        }

        return (missing, shared);
    }

    private async Task<Alert?> FindArchived(string alertId)
    {
        // Newest pages first: a retried delivery is recent.
        foreach (var page in Pages().Reverse())
        {
            if (await page.Find(alertId) is { } alert)
            {
                return alert;
            }
        }

        return null;
    }

    /// <summary>A change to an archived alert (resolved, hidden or its raiser erased long after): applied in its page.</summary>
    private async Task<Alert?> ApplyArchived(AlertChange change)
    {
        foreach (var page in Pages().Reverse())
        {
            var before = await page.Find(change.AlertId);
            if (before is null)
            {
                continue;
            }

            // Numbered and saved before the page changes: a failure in between replays the alert unchanged (harmless),
            // never a change without its number.
            var number = AlertChanges.ApplyTo(before, change) != before ? NoteUpdate(before.Id) : 0;
            if (number > 0)
            {
                await WriteOrDeactivate();
            }

            var after = await page.Apply(change) ?? before;
            if (after != before)
            {
                after = after with { UpdateSequence = number };
                await Changed(after);
            }

            return after;
        }

        return null;
    }

    /// <summary>Once moved, the survivor holds the live copy too: the writer follows there.</summary>
    private AlertWrite Written(Alert alert) => State.MovedTo is { } moved ? new AlertWrite(null, moved) : new AlertWrite(alert, null);

    /// <summary>Tells listeners and the timeline that an alert changed.</summary>
    private async Task Changed(Alert changed)
    {
        Publish(new AlertEvent(AlertEventKind.Updated, changed, null, 0));
        await GrainFactory.GetGrain<IFeedGrain>(Id).Update(ToFeedItem(changed));
    }

    /// <summary>Saves, or drops the activation so that unsaved in-memory changes never answer a later call.</summary>
    private async Task WriteOrDeactivate()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    public Task<long> Watch(IAlertFeedObserver feed)
    {
        var lifetime = options.Value.WatchLifetime;
        _watchers[feed] = clock.GetUtcNow() + lifetime;

        // Watches live in this activation's memory: idle collection must not drop them while they last.
        DelayDeactivation(lifetime);
        return Task.FromResult(LastSequence);
    }

    public Task Unwatch(IAlertFeedObserver feed)
    {
        _watchers.Remove(feed);
        return Task.CompletedTask;
    }

    /// <summary>
    /// One-way calls to the watching front-ends, made after the save: nothing waits for them, and a lost one is found by
    /// sequence in the history (the feed's gap fill and resync, docs/alerts.md).
    /// </summary>
    private void Publish(AlertEvent alertEvent)
    {
        var now = clock.GetUtcNow();
        List<IAlertFeedObserver>? lapsed = null;
        foreach (var (feed, until) in _watchers)
        {
            if (until < now)
            {
                (lapsed ??= []).Add(feed);
                continue;
            }

            try
            {
                _ = feed.OnAlertEvent(Id, alertEvent);
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Could not send alert event {Kind} of {Neighbourhood} to a front-end", alertEvent.Kind, Id);
            }
        }

        foreach (var feed in lapsed ?? [])
        {
            _watchers.Remove(feed);
        }
    }

    private FeedItem ToFeedItem(Alert alert) => new(
        alert.Id,
        FeedItemType.Alert,
        Id,
        alert.RaiserId,
        alert.Title,
        alert.Body.Length > 280 ? alert.Body[..280] : alert.Body,
        alert.RaisedAt,
        Status: alert.Resolved ? "RESOLVED" : "OPEN",
        Hidden: alert.Hidden);
}
