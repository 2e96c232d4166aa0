using Orleans.Concurrency;

namespace Voisinage.Grains.Accounts;

/// <summary>
/// Validates and routes sign-ups and sign-ins; stateless so it scales with the front-ends. Not reentrant, unlike the
/// look-up workers: each call ends in an Argon2 hash (19 MiB, most of a core), and one call per activation (one
/// activation per core) keeps a burst of sign-ins from running more hashes at once than a silo has cores.
/// </summary>
[StatelessWorker]
public sealed class AccountsGrain : Grain, IAccountsGrain
{
    public Task<SignedIn> Register(Registration registration)
    {
        var pseudo = AccountRules.ValidatePseudo(registration.Pseudo);
        var email = AccountRules.NormaliseEmail(registration.Email);
        AccountRules.ValidatePassword(registration.Password);
        return GrainFactory.GetGrain<IAccountGrain>(email).Register(pseudo, registration.Password);
    }

    public async Task<SignedIn> Login(string login, string password)
    {
        var typed = login?.Trim() ?? string.Empty;
        if (typed.Length is 0 or > AccountRules.MaxEmailLength || string.IsNullOrEmpty(password) || password.Length > AccountRules.MaxPasswordLength)
        {
            throw InvalidCredentials();
        }

        string? accountKey = typed.Contains('@', StringComparison.Ordinal)
            ? typed.ToLowerInvariant()
            : await GrainFactory.GetGrain<IPseudoGrain>(AccountRules.PseudoKey(typed)).GetAccountKey();

        return accountKey is null
            ? throw InvalidCredentials()
            : await GrainFactory.GetGrain<IAccountGrain>(accountKey).Login(password);
    }

    internal static VoisinageException InvalidCredentials() =>
        new(ErrorCodes.Unauthenticated, "Unknown login or wrong password.");
}
