using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// The alert channel of one neighbourhood, keyed by its id (a res-9 H3 cell): the numbered alert history and the
/// stream it publishes on. Besides its history pages, the timeline and the push roster (which call nothing back), it
/// calls only another neighbourhood's alerts grain during a merge import, and that one calls nothing back, so the alert
/// grains cannot deadlock.
/// </summary>
public interface INeighbourhoodAlertsGrain : IGrainWithStringKey
{
    /// <summary>Numbers and records an alert (idempotent by alert id) and publishes it; or says where the neighbourhood moved.</summary>
    Task<AlertWrite> Append(Alert alert);

    /// <summary>Applies a resolution or a hide to the local copy and publishes it; or says where the neighbourhood moved.</summary>
    Task<AlertWrite> Apply(AlertChange change);

    /// <summary>Visible alerts with a sequence after <paramref name="since"/>, at most <paramref name="first"/>.</summary>
    [ReadOnly]
    Task<AlertPage> GetSince(long since, int first);

    /// <summary>The last sequence number given out.</summary>
    [ReadOnly]
    Task<long> GetLastSequence();

    /// <summary>
    /// Merge, on the survivor: takes over the absorbed neighbourhood's alerts with fresh sequence numbers (an alert
    /// already here is not duplicated), then tells the absorbed one's live listeners to move here. Idempotent by
    /// <paramref name="operationId"/>; safe to repeat after a failure.
    /// </summary>
    Task ImportFrom(string absorbedNeighbourhoodId, string operationId);

    /// <summary>
    /// Merge, on the absorbed neighbourhood (called by the survivor's <see cref="ImportFrom"/>): stops taking alerts,
    /// redirects writers to the survivor, and returns the whole history.
    /// </summary>
    Task<IReadOnlyList<Alert>> RedirectTo(string survivorId, string operationId);

    /// <summary>
    /// Split, on the new half: copies the history of the neighbourhood it came from (whose members include this one's),
    /// with fresh sequence numbers; an alert already here is not copied twice. The source keeps its history.
    /// </summary>
    Task CopyFrom(string sourceNeighbourhoodId);

    /// <summary>
    /// A neighbourhood starts again under this id (founded anew on the block of one merged away, or the new half of a
    /// split taking over an alias): the channel takes alerts again. Its numbering goes on; what it held stays readable.
    /// </summary>
    Task Reopen();

    /// <summary>Publishes the move on this (absorbed) neighbourhood's stream, so front-ends re-attach their listeners.</summary>
    Task AnnounceMove(string survivorId, long resumeAfter);

    /// <summary>
    /// Pushes new alerts to <paramref name="feed"/> as well as publishing them, for <c>Voisinage:Alerts:WatchLifetime</c>
    /// (2 minutes): a front-end renews its watch while it has listeners here. Kept in memory only: lost with the
    /// activation, renewed at the front-end's next resync.
    /// </summary>
    Task Watch(IAlertFeedObserver feed);

    /// <summary>Stops pushing to <paramref name="feed"/> (its last local listener left).</summary>
    Task Unwatch(IAlertFeedObserver feed);
}
