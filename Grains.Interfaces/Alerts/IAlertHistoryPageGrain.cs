using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// A sealed page of a neighbourhood's alert history, keyed <c>{neighbourhoodId}/{page}</c>: the neighbourhood's channel
/// keeps only its recent alerts in its own state and moves older ones here a page at a time, so an append never rewrites
/// years of history. Pages call no grain.
/// </summary>
public interface IAlertHistoryPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page's alerts (their sequences make the page); writing the same page again replaces it.</summary>
    Task Seal(IReadOnlyList<Alert> alerts);

    /// <summary>Visible alerts after <paramref name="since"/>, at most <paramref name="first"/>, and the last sequence examined.</summary>
    [ReadOnly]
    Task<AlertPage> GetSince(long since, int first);

    /// <summary>The page's alerts, hidden ones included (a merge or split takes the whole history).</summary>
    [ReadOnly]
    Task<IReadOnlyList<Alert>> GetAll();

    /// <summary>The alert with this id, if the page holds it.</summary>
    [ReadOnly]
    Task<Alert?> Find(string alertId);

    /// <summary>Applies a change to the alert if the page holds it; the alert as it is now, or null.</summary>
    Task<Alert?> Apply(AlertChange change);
}
