using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Accounts;

/// <summary>
/// The resident grain shows callers small faces (account, verification, membership, sessions) but stays one grain: one
/// grain type named after the class, one activation per resident and one stored state, so existing rows keep working
/// and a closure, a verification and a membership change still write one record together.
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ResidentFacesTests(ChaosClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Every_face_with_the_same_key_reaches_the_one_resident_grain()
    {
        var id = (await Neighbours.NewResident(Grains)).Id();
        IAddressable[] faces =
        [
            Grains.GetGrain<IResidentAccountGrain>(id),
            Grains.GetGrain<IResidentVerificationGrain>(id),
            Grains.GetGrain<IResidentMembershipGrain>(id),
            Grains.GetGrain<IResidentSessionsGrain>(id),
        ];

        // The grain type the rows and the closure reminder are keyed by ("resident", from the class name) is unchanged.
        var grainId = GrainId.Create("resident", id);
        Assert.All(faces, face => Assert.Equal(grainId, face.GetGrainId()));
        Assert.True(SharedStorage.Stores("resident", grainId));
    }

    [Fact]
    public async Task A_change_made_through_one_face_is_seen_through_the_others_in_the_same_activation()
    {
        // Registration activated the grain through the account face (Create); the others reach that activation.
        var id = (await Neighbours.NewResident(Grains)).Id();
        var account = Grains.GetGrain<IResidentAccountGrain>(id);
        var verification = Grains.GetGrain<IResidentVerificationGrain>(id);
        var membership = Grains.GetGrain<IResidentMembershipGrain>(id);
        var sessions = Grains.GetGrain<IResidentSessionsGrain>(id);
        var version = await account.GetTokenVersion();
        Assert.NotNull(version);
        Assert.True(await sessions.IsTokenValid(version.Value, null));
        Assert.Null((await account.GetProfile())!.HomeCell);

        // Set through the verification face, read through the account and membership faces: a second activation of
        // another grain type would still hold the state it read before the change.
        var home = await verification.SetHome(Neighbours.Lat, Neighbours.Lng);
        Assert.NotNull(home.HomeCell);
        Assert.Equal(home.HomeCell, (await account.GetProfile())!.HomeCell);
        Assert.Equal(home.HomeCell, (await membership.GetStanding()).Profile!.HomeCell);

        // Revoked through the account face, refused through the sessions face.
        var revoked = await account.RevokeTokens();
        Assert.Equal(version + 1, revoked.TokenVersion);
        Assert.False(await sessions.IsTokenValid(version.Value, null));
        Assert.True(await sessions.IsTokenValid(revoked.TokenVersion, null));

        // And all of it ran in one activation of one grain.
        var activations = await Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var resident = Assert.Single(activations, a => a.GrainId == GrainId.Create("resident", id));
        Assert.Equal(typeof(ResidentGrain).FullName, resident.GrainType.Split(',')[0]);
    }
}
