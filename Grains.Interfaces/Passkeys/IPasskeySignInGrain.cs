using Voisinage.Grains.Accounts;

namespace Voisinage.Grains.Passkeys;

/// <summary>
/// Passkey sign-in for anyone (no account named: the passkey is discoverable). A stateless worker: it spends the
/// client address's quota, then hands the challenge to its own <see cref="IPasskeyChallengeGrain"/>.
/// </summary>
public interface IPasskeySignInGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// A new challenge for <c>navigator.credentials.get</c>: its id and the options (JSON). <c>RATE_LIMITED</c> past the
    /// <c>PasskeySignInAddress</c> quota for <paramref name="clientAddress"/>.
    /// </summary>
    Task<PasskeyChallenge> Begin(string clientAddress);

    /// <summary>
    /// Verifies the assertion (the <c>PublicKeyCredential</c> as JSON) for the challenge, which is then spent whatever
    /// the outcome. <c>INVALID_TOKEN</c> for an unknown, used or expired challenge; <c>UNAUTHENTICATED</c> for an unknown
    /// or removed passkey, a bad signature or a counter that went backwards.
    /// </summary>
    Task<SignedIn> Finish(string challengeId, string assertionJson);
}

/// <summary>One sign-in challenge, keyed by a random id: issued once, answered at most once, within its lifetime.</summary>
public interface IPasskeyChallengeGrain : IGrainWithStringKey
{
    /// <summary>Keeps the options issued to the client (their challenge is what the assertion must sign).</summary>
    Task Open(string optionsJson);

    /// <summary>The options, once: the challenge is spent. <c>INVALID_TOKEN</c> if unknown, spent or expired.</summary>
    Task<string> Take();
}

/// <summary>A sign-in challenge as given to the client.</summary>
[GenerateSerializer, Immutable]
public sealed record PasskeyChallenge([property: Id(0)] string ChallengeId, [property: Id(1)] string OptionsJson);
