using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Alerts;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
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

    [Fact]
    public async Task After_a_merge_the_absorbed_members_devices_receive_the_survivors_alerts()
    {
        var place = AlertPlaces.Fresh();
        var ring = H3.GridDisk(H3.LatLngToCell(new LatLng(place.Lat, place.Lng), Cells.BlockResolution), 1);
        var (a, b) = (AlertPlaces.Centre(ring[0]), AlertPlaces.Centre(ring[1]));
        var (aLead, aId) = await AlertPlaces.Found(Grains, a);
        await AlertPlaces.Join(Grains, a, aId);
        var (bLead, bId) = await AlertPlaces.Found(Grains, b);
        var push = Grains.GetGrain<IResidentPushGrain>(bLead.Id());
        await push.RegisterDevice(PushPlatform.Fcm, "fcm-" + Guid.NewGuid());

        var proposal = await bLead.AsMembership().ProposeMerge(aId);
        Assert.Equal(aId, await aLead.AsMembership().AcceptMerge(proposal.Id));

        // No re-registration: the survivor's roster took over the absorbed one's.
        var alert = await Grains.GetGrain<IResidentAlertsGrain>(aLead.Id()).Raise(new AlertDraft(AlertKind.Vigilance, "Démarcheurs", "", 0));
        await Eventually(async () => (await push.Peek(10)).Any(m => m.Alert?.Id == alert.Id));
        Assert.Contains(bLead.Id(), await Grains.GetGrain<IPushRosterGrain>(aId).GetResidents());
    }

    [Fact]
    public async Task Deleting_an_account_forgets_its_devices_and_erases_its_pseudo_from_its_alerts()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var push = Grains.GetGrain<IResidentPushGrain>(raiser.Id());
        await push.RegisterDevice(PushPlatform.WebPush, "web-" + Guid.NewGuid());
        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.LostAnimal, "Chien perdu", "Un beagle", 0));
        Assert.Single(await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).GetRaised(), a => a.Id == alert.Id);

        await raiser.DeleteAccount("a long password");

        Assert.Empty(await push.GetDevices());
        Assert.DoesNotContain(raiser.Id(), await Grains.GetGrain<IPushRosterGrain>(id).GetResidents());
        Assert.Empty(await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).GetRaised());
        var kept = Assert.Single((await Grains.GetGrain<INeighbourhoodAlertsGrain>(id).GetSince(0, 50)).Alerts, a => a.Id == alert.Id);
        Assert.Equal(Alert.ErasedPseudo, kept.RaiserPseudo);
        Assert.Equal(alert.Title, kept.Title);
        Assert.Equal(Alert.ErasedPseudo, (await Grains.GetGrain<IAlertGrain>(alert.Id).Get())!.RaiserPseudo);
        Assert.NotEqual(MemberRole.None, await Grains.GetGrain<INeighbourhoodGrain>(id).GetRole(member.Id()));
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
