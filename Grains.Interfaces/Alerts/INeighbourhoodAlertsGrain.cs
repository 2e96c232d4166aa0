using Orleans.Concurrency;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// The alert channel of one neighbourhood, keyed by its id (a res-9 H3 cell): the numbered alert history and the
/// stream it publishes on. Besides its history pages, the timeline and the push roster (which call nothing back), it
/// calls only another neighbourhood's alerts grain during a merge import, and that one calls nothing back, so the alert
/// grains cannot deadlock.
/// As a part of its neighbourhood (<see cref="INeighbourhoodPart"/>): on a merge the survivor takes over the absorbed
/// one's alerts with fresh sequence numbers (an alert already here is not duplicated) and the absorbed one's live
/// listeners are told to move; the new half of a split reopens and copies the history of the one it came from (which
/// keeps it); a neighbourhood founded again on a merged-away id reopens its channel, whose numbering goes on.
/// </summary>
public interface INeighbourhoodAlertsGrain : INeighbourhoodPart
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
    /// Merge, on the absorbed neighbourhood (called by the survivor's <see cref="INeighbourhoodPart.Absorb"/>): stops taking alerts,
    /// redirects writers to the survivor, and returns the whole history.
    /// </summary>
    Task<IReadOnlyList<Alert>> RedirectTo(string survivorId, string operationId);

    /// <summary>Tells the front-ends watching this (absorbed) neighbourhood of the move, so they re-attach their listeners.</summary>
    Task AnnounceMove(string survivorId, long resumeAfter);

    /// <summary>
    /// Sends every later event of this channel to <paramref name="feed"/> for <c>Voisinage:Alerts:WatchLifetime</c>
    /// (2 minutes; the channel stays active meanwhile): a front-end renews its watch while it has listeners here. Kept in
    /// memory only: lost with the silo, renewed at the front-end's next resync, which also reads what was missed.
    /// Answers the last sequence saved before the watch began: every later alert is sent to the feed.
    /// </summary>
    Task<long> Watch(IAlertFeedObserver feed);

    /// <summary>Stops pushing to <paramref name="feed"/> (its last local listener left).</summary>
    Task Unwatch(IAlertFeedObserver feed);
}
