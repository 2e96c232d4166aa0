using Voisinage.Grains.RateLimits;
using Microsoft.Extensions.Options;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Security;

namespace Voisinage.Grains.Accounts;

/// <summary>An account keyed by normalised email. One activation per email makes registration race-free.</summary>
internal sealed class AccountGrain(
    [PersistentState("account", StorageNames.Voisinage)] IPersistentState<AccountState> account,
    PasswordHasher hasher,
    IOptions<LoginThrottleOptions> throttle,
    TimeProvider clock) : Grain, IAccountGrain
{
    private string Email => this.GetPrimaryKeyString();

    public Task<bool> IsRegistered() => Task.FromResult(account.State.ResidentId is not null);

    public async Task<SignedIn> Register(string pseudo, string password)
    {
        if (account.State.ResidentId is not null)
        {
            throw VoisinageException.Conflict("An account already exists for this email.");
        }

        var pseudoGrain = GrainFactory.GetGrain<IPseudoGrain>(AccountRules.PseudoKey(pseudo));
        if (!await pseudoGrain.TryReserve(Email))
        {
            throw VoisinageException.Conflict("This pseudo is already taken.");
        }

        // Argon2 is deliberately slow: keep it off the grain scheduler's threads.
        var hash = await Task.Run(() => hasher.Hash(password));
        var residentId = ResidentIds.New();
        await GrainFactory.GetGrain<IResidentGrain>(residentId).Create(pseudo, Email);

        account.State = new AccountState
        {
            ResidentId = residentId,
            Pseudo = pseudo,
            PasswordHash = hash,
            CreatedAt = clock.GetUtcNow(),
        };
        await account.WriteStateAsync();
        return new SignedIn(residentId, pseudo, 0);
    }

    public Task<AccountExport?> GetExport()
    {
        var s = account.State;
        return Task.FromResult(s.ResidentId is null ? null : new AccountExport(Email, s.Pseudo!, s.CreatedAt!.Value, s.RecentFailures));
    }

    public async Task Close(string residentId, string pseudo, string password)
    {
        var state = account.State;
        if (state.ResidentId != residentId || state.PasswordHash is null)
        {
            // Already closed by an earlier attempt that checked the password and then failed half-way: finish its
            // last step (the pseudo still held under this email keeps the email stored), unless the email already
            // belongs to someone new, and let the resident finish its deletion.
            if (state.ResidentId is null)
            {
                await ReleasePseudo(pseudo);
            }

            return;
        }

        if (!await Task.Run(() => hasher.Verify(password, state.PasswordHash)))
        {
            throw new VoisinageException(ErrorCodes.Forbidden, "Wrong password: the account was not deleted.");
        }

        await account.ClearStateAsync();
        await ReleasePseudo(state.Pseudo!);
    }

    public async Task ChangePassword(string residentId, string currentPassword, string newPassword)
    {
        var state = account.State;
        if (state.ResidentId != residentId || state.PasswordHash is null)
        {
            throw VoisinageException.NotFound("No such account.");
        }

        AccountRules.ValidatePassword(newPassword);
        var now = clock.GetUtcNow();
        var limits = throttle.Value;
        var recent = SlidingWindow.Recent(state.RecentFailures, limits.Window, now);
        if (SlidingWindow.RetryAfter(recent, limits.MaxFailures, limits.Window, now) is { } wait)
        {
            throw VoisinageException.RateLimited($"Too many failed logins. Try again after {now + wait:u}.", wait);
        }

        if (!await Task.Run(() => hasher.Verify(currentPassword, state.PasswordHash)))
        {
            // A wrong current password counts like a failed login: a stolen session cannot guess the password faster.
            recent.Add(now);
            account.State = state with { RecentFailures = recent };
            await account.WriteStateAsync();
            throw VoisinageException.Forbidden("Wrong current password: the password was not changed.");
        }

        var hash = await Task.Run(() => hasher.Hash(newPassword));
        account.State = state with { PasswordHash = hash, RecentFailures = [] };
        await account.WriteStateAsync();
    }

    private Task ReleasePseudo(string pseudo) =>
        GrainFactory.GetGrain<IPseudoGrain>(AccountRules.PseudoKey(pseudo)).Release(Email);

    public async Task<SignedIn> Login(string password)
    {
        var now = clock.GetUtcNow();
        var limits = throttle.Value;
        var recent = SlidingWindow.Recent(account.State.RecentFailures, limits.Window, now);
        if (SlidingWindow.RetryAfter(recent, limits.MaxFailures, limits.Window, now) is { } wait)
        {
            throw VoisinageException.RateLimited($"Too many failed logins. Try again after {now + wait:u}.", wait);
        }

        var state = account.State;
        if (state.ResidentId is null || state.PasswordHash is null)
        {
            // As slow as a wrong password, so response times do not tell which emails have accounts.
            await Task.Run(() => hasher.VerifyNothing(password));
            throw AccountsGrain.InvalidCredentials();
        }

        if (!await Task.Run(() => hasher.Verify(password, state.PasswordHash)))
        {
            recent.Add(now);
            account.State = state with { RecentFailures = recent };
            await account.WriteStateAsync();
            throw AccountsGrain.InvalidCredentials();
        }

        if (state.RecentFailures.Count > 0)
        {
            account.State = state with { RecentFailures = [] };
            await account.WriteStateAsync();
        }

        var tokenVersion = await GrainFactory.GetGrain<IResidentGrain>(state.ResidentId).GetTokenVersion()
            ?? throw AccountsGrain.InvalidCredentials();
        return new SignedIn(state.ResidentId, state.Pseudo!, tokenVersion);
    }
}
