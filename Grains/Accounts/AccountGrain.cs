using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Email;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Security;

namespace Voisinage.Grains.Accounts;

/// <summary>An account keyed by normalised email. One activation per email makes registration race-free.</summary>
internal sealed class AccountGrain(
    [PersistentState("account", StorageNames.Voisinage)] IPersistentState<AccountState> account,
    PasswordHasher hasher,
    IOptions<LoginThrottleOptions> throttle,
    IOptions<EmailOptions> email,
    TimeProvider clock,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
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
        await GrainFactory.GetGrain<IResidentAccountGrain>(residentId).Create(pseudo, Email);

        // The confirmation link's hash is saved with the account: one write.
        var (token, confirmationHash) = MailTokens.Issue(Email);
        account.State = new AccountState
        {
            ResidentId = residentId,
            Pseudo = pseudo,
            PasswordHash = hash,
            CreatedAt = clock.GetUtcNow(),
            ConfirmationHash = confirmationHash,
        };
        await account.WriteStateAsync();
        try
        {
            await Enqueue(ConfirmationMail(token, pseudo));
        }
        catch (Exception e) when (e is not VoisinageException)
        {
            // The account exists: a mail queue that failed to take the mail must not fail the sign-up. The resident
            // sees the address unconfirmed in the profile and asks again (resendEmailConfirmation).
            logger.LogWarning(e, "The confirmation email of a new account could not be queued");
        }

        return new SignedIn(residentId, pseudo, 0);
    }

    public Task<bool> IsEmailConfirmed() => Task.FromResult(account.State.EmailConfirmedAt is not null);

    public async Task SendEmailConfirmation()
    {
        var state = account.State;
        if (state.ResidentId is null || state.EmailConfirmedAt is not null)
        {
            return;
        }

        // A new link replaces the previous one: only the latest email's link confirms.
        var (token, hash) = MailTokens.Issue(Email);
        account.State = state with { ConfirmationHash = hash };
        await account.WriteStateAsync();
        await Enqueue(ConfirmationMail(token, state.Pseudo!));
    }

    private OutgoingMail ConfirmationMail(string token, string pseudo) =>
        AccountMails.Confirmation(Email, pseudo, MailLayout.Link(email.Value.PublicUrl, "/confirmer-email?jeton=" + Uri.EscapeDataString(token)));

    public async Task ConfirmEmail(string secret)
    {
        var state = account.State;
        if (state.ResidentId is null || !MailTokens.Matches(secret, state.ConfirmationHash))
        {
            throw MailTokens.Invalid();
        }

        account.State = state with { EmailConfirmedAt = clock.GetUtcNow(), ConfirmationHash = null };
        await account.WriteStateAsync();
    }

    public async Task RequestPasswordReset()
    {
        var state = account.State;
        if (state.ResidentId is null)
        {
            // No account: nothing is sent and nothing is stored; the caller answers as for an account.
            return;
        }

        var lifetime = email.Value.ResetTokenLifetime;
        var (token, hash) = MailTokens.Issue(Email);
        account.State = state with { ResetHash = hash, ResetExpiresAt = clock.GetUtcNow() + lifetime };
        await account.WriteStateAsync();
        var link = MailLayout.Link(email.Value.PublicUrl, "/reinitialiser-mot-de-passe?jeton=" + Uri.EscapeDataString(token));
        await Enqueue(AccountMails.PasswordReset(Email, state.Pseudo!, link, lifetime));
    }

    public async Task<SignedIn> ResetPassword(string secret, string newPassword)
    {
        var state = account.State;
        if (state.ResidentId is null || state.ResetExpiresAt is not { } expires || expires <= clock.GetUtcNow()
            || !MailTokens.Matches(secret, state.ResetHash))
        {
            throw MailTokens.Invalid();
        }

        AccountRules.ValidatePassword(newPassword);
        var hash = await Task.Run(() => hasher.Hash(newPassword));

        // Following the link proves the email too; the lock from failed logins is lifted with the new password.
        account.State = state with
        {
            PasswordHash = hash,
            ResetHash = null,
            ResetExpiresAt = null,
            RecentFailures = [],
            EmailConfirmedAt = state.EmailConfirmedAt ?? clock.GetUtcNow(),
            ConfirmationHash = null,
        };
        await account.WriteStateAsync();

        // Every session opened before (possibly by whoever knew the old password) ends, as with logoutEverywhere.
        return await GrainFactory.GetGrain<IResidentAccountGrain>(state.ResidentId).RevokeTokens();
    }

    private Task Enqueue(OutgoingMail mail) =>
        GrainFactory.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.ShardOf(mail.To)).Enqueue(mail);

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

        var tokenVersion = await GrainFactory.GetGrain<IResidentAccountGrain>(state.ResidentId).GetTokenVersion()
            ?? throw AccountsGrain.InvalidCredentials();
        return new SignedIn(state.ResidentId, state.Pseudo!, tokenVersion);
    }
}
