using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Accounts;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AccountGrainTests(ClusterFixture fixture)
{
    private IAccountsGrain Accounts => fixture.Grains.GetGrain<IAccountsGrain>(0);

    [Fact]
    public async Task Register_creates_a_resident_that_can_log_in_by_email_or_pseudo()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var registered = await Accounts.Register(new Registration(pseudo, email.ToUpperInvariant(), "a long password"));

        var profile = await fixture.Grains.GetGrain<IResidentAccountGrain>(registered.ResidentId).GetProfile();
        Assert.NotNull(profile);
        Assert.Equal(pseudo, profile.Pseudo);
        Assert.Equal(email, profile.Email);
        Assert.Equal(VerificationStatus.Unverified, profile.Verification.Status);

        Assert.Equal(registered.ResidentId, (await Accounts.Login(email, "a long password")).ResidentId);
        Assert.Equal(registered.ResidentId, (await Accounts.Login(pseudo.ToUpperInvariant(), "a long password")).ResidentId);
    }

    [Fact]
    public async Task Email_and_pseudo_are_unique_whatever_the_case()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        await Accounts.Register(new Registration(pseudo, email, "a long password"));
        var (other, otherEmail) = TestSettings.NewIdentity();

        var sameEmail = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(other, email.ToUpperInvariant(), "a long password")));
        Assert.Equal(ErrorCodes.Conflict, sameEmail.Code);
        var samePseudo = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(pseudo.ToUpperInvariant(), otherEmail, "a long password")));
        Assert.Equal(ErrorCodes.Conflict, samePseudo.Code);

        // The refused registration left nothing behind: its email is still free.
        await Accounts.Register(new Registration(other, otherEmail, "a long password"));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_pseudo_let_exactly_one_through()
    {
        var (pseudo, _) = TestSettings.NewIdentity("race");
        var attempts = Enumerable.Range(0, 12).Select(async i =>
        {
            // Different stateless workers, on both silos, race for the same pseudo.
            var entry = fixture.Grains.GetGrain<IAccountsGrain>(i);
            try
            {
                await entry.Register(new Registration(pseudo, $"race{i}.{Guid.NewGuid():N}@example.fr", "a long password"));
                return true;
            }
            catch (VoisinageException e) when (e.Code == ErrorCodes.Conflict)
            {
                return false;
            }
        });

        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(ok => ok));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_let_exactly_one_through()
    {
        var (_, email) = TestSettings.NewIdentity("mail");
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await fixture.Grains.GetGrain<IAccountsGrain>(i).Register(new Registration($"mail{i}{Guid.NewGuid():N}"[..20], email, "a long password"));
                return true;
            }
            catch (VoisinageException e) when (e.Code == ErrorCodes.Conflict)
            {
                return false;
            }
        });

        Assert.Equal(1, (await Task.WhenAll(attempts)).Count(ok => ok));
    }

    [Fact]
    public async Task Five_failed_logins_in_fifteen_minutes_lock_the_account_until_the_window_passes()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        await Accounts.Register(new Registration(pseudo, email, "a long password"));

        for (var i = 0; i < 5; i++)
        {
            var wrong = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Login(email, "not the password"));
            Assert.Equal(ErrorCodes.Unauthenticated, wrong.Code);
            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        // Even the right password is refused while the window lasts.
        var limited = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Login(pseudo, "a long password"));
        Assert.Equal(ErrorCodes.RateLimited, limited.Code);

        // 15 minutes after the first failure, one failure has left the window.
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(pseudo, (await Accounts.Login(email, "a long password")).Pseudo);
    }

    [Fact]
    public async Task Unknown_accounts_and_bad_input_get_generic_refusals()
    {
        var unknown = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Login("nobody@example.fr", "whatever password"));
        Assert.Equal(ErrorCodes.Unauthenticated, unknown.Code);
        var unknownPseudo = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Login("nobody-at-all", "whatever password"));
        Assert.Equal(ErrorCodes.Unauthenticated, unknownPseudo.Code);

        var (pseudo, email) = TestSettings.NewIdentity();
        var badPassword = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(pseudo, email, "short")));
        Assert.Equal(ErrorCodes.BadUserInput, badPassword.Code);
        var unknownAfter = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Login(email, "short"));
        Assert.Equal(ErrorCodes.Unauthenticated, unknownAfter.Code);
    }
}
