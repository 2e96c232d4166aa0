using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident's account, keyed by their stable opaque id: the profile, the token version, the password, the operator
/// flag, the export and the closure of the account (SPEC §2). One face of the resident grain: the account, the
/// home and verification (<see cref="IResidentVerificationGrain"/>), the memberships (<see cref="IResidentMembershipGrain"/>)
/// and the sessions (<see cref="IResidentSessionsGrain"/>) are one activation and one state, because a closure, a
/// verification and a membership change must change together; the same key reaches the same activation through any face.
/// </summary>
public interface IResidentAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the resident; repeating it with the same data is harmless.</summary>
    Task Create(string pseudo, string email);

    /// <summary>The resident as they see themselves (private fields included), or null if there is none.</summary>
    Task<ResidentProfile?> GetProfile();

    /// <summary>The version a bearer token must carry to be accepted; null once the account is gone.</summary>
    [AlwaysInterleave]
    Task<int?> GetTokenVersion();

    /// <summary>Revokes every token issued so far (log out everywhere); returns who is signed in with the new version.</summary>
    Task<Accounts.SignedIn> RevokeTokens();

    /// <summary>Changes the password (the current one required), then revokes every token issued before; returns the new sign-in.</summary>
    Task<Accounts.SignedIn> ChangePassword(string currentPassword, string newPassword);

    /// <summary>Mails a new email-confirmation link (a <c>EmailConfirmation</c> quota use); nothing when already confirmed.</summary>
    Task ResendEmailConfirmation();

    /// <summary>Whether this resident is an operator from now on, overriding the configuration. Called by <c>IOperatorsGrain</c> only.</summary>
    Task SetOperator(bool isOperator);

    /// <summary>Everything Voisinage holds about this resident, as JSON (GDPR access right).</summary>
    Task<string> ExportData();

    /// <summary>Deletes the account after checking the password: membership, home, vouches and tokens are gone.</summary>
    Task DeleteAccount(string password);
}
