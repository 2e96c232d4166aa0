using Orleans.Concurrency;
using Voisinage.Grains.Email;
using Voisinage.Grains.RateLimits;

namespace Voisinage.Grains.Accounts;

/// <summary>
/// Validates and routes sign-ups and sign-ins; stateless so it scales with the front-ends. Not reentrant, unlike the
/// look-up workers: each call ends in an Argon2 hash (19 MiB, most of a core), and one call per activation (one
/// activation per core) keeps a burst of sign-ins from running more hashes at once than a silo has cores.
/// </summary>
[StatelessWorker]
internal sealed class AccountsGrain : Grain, IAccountsGrain
{
    public async Task<SignedIn> Register(Registration registration)
    {
        var pseudo = AccountRules.ValidatePseudo(registration.Pseudo);
        var email = AccountRules.NormaliseEmail(registration.Email);
        AccountRules.ValidatePassword(registration.Password);
        if (await FindAccountKey(registration.Email) != email)
        {
            // Registered before NFKC/IDNA under the email as typed: the same address, so the same account.
            throw VoisinageException.Conflict("An account already exists for this email.");
        }

        return await GrainFactory.GetGrain<IAccountGrain>(email).Register(pseudo, registration.Password);
    }

    public async Task<SignedIn> Login(string login, string password)
    {
        var typed = login?.Trim() ?? string.Empty;
        if (typed.Length is 0 or > AccountRules.MaxEmailLength || string.IsNullOrEmpty(password) || password.Length > AccountRules.MaxPasswordLength)
        {
            throw InvalidCredentials();
        }

        string? accountKey = AccountRules.IsEmailLogin(typed)
            ? await FindAccountKey(typed)
            : await GrainFactory.GetGrain<IPseudoGrain>(AccountRules.PseudoKey(typed)).GetAccountKey();

        return accountKey is null
            ? throw InvalidCredentials()
            : await GrainFactory.GetGrain<IAccountGrain>(accountKey).Login(password);
    }

    public async Task ConfirmEmail(string token)
    {
        var (key, secret) = MailTokens.Parse(token) ?? throw MailTokens.Invalid();
        await GrainFactory.GetGrain<IAccountGrain>(key).ConfirmEmail(secret);
    }

    public async Task RequestPasswordReset(string email, string clientAddress)
    {
        var key = await FindAccountKey(email) ?? throw VoisinageException.BadInput("That is not a valid email address.");

        // Counted whether an account exists or not, so the limit tells nothing either.
        await GrainFactory.GetGrain<IResidentQuotaGrain>("reset-address:" + clientAddress).Spend(QuotaKind.PasswordResetAddress);
        await GrainFactory.GetGrain<IResidentQuotaGrain>("reset-email:" + key).Spend(QuotaKind.PasswordReset);
        await GrainFactory.GetGrain<IAccountGrain>(key).RequestPasswordReset();
    }

    public async Task<SignedIn> ResetPassword(string token, string newPassword)
    {
        var (key, secret) = MailTokens.Parse(token) ?? throw MailTokens.Invalid();
        return await GrainFactory.GetGrain<IAccountGrain>(key).ResetPassword(secret, newPassword);
    }

    /// <summary>
    /// The key of the account for this email: the first registered of its keys (<see cref="AccountRules.EmailKeys"/>:
    /// canonical, then those an account registered before normalisation was stored under), else the canonical key;
    /// null for an invalid email.
    /// </summary>
    private async Task<string?> FindAccountKey(string? email)
    {
        var keys = AccountRules.EmailKeys(email);
        if (keys.Count < 2)
        {
            // One form only (a plain ASCII email as its owner types it): the account grain answers, no extra call.
            return keys.Count == 0 ? null : keys[0];
        }

        foreach (var key in keys)
        {
            if (await GrainFactory.GetGrain<IAccountGrain>(key).IsRegistered())
            {
                return key;
            }
        }

        return keys[0];
    }

    internal static VoisinageException InvalidCredentials() =>
        new(ErrorCodes.Unauthenticated, "Unknown login or wrong password.");
}
