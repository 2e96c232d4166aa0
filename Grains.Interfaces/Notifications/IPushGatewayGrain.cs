using Orleans.Concurrency;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// Sends Web Push requests (a stateless worker: local, as many activations as a silo needs, none seeing more than the
/// batch it is handed). A batch is one resident's due messages, or a roster's pushes of one alert; the outcomes go back
/// to whoever sent the batch, which keeps the message until a push service accepted it (at least once).
/// </summary>
public interface IPushGatewayGrain : IGrainWithIntegerKey
{
    /// <summary>Most deliveries in one call: bounds one message's size whatever a backlog holds.</summary>
    const int MaxBatch = 50;

    [OneWay]
    Task Send(string residentId, IReadOnlyList<WebPushDelivery> deliveries);

    /// <summary>
    /// A neighbourhood roster's batch (many residents' devices for an alert); the outcomes go back to that roster in
    /// one message (<see cref="Alerts.IPushRosterGrain.Report"/>).
    /// </summary>
    [OneWay]
    Task SendForRoster(string neighbourhoodId, IReadOnlyList<WebPushDelivery> deliveries);
}
