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

    /// <summary>Confirms an email with a link's token (<c>INVALID_TOKEN</c> if unknown, used or replaced).</summary>
    Task ConfirmEmail(string token);

    /// <summary>
    /// Starts a password reset for an email: the same answer whether an account has it or not (no enumeration);
    /// <c>BAD_USER_INPUT</c> only for text that is not an email address; <c>RATE_LIMITED</c> past 5 requests an hour for
    /// one email or 20 from one client address (<paramref name="clientAddress"/>, as the front-end saw it).
    /// </summary>
    Task RequestPasswordReset(string email, string clientAddress);

    /// <summary>Sets a new password with a reset link's token; every session of the account ends.</summary>
    /// <exception cref="VoisinageException"><c>INVALID_TOKEN</c> or <c>BAD_USER_INPUT</c> (password policy).</exception>
    Task<SignedIn> ResetPassword(string token, string newPassword);
}

/// <summary>What a person types to open an account.</summary>
[GenerateSerializer, Immutable]
public sealed record Registration([property: Id(0)] string Pseudo, [property: Id(1)] string Email, [property: Id(2)] string Password);

/// <summary>Who has just registered or logged in; the API turns it into a bearer token.</summary>
[GenerateSerializer, Immutable]
public sealed record SignedIn([property: Id(0)] string ResidentId, [property: Id(1)] string Pseudo, [property: Id(2)] int TokenVersion);
