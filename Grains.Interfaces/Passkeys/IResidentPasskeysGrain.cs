using Voisinage.Grains.Accounts;

namespace Voisinage.Grains.Passkeys;

/// <summary>
/// One resident's passkeys (WebAuthn credentials), keyed by the resident id. The resident id is also each passkey's
/// user handle, so a discoverable credential's assertion names the grain that holds its public key: that is the index
/// from a sign-in to its account.
/// </summary>
public interface IResidentPasskeysGrain : IGrainWithStringKey
{
    /// <summary>
    /// The options for <c>navigator.credentials.create</c> (JSON). Their challenge is kept by this grain for
    /// <see cref="PasskeyLimits.ChallengeLifetime"/> and used once; a new call replaces it. <c>CONFLICT</c> once the
    /// resident has <see cref="PasskeyLimits.MaxPerResident"/> passkeys.
    /// </summary>
    Task<string> BeginRegistration();

    /// <summary>
    /// Verifies the authenticator's answer (the <c>PublicKeyCredential</c> as JSON) against the pending challenge and
    /// keeps the new passkey under <paramref name="name"/>. <c>BAD_USER_INPUT</c> for a bad name or answer,
    /// <c>INVALID_TOKEN</c> when no challenge is pending (expired or used).
    /// </summary>
    Task<PasskeySummary> FinishRegistration(string name, string credentialJson);

    /// <summary>The passkeys, oldest first (no keys).</summary>
    Task<IReadOnlyList<PasskeySummary>> List();

    /// <summary>Removes one passkey (<c>NOT_FOUND</c> if it is not one of the resident's): it signs in no more.</summary>
    Task Remove(string passkeyId);

    /// <summary>
    /// Verifies a sign-in assertion (JSON) made for <paramref name="optionsJson"/> (the options the server issued) with
    /// one of these passkeys; a signature counter that went backwards (a cloned authenticator) is refused. Updates the
    /// counter and last use. <c>UNAUTHENTICATED</c> for anything that does not check out.
    /// </summary>
    Task<SignedIn> VerifySignIn(string optionsJson, string assertionJson);

    /// <summary>Erases every passkey (account closure).</summary>
    Task Forget();
}

/// <summary>A passkey as its owner sees it: never its key.</summary>
[GenerateSerializer, Immutable]
public sealed record PasskeySummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? LastUsedAt);

/// <summary>The bounds of passkeys, shared by the grains and the API's descriptions.</summary>
public static class PasskeyLimits
{
    /// <summary>Passkeys one account may hold.</summary>
    public const int MaxPerResident = 10;

    /// <summary>Longest passkey name, in characters.</summary>
    public const int MaxNameLength = 60;

    /// <summary>Longest authenticator answer accepted, in characters (a real one is a few kilobytes).</summary>
    public const int MaxResponseLength = 32_000;

    /// <summary>How long a registration or sign-in challenge can be answered.</summary>
    public static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(5);
}
