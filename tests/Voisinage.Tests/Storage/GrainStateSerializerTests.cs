using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Storage;

/// <summary>Grain state is stored in the Orleans binary format; rows written as JSON by earlier versions still read.</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class GrainStateSerializerTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private IServiceProvider Services => ((InProcessSiloHandle)fixture.Cluster.Primary!).SiloHost.Services;

    /// <summary>Orleans' default grain storage serializer: what every row was written with before.</summary>
    private IGrainStorageSerializer LegacyJson => Services.GetRequiredService<IGrainStorageSerializer>();

    private GrainStateSerializer Serializer => new(Services.GetRequiredService<Serializer>(), LegacyJson);

    [Fact]
    public void A_state_round_trips_in_binary_behind_the_marker_and_is_smaller_than_JSON()
    {
        var state = Resident();

        var binary = Serializer.Serialize(state).ToArray();
        var json = LegacyJson.Serialize(state).ToArray();

        Assert.Equal([0x00, 0x01], binary[..2]);
        Assert.True(binary.Length * 2 < json.Length, $"binary {binary.Length} B, JSON {json.Length} B");
        AssertSameResident(state, Serializer.Deserialize<ResidentState>(new BinaryData(binary))!);
    }

    [Fact]
    public void Rows_written_as_JSON_by_earlier_versions_are_read()
    {
        var resident = Resident();
        var neighbourhood = new NeighbourhoodState
        {
            Name = "Quartier des Lilas",
            FoundedAt = At,
            Cells = ["891f854682bffff", "891f8546867ffff"],
            Members = new() { ["alice"] = "891f854682bffff", ["bob"] = "891f8546867ffff" },
            Leads = ["alice"],
            Pending = new PendingAnnex("891f8546b93ffff", "annex:1", "carol"),
        };

        AssertSameResident(resident, Serializer.Deserialize<ResidentState>(LegacyJson.Serialize(resident))!);
        var read = Serializer.Deserialize<NeighbourhoodState>(LegacyJson.Serialize(neighbourhood))!;
        Assert.Equal(neighbourhood.Name, read.Name);
        Assert.Equal(neighbourhood.Cells, read.Cells);
        Assert.Equal(neighbourhood.Members, read.Members);
        Assert.Equal(neighbourhood.Leads, read.Leads);
        Assert.Equal(neighbourhood.Pending, read.Pending);
    }

    [Fact]
    public void Collections_built_by_collection_expressions_serialize()
    {
        // Records hold IReadOnlyList<T> filled with [..] (compiler-chosen types): the binary format must take them.
        var state = Resident() with { Vouches = [new VouchReceived("carol", At)], CountingFixes = [At, At.AddDays(1), At.AddDays(2)] };

        var read = Serializer.Deserialize<ResidentState>(Serializer.Serialize(state))!;

        Assert.Equal(state.Vouches, read.Vouches);
        Assert.Equal(state.CountingFixes, read.CountingFixes);
    }

    private static ResidentState Resident() => new()
    {
        Pseudo = "Margot",
        Email = "margot@example.fr",
        CreatedAt = At,
        Verification = new Voisinage.Grains.Residents.Verification(VerificationStatus.Verified, VerificationMethod.Geolocation, At),
        HomeCell = "8a1f854682b7fff",
        TokenVersion = 3,
        // Concrete collections: a type the compiler synthesizes in this test assembly is not one a stored row can name.
        Vouches = new List<VouchReceived> { new("alice", At), new("bob", At.AddHours(1)) },
        CountingFixes = new List<DateTimeOffset> { At, At.AddDays(1) },
        Postcard = new PostcardState("order-1", "hash", [1, 2, 3], At, At.AddDays(30), 1, PostcardStatus.Pending),
    };

    private static void AssertSameResident(ResidentState expected, ResidentState actual)
    {
        Assert.Equal(expected.Pseudo, actual.Pseudo);
        Assert.Equal(expected.Email, actual.Email);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.Verification, actual.Verification);
        Assert.Equal(expected.HomeCell, actual.HomeCell);
        Assert.Equal(expected.TokenVersion, actual.TokenVersion);
        Assert.Equal(expected.Vouches, actual.Vouches);
        Assert.Equal(expected.CountingFixes, actual.CountingFixes);
        Assert.Equal(expected.Postcard!.OrderId, actual.Postcard!.OrderId);
        Assert.Equal(expected.Postcard.Salt, actual.Postcard.Salt);
        Assert.Equal(expected.Postcard.Status, actual.Postcard.Status);
    }
}
