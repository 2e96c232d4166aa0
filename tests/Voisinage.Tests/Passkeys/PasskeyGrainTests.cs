using Voisinage.Grains;
using Voisinage.Grains.Passkeys;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Passkeys;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class PasskeyGrainTests(ClusterFixture fixture)
{
    private static int seed = 1000;

    private IGrainFactory Grains => fixture.Grains;

    private IPasskeySignInGrain SignIns => Grains.GetGrain<IPasskeySignInGrain>(0);

    private IResidentPasskeysGrain PasskeysOf(IResidentAccountGrain resident) => Grains.GetGrain<IResidentPasskeysGrain>(resident.Id());

    private static SoftAuthenticator NewAuthenticator() => new(Interlocked.Increment(ref seed));

    private async Task<(IResidentAccountGrain Resident, SoftAuthenticator Authenticator)> WithPasskey(string name = "Téléphone")
    {
        var resident = await Neighbours.NewResident(Grains);
        var authenticator = NewAuthenticator();
        var options = await PasskeysOf(resident).BeginRegistration();
        await PasskeysOf(resident).FinishRegistration(name, authenticator.Create(options));
        return (resident, authenticator);
    }

    private static string Address() => $"10.0.{Interlocked.Increment(ref seed) % 250}.{seed % 250}";

    [Fact]
    public async Task A_registered_passkey_signs_its_owner_in_and_records_the_use()
    {
        var (resident, authenticator) = await WithPasskey("Téléphone de Lou");
        var listed = Assert.Single(await PasskeysOf(resident).List());
        Assert.Equal(authenticator.Id, listed.Id);
        Assert.Equal("Téléphone de Lou", listed.Name);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), listed.CreatedAt);
        Assert.Null(listed.LastUsedAt);

        var challenge = await SignIns.Begin(Address());
        var who = await SignIns.Finish(challenge.ChallengeId, authenticator.Get(challenge.OptionsJson, 1));

        Assert.Equal(resident.Id(), who.ResidentId);
        Assert.Equal((await resident.GetProfile())!.Pseudo, who.Pseudo);
        Assert.Equal(await resident.GetTokenVersion(), who.TokenVersion);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), Assert.Single(await PasskeysOf(resident).List()).LastUsedAt);
        Assert.Contains(authenticator.Id, await resident.ExportData());
    }

    [Fact]
    public async Task A_sign_in_challenge_answers_once()
    {
        var (_, authenticator) = await WithPasskey();
        var challenge = await SignIns.Begin(Address());
        var assertion = authenticator.Get(challenge.OptionsJson, 1);
        await SignIns.Finish(challenge.ChallengeId, assertion);

        await AssertRefused(ErrorCodes.InvalidToken, () => SignIns.Finish(challenge.ChallengeId, assertion));
        await AssertRefused(ErrorCodes.InvalidToken, () => SignIns.Finish(Guid.NewGuid().ToString("N"), assertion));
        await AssertRefused(ErrorCodes.InvalidToken, () => SignIns.Finish("not-a-challenge", assertion));
    }

    [Fact]
    public async Task Expired_challenges_are_refused_and_change_nothing()
    {
        var resident = await Neighbours.NewResident(Grains);
        var authenticator = NewAuthenticator();
        var registration = await PasskeysOf(resident).BeginRegistration();
        ClusterFixture.Clock.Advance(PasskeyLimits.ChallengeLifetime + TimeSpan.FromSeconds(1));
        await AssertRefused(ErrorCodes.InvalidToken, () => PasskeysOf(resident).FinishRegistration("Clé", authenticator.Create(registration)));
        Assert.Empty(await PasskeysOf(resident).List());

        // A fresh registration works; a sign-in challenge left too long does not.
        await PasskeysOf(resident).FinishRegistration("Clé", authenticator.Create(await PasskeysOf(resident).BeginRegistration()));
        var challenge = await SignIns.Begin(Address());
        ClusterFixture.Clock.Advance(PasskeyLimits.ChallengeLifetime + TimeSpan.FromSeconds(1));
        await AssertRefused(ErrorCodes.InvalidToken, () => SignIns.Finish(challenge.ChallengeId, authenticator.Get(challenge.OptionsJson, 1)));
        Assert.Null(Assert.Single(await PasskeysOf(resident).List()).LastUsedAt);
    }

    [Fact]
    public async Task A_registration_challenge_answers_once()
    {
        var resident = await Neighbours.NewResident(Grains);
        var authenticator = NewAuthenticator();
        var credential = authenticator.Create(await PasskeysOf(resident).BeginRegistration());
        await PasskeysOf(resident).FinishRegistration("Ordinateur", credential);

        await AssertRefused(ErrorCodes.InvalidToken, () => PasskeysOf(resident).FinishRegistration("Ordinateur bis", credential));
        Assert.Single(await PasskeysOf(resident).List());
    }

    [Fact]
    public async Task A_counter_that_goes_backwards_is_refused_as_a_clone()
    {
        var (resident, authenticator) = await WithPasskey();
        var first = await SignIns.Begin(Address());
        await SignIns.Finish(first.ChallengeId, authenticator.Get(first.OptionsJson, 5));
        var used = Assert.Single(await PasskeysOf(resident).List()).LastUsedAt;

        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var clone = await SignIns.Begin(Address());
        await AssertRefused(ErrorCodes.Unauthenticated, () => SignIns.Finish(clone.ChallengeId, authenticator.Get(clone.OptionsJson, 3)));
        Assert.Equal(used, Assert.Single(await PasskeysOf(resident).List()).LastUsedAt);

        // The genuine authenticator, still counting up, goes on signing in.
        var next = await SignIns.Begin(Address());
        await SignIns.Finish(next.ChallengeId, authenticator.Get(next.OptionsJson, 6));
    }

    [Fact]
    public async Task Unknown_and_removed_passkeys_sign_nobody_in()
    {
        var (resident, authenticator) = await WithPasskey();
        var stranger = NewAuthenticator();
        stranger.Create(await PasskeysOf(await Neighbours.NewResident(Grains)).BeginRegistration());
        var challenge = await SignIns.Begin(Address());
        await AssertRefused(ErrorCodes.Unauthenticated, () => SignIns.Finish(challenge.ChallengeId, stranger.Get(challenge.OptionsJson, 1)));

        await AssertRefused(ErrorCodes.NotFound, () => PasskeysOf(resident).Remove(stranger.Id));
        await PasskeysOf(resident).Remove(authenticator.Id);
        Assert.Empty(await PasskeysOf(resident).List());
        var after = await SignIns.Begin(Address());
        await AssertRefused(ErrorCodes.Unauthenticated, () => SignIns.Finish(after.ChallengeId, authenticator.Get(after.OptionsJson, 1)));
    }

    [Fact]
    public async Task Bad_names_and_answers_and_an_eleventh_passkey_are_refused()
    {
        var resident = await Neighbours.NewResident(Grains);
        var authenticator = NewAuthenticator();
        var options = await PasskeysOf(resident).BeginRegistration();
        await AssertRefused(ErrorCodes.BadUserInput, () => PasskeysOf(resident).FinishRegistration("  ", authenticator.Create(options)));
        await AssertRefused(ErrorCodes.BadUserInput, () => PasskeysOf(resident).FinishRegistration(new string('x', PasskeyLimits.MaxNameLength + 1), authenticator.Create(options)));
        await AssertRefused(ErrorCodes.BadUserInput, () => PasskeysOf(resident).FinishRegistration("Clé", "{not json"));
        await AssertRefused(ErrorCodes.BadUserInput, () => PasskeysOf(resident).FinishRegistration("Clé", new string('x', PasskeyLimits.MaxResponseLength + 1)));

        // An answer to other options (another challenge) does not verify.
        var other = authenticator.Create(await PasskeysOf(await Neighbours.NewResident(Grains)).BeginRegistration());
        await PasskeysOf(resident).BeginRegistration();
        await AssertRefused(ErrorCodes.BadUserInput, () => PasskeysOf(resident).FinishRegistration("Clé", other));
        Assert.Empty(await PasskeysOf(resident).List());

        for (var i = 0; i < PasskeyLimits.MaxPerResident; i++)
        {
            var key = NewAuthenticator();
            await PasskeysOf(resident).FinishRegistration($"Clé {i}", key.Create(await PasskeysOf(resident).BeginRegistration()));
        }

        await AssertRefused(ErrorCodes.Conflict, () => PasskeysOf(resident).BeginRegistration());
        Assert.Equal(PasskeyLimits.MaxPerResident, (await PasskeysOf(resident).List()).Count);
    }

    [Fact]
    public async Task Sign_in_challenges_are_bounded_per_address()
    {
        var address = Address() + ".limit";
        for (var i = 0; i < 60; i++)
        {
            await SignIns.Begin(address);
        }

        await AssertRefused(ErrorCodes.RateLimited, () => SignIns.Begin(address));
        await SignIns.Begin(Address());
    }

    [Fact]
    public async Task Closing_the_account_erases_its_passkeys()
    {
        var (resident, authenticator) = await WithPasskey();
        await resident.DeleteAccount("a long password");

        Assert.Empty(await PasskeysOf(resident).List());
        var challenge = await SignIns.Begin(Address());
        await AssertRefused(ErrorCodes.Unauthenticated, () => SignIns.Finish(challenge.ChallengeId, authenticator.Get(challenge.OptionsJson, 1)));
    }
}
