namespace Voisinage.Grains.Alerts;

/// <summary>Limits of the alert domain (SPEC §5), section <c>Voisinage:Alerts</c>.</summary>
public sealed class AlertOptions
{
    public const string Section = "Voisinage:Alerts";

    /// <summary>Alerts one resident may raise per <see cref="RaiseWindow"/>.</summary>
    public int MaxRaisesPerWindow { get; set; } = 3;

    public TimeSpan RaiseWindow { get; set; } = TimeSpan.FromHours(1);

    public int MaxRadiusMeters { get; set; } = 3000;

    public int TitleMaxLength { get; set; } = 120;

    public int BodyMaxLength { get; set; } = 2000;

    /// <summary>
    /// Alerts per sealed page of a neighbourhood's history: the channel keeps fewer than twice this many in its own state
    /// (rewritten at each append) and moves the oldest page out when it reaches twice.
    /// </summary>
    public int HistoryPageSize { get; set; } = 100;

    /// <summary>
    /// Alerts whose latest change (resolved, hidden, raiser erased) a channel remembers for <c>alertUpdated(since)</c> and
    /// <c>CatchUpUpdates</c>: a client further behind gets the changes of these and reads <c>alerts</c> for the rest.
    /// </summary>
    public int UpdateLogSize { get; set; } = 500;

    /// <summary>
    /// How long a front-end's <c>Watch</c> of a channel lasts unless renewed (front-ends renew at each resync,
    /// <c>Voisinage:AlertFeeds:ResyncInterval</c>, 30 s by default). A lapsed watch stops live delivery to that front-end
    /// until its next resync, which renews it and reads what was missed from the history.
    /// </summary>
    public TimeSpan WatchLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
