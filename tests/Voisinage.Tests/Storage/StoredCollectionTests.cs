using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.TestingHost;
using Voisinage.Grains.Verification;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Storage;

/// <summary>
/// Grain state holding lists made by collection expressions is read back after a deactivation: the compiler's list types
/// are stored as lists, and states stored with their names before are read too.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class StoredCollectionTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task The_postcard_outbox_is_read_again_after_every_grain_was_deactivated()
    {
        var resident = await Neighbours.NewResident(Grains, (Neighbours.Lat, Neighbours.Lng));
        await resident.AsVerification().RequestPostcard("7 rue de Turenne, 75004 Paris");
        var outbox = Grains.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key);

        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Contains(await outbox.List(TestSettings.OperatorId, 1000), o => o.ResidentId == resident.Id());
    }

    [Fact]
    public void A_state_stored_with_a_compiler_list_type_name_reads_as_a_list()
    {
        var settings = ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services
            .GetRequiredService<IOptions<OrleansJsonSerializerOptions>>().Value.JsonSerializerSettings;
        var state = new PostcardOutboxState { Pending = [.. new[] { Order("a"), Order("b") }] };

        var json = JsonConvert.SerializeObject(state, settings);
        Assert.DoesNotContain("<>z__", json, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], JsonConvert.DeserializeObject<PostcardOutboxState>(json, settings)!.Pending.Select(o => o.OrderId));

        // As stored before: the synthesised name of the assembly that built the list.
        var legacy = json.Replace(
            "System.Collections.Generic.List`1[[Voisinage.Grains.Verification.PostcardOrder, Voisinage.Grains.Interfaces]], System.Private.CoreLib",
            "<>z__ReadOnlyList`1[[Voisinage.Grains.Verification.PostcardOrder, Voisinage.Grains.Interfaces]], Voisinage.Grains", StringComparison.Ordinal);
        Assert.NotEqual(json, legacy);
        Assert.Equal(["a", "b"], JsonConvert.DeserializeObject<PostcardOutboxState>(legacy, settings)!.Pending.Select(o => o.OrderId));
    }

    private static PostcardOrder Order(string id) => new(id, "r_" + id, "1 rue de Rivoli, 75004 Paris", "123456", DateTimeOffset.UnixEpoch);
}
