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
    /// Changes (resolved, hidden, raiser erased) after change number <paramref name="since"/>, oldest first, at most
    /// <paramref name="first"/>: each changed alert once, as it is now, stamped with the number of its latest change
    /// (<see cref="Alert.UpdateSequence"/>; hidden ones included, so that clients drop them). <see cref="AlertPage.LastSequence"/>
    /// is the last change number covered. The channel remembers the latest change of its
    /// <c>Voisinage:Alerts:UpdateLogSize</c> most recently changed alerts.
    /// </summary>
    [ReadOnly]
    Task<AlertPage> GetUpdatesSince(long since, int first);

    /// <summary>The last change number given out.</summary>
    [ReadOnly]
    Task<long> GetLastUpdateSequence();

    /// <summary>Where writes and readers go since a merge, or null.</summary>
    [ReadOnly]
    Task<string?> GetMovedTo();

    /// <summary>
    /// For a reader of <paramref name="absorbedId"/> (merged into this channel) whose last sequence there was
    /// <paramref name="since"/>: the number in this channel's numbering after which everything is new to that reader.
    /// </summary>
    [ReadOnly]
    Task<long> TranslateSince(string absorbedId, long since);

    /// <summary>
    /// This channel's last change number when the import of <paramref name="absorbedId"/> was done (its readers' changes
    /// continue after it), or null when that channel was not merged here.
    /// </summary>
    [ReadOnly]
    Task<long?> UpdatesFromOf(string absorbedId);

    /// <summary>
    /// <see cref="GetUpdatesSince"/> for a reader coming from merged-away channels: first the alerts changed there after
    /// its number (<paramref name="missedAlertIds"/>), each once as it is now here, unless this channel's log after
    /// <paramref name="since"/> holds a later change of it; then this channel's changes after <paramref name="since"/>.
    /// <see cref="AlertPage.LastSequence"/> is in this channel's numbering.
    /// </summary>
    [ReadOnly]
    Task<AlertPage> GetUpdatesSinceAbsorbed(IReadOnlyList<string> missedAlertIds, long since, int first);

    /// <summary>
    /// <see cref="GetSince"/> for a reader of <paramref name="absorbedId"/> (merged into this channel) at
    /// <paramref name="since"/> in the absorbed numbering: the alerts it has not seen, in this channel's numbering (the
    /// alerts both neighbourhoods held that it missed first), and <see cref="AlertPage.NeighbourhoodId"/> set to this channel.
    /// </summary>
    [ReadOnly]
    Task<AlertPage> GetSinceAbsorbed(string absorbedId, long since, int first);

    /// <summary>
    /// Merge, on the absorbed neighbourhood (called by the survivor's <see cref="INeighbourhoodPart.Absorb"/>): stops taking alerts,
    /// redirects writers to the survivor, and returns the whole history.
    /// </summary>
    Task<IReadOnlyList<Alert>> RedirectTo(string survivorId, string operationId);

    /// <summary>Tells the front-ends watching this (absorbed) neighbourhood of the move, so they re-attach their listeners.</summary>
    Task AnnounceMove(string survivorId, long resumeAfter, long resumeUpdatesAfter);

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
