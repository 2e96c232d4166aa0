using Orleans.Concurrency;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// Sends one resident's due push messages and reports each outcome back to that resident's push grain (see
/// <see cref="IPushGatewayGrain"/>). Reentrant: an activation keeps many batches in flight while push services answer.
/// </summary>
[StatelessWorker, Reentrant]
internal sealed class PushGatewayGrain(WebPushSender sender) : Grain, IPushGatewayGrain
{
    public async Task Send(string residentId, IReadOnlyList<WebPushDelivery> deliveries)
    {
        var results = await Task.WhenAll(deliveries.Select(d => sender.Send(d, CancellationToken.None)));
        var outcomes = deliveries.Select((d, i) => new PushOutcome(d.MessageId, d.DeviceId, results[i])).ToList();
        await GrainFactory.GetGrain<Alerts.IResidentPushGrain>(residentId).Report(outcomes);
    }
}
