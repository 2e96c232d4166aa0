using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// A front-end's alert feeds: the one live delivery path of alerts (docs/alerts.md). Each channel it watches calls it,
/// one-way, with every event as soon as the event is saved: new alerts (numbered), changes, and the move of a merged
/// neighbourhood. Delivery is best effort and recovered by sequence: a feed that sees a sequence jump, or finds more
/// in the history at its periodic resync (which also renews its watches), reads what it missed from the history.
/// </summary>
public interface IAlertFeedObserver : IGrainObserver
{
    /// <summary>An event of the watched channel <paramref name="neighbourhoodId"/>.</summary>
    [OneWay]
    Task OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent);
}
