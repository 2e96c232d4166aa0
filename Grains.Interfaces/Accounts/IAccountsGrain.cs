namespace Voisinage.Grains.Accounts;

/// <summary>
/// Entry point for sign-up and sign-in. A stateless worker: it validates and normalises what the
/// user typed, then talks to the account grain that owns the email and the grain that owns the pseudo.
/// </summary>
public interface IAccountsGrain : IGrainWithIntegerKey
{
    /// <summary>Creates an account and its resident. Pseudo and email are unique.</summary>
    /// <exception cref="VoisinageException"><c>BAD_USER_INPUT</c> or <c>CONFLICT</c>.</exception>
    Task<SignedIn> Register(Registration registration);

    /// <summary>Checks a password for an email or a pseudo.</summary>
    /// <exception cref="VoisinageException"><c>UNAUTHENTICATED</c> or <c>RATE_LIMITED</c>.</exception>
    Task<SignedIn> Login(string login, string password);
}

/// <summary>What a person types to open an account.</summary>
[GenerateSerializer, Immutable]
public sealed record Registration([property: Id(0)] string Pseudo, [property: Id(1)] string Email, [property: Id(2)] string Password);

/// <summary>Who has just registered or logged in; the API turns it into a bearer token.</summary>
[GenerateSerializer, Immutable]
public sealed record SignedIn([property: Id(0)] string ResidentId, [property: Id(1)] string Pseudo, [property: Id(2)] int TokenVersion);
