using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// A front-end's alert feeds, told of each new alert by the channels it watches as soon as the alert is saved. This
/// is a shortcut beside the neighbourhood's stream, not a replacement: Orleans' stream agents pull their queues (a
/// polling period later), the stream still carries every event, and a feed keeps whichever copy of an alert arrives
/// first (by sequence). A watch that lapses or a push that is lost only makes delivery wait for the stream.
/// </summary>
public interface IAlertFeedObserver : IGrainObserver
{
    /// <summary>A new alert (with its sequence) of a watched neighbourhood.</summary>
    [OneWay]
    Task OnAlertRaised(Alert alert);
}
