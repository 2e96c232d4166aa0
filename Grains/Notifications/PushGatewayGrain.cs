using Orleans.Concurrency;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// Sends a batch of push messages (one resident's, or a roster's for an alert) and reports the outcomes back in one
/// message to whoever handed the batch (see
/// <see cref="IPushGatewayGrain"/>). Reentrant: an activation keeps many batches in flight while push services answer.
/// </summary>
[StatelessWorker, Reentrant]
internal sealed class PushGatewayGrain(WebPushSender sender) : Grain, IPushGatewayGrain
{
    public async Task Send(string residentId, IReadOnlyList<WebPushDelivery> deliveries) =>
        await GrainFactory.GetGrain<Alerts.IResidentPushGrain>(residentId).Report(await SendAll(deliveries));

    public async Task SendForRoster(string neighbourhoodId, IReadOnlyList<WebPushDelivery> deliveries) =>
        await GrainFactory.GetGrain<Alerts.IPushRosterGrain>(neighbourhoodId).Report(await SendAll(deliveries));

    private async Task<List<PushOutcome>> SendAll(IReadOnlyList<WebPushDelivery> deliveries)
    {
        var results = await Task.WhenAll(deliveries.Select(d => sender.Send(d, CancellationToken.None)));
        return [.. deliveries.Select((d, i) => new PushOutcome(d.MessageId, d.DeviceId, results[i]))];
    }
}
