using Orleans.Concurrency;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// Sends Web Push requests (a stateless worker: local, as many activations as a silo needs, none seeing more than the
/// batch it is handed). Each batch is one resident's due messages; the outcome goes back to that resident's push grain,
/// which owns the outbox: a message leaves it only once a push service accepted it (at least once).
/// </summary>
public interface IPushGatewayGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Send(string residentId, IReadOnlyList<WebPushDelivery> deliveries);
}
