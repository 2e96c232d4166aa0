using Orleans.Concurrency;

namespace Voisinage.Grains.Accounts;

/// <summary>
/// One account, keyed by its normalised email: the key makes the email unique. It keeps the
/// password hash and the recent failed logins (the brute-force limit).
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; the input is already validated and normalised.</summary>
    Task<SignedIn> Register(string pseudo, string password);

    /// <summary>Checks the password, counting failures.</summary>
    Task<SignedIn> Login(string password);

    /// <summary>Whether the account exists. Interleaves: it only reads, and the pseudo grain may ask it mid-registration.</summary>
    [AlwaysInterleave]
    Task<bool> IsRegistered();
}
