using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Accounts;

/// <summary>
/// A resident's live streams are keyed by a random stream key, not their id: made once and saved, their own, and
/// erased by the account closure (so the stream pub-sub rows Orleans keeps name nobody afterwards).
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ResidentStreamKeyTests(ChaosClusterFixture fixture)
{
    private const string StateName = "stream-key";

    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Each_resident_has_their_own_random_key_saved_and_kept_across_deactivations()
    {
        var first = await Neighbours.NewResident(Grains);
        var second = await Neighbours.NewResident(Grains);
        var firstKey = await Grains.GetGrain<IResidentStreamKeyGrain>(first.Id()).Key();
        var secondKey = await Grains.GetGrain<IResidentStreamKeyGrain>(second.Id()).Key();

        // 128 random bits, base64url: nothing of the id in it, and two residents never share one.
        Assert.NotNull(firstKey);
        Assert.NotNull(secondKey);
        Assert.NotEqual(firstKey, secondKey);
        Assert.Equal(16, System.Buffers.Text.Base64Url.DecodeFromChars(firstKey).Length);
        Assert.DoesNotContain(first.Id(), firstKey, StringComparison.Ordinal);
        Assert.True(SharedStorage.Stores(StateName, GrainId.Create("residentstreamkey", first.Id())));

        // A new activation reads the saved key: open subscriptions and publishers keep meeting on the same stream.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(firstKey, await Grains.GetGrain<IResidentStreamKeyGrain>(first.Id()).Key());
        Assert.Equal(secondKey, await Grains.GetGrain<IResidentStreamKeyGrain>(second.Id()).Key());
    }

    [Fact]
    public async Task The_closure_erases_the_key_and_none_is_made_again()
    {
        var resident = await Neighbours.NewResident(Grains);
        var keys = Grains.GetGrain<IResidentStreamKeyGrain>(resident.Id());
        Assert.NotNull(await keys.Key());

        await resident.DeleteAccount("a long password");

        // The row is deleted, not left empty; asked again (by a late publisher or subscriber), nothing is made.
        var row = GrainId.Create("residentstreamkey", resident.Id());
        Assert.False(SharedStorage.Stores(StateName, row));
        Assert.Null(await keys.Key());
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Null(await keys.Key());
        Assert.False(SharedStorage.Stores(StateName, row));
    }

    [Fact]
    public async Task A_publisher_makes_no_key_only_a_subscriber_does()
    {
        var resident = await Neighbours.NewResident(Grains);
        var keys = Grains.GetGrain<IResidentStreamKeyGrain>(resident.Id());
        var row = GrainId.Create("residentstreamkey", resident.Id());

        // A notification while nobody listens (a commune's fan-out to 50,000, most of them offline): no key, no row.
        await Grains.GetGrain<Voisinage.Grains.Listings.INotificationInboxGrain>(resident.Id())
            .Add(new Voisinage.Grains.Listings.Notification("key-n1", "ANNOUNCEMENT", null, "Travaux rue des Lilas", DateTimeOffset.UnixEpoch));
        Assert.Null(await keys.Known());
        Assert.False(SharedStorage.Stores(StateName, row));

        // The first subscription makes it; publishers then find the same one.
        var key = await keys.Key();
        Assert.NotNull(key);
        Assert.Equal(key, await keys.Known());
        Assert.True(SharedStorage.Stores(StateName, row));
    }

    [Fact]
    public async Task No_key_is_made_for_an_id_without_an_account()
    {
        var nobody = ResidentIds.New();
        Assert.Null(await Grains.GetGrain<IResidentStreamKeyGrain>(nobody).Key());
        Assert.False(SharedStorage.Stores(StateName, GrainId.Create("residentstreamkey", nobody)));
    }
}
