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

    /// <summary>
    /// Checks the password and closes the account: the email and the pseudo become free.
    /// If an earlier attempt closed it and then failed, only frees the resident's pseudo if still held under this email.
    /// </summary>
    Task Close(string residentId, string pseudo, string password);

    /// <summary>
    /// Replaces the password after checking the current one (FORBIDDEN if wrong; failures count towards the login lock,
    /// RATE_LIMITED while locked; BAD_USER_INPUT for a new password that breaks the rules). The caller then revokes the
    /// resident's tokens.
    /// </summary>
    Task ChangePassword(string residentId, string currentPassword, string newPassword);

    /// <summary>Whether the owner proved they read this email (followed the confirmation link).</summary>
    [AlwaysInterleave]
    Task<bool> IsEmailConfirmed();

    /// <summary>
    /// Mails a new single-use confirmation link (the previous one stops working). Nothing when already confirmed.
    /// </summary>
    Task SendEmailConfirmation();

    /// <summary>Confirms the email with the secret of the latest link; <c>INVALID_TOKEN</c> for any other.</summary>
    Task ConfirmEmail(string secret);

    /// <summary>
    /// Mails a single-use password-reset link that expires (<c>Voisinage:Email:ResetTokenLifetime</c>); nothing at all
    /// when no account has this email. One-way: the caller answers at once, as fast whether an account exists or not.
    /// </summary>
    [OneWay]
    Task RequestPasswordReset();

    /// <summary>
    /// Sets a new password with the secret of the latest unexpired reset link (once; <c>INVALID_TOKEN</c> otherwise),
    /// then revokes every token of the resident; returns the new sign-in.
    /// </summary>
    Task<SignedIn> ResetPassword(string secret, string newPassword);

    /// <summary>What the account holds, for a data export. Read-only, so it interleaves.</summary>
    [AlwaysInterleave]
    Task<AccountExport?> GetExport();

    /// <summary>Whether the account exists. Interleaves: it only reads, and the pseudo grain may ask it mid-registration.</summary>
    [AlwaysInterleave]
    Task<bool> IsRegistered();
}

/// <summary>An account's data as exported to its owner (never the password hash).</summary>
[GenerateSerializer, Immutable]
public sealed record AccountExport(
    [property: Id(0)] string Email,
    [property: Id(1)] string Pseudo,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] IReadOnlyList<DateTimeOffset> RecentFailedLogins);
