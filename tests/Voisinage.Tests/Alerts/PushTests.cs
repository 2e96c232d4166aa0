using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Alerts;

[Collection(ClusterCollection.Name)]
public sealed class PushTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Every_delivered_alert_lands_in_each_device_outbox_until_the_gateway_acknowledges_it()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, a);
        var (_, far) = await AlertPlaces.Found(Grains, here.North(5000));
        var stranger = await AlertPlaces.Join(Grains, here.North(5000), far);
        var push = Grains.GetGrain<IResidentPushGrain>(member.Id());
        var phone = await push.RegisterDevice(PushPlatform.Fcm, "fcm-token-" + Guid.NewGuid());
        var again = await push.RegisterDevice(PushPlatform.Fcm, phone.Token);
        Assert.Equal(phone.Id, again.Id);
        var tablet = await push.RegisterDevice(PushPlatform.Apns, "apns-token-" + Guid.NewGuid());
        await Grains.GetGrain<IResidentPushGrain>(stranger.Id()).RegisterDevice(PushPlatform.WebPush, "web-" + Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<VoisinageException>(() => push.RegisterDevice(PushPlatform.Fcm, " "));
        Assert.Equal(ErrorCodes.BadUserInput, refused.Code);

        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Urgent, "Inondation", "", 0));
        var shard = Grains.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(member.Id()));
        await Eventually(async () => (await shard.List(TestSettings.OperatorId, 1000)).Contains(member.Id()));

        var pending = await push.Peek(100);
        Assert.Equal(new[] { phone.Id, tablet.Id }.Order(), pending.Select(m => m.DeviceId).Order());
        Assert.All(pending, m => Assert.Equal(alert, m.Alert));
        Assert.Empty(await Grains.GetGrain<IResidentPushGrain>(stranger.Id()).Peek(100));

        var forbidden = await Assert.ThrowsAsync<VoisinageException>(() => shard.List(member.Id(), 10));
        Assert.Equal(ErrorCodes.Forbidden, forbidden.Code);

        Assert.Equal(2, await push.Acknowledge([.. pending.Select(m => m.Id)]));
        Assert.Empty(await push.Peek(100));
        Assert.DoesNotContain(member.Id(), await shard.List(TestSettings.OperatorId, 1000));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(20);
        }
    }
}
