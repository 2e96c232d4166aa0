using Fido2NetLib;
using Fido2NetLib.Objects;
using Orleans.Concurrency;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Passkeys;

/// <summary>Routes passkey sign-ins: the quota first, then the challenge's grain, then the passkey owner's grain.</summary>
[StatelessWorker]
[Reentrant]
internal sealed class PasskeySignInGrain(IFido2 fido2) : Grain, IPasskeySignInGrain
{
    public async Task<PasskeyChallenge> Begin(string clientAddress)
    {
        await GrainFactory.GetGrain<IResidentQuotaGrain>("passkey-address:" + clientAddress).Spend(QuotaKind.PasskeySignInAddress);
        var options = fido2.GetAssertionOptions(new GetAssertionOptionsParams
        {
            // Empty: any discoverable passkey of this site may answer (the person picks one; no pseudo typed first).
            AllowedCredentials = [],
            UserVerification = UserVerificationRequirement.Required,
        });
        var challengeId = Guid.NewGuid().ToString("N");
        var json = PasskeyJson.Write(options);
        await GrainFactory.GetGrain<IPasskeyChallengeGrain>(challengeId).Open(json);
        return new PasskeyChallenge(challengeId, json);
    }

    public async Task<SignedIn> Finish(string challengeId, string assertionJson)
    {
        if (!Guid.TryParseExact(challengeId, "N", out _))
        {
            throw PasskeyChallengeGrain.Invalid();
        }

        var response = PasskeyJson.Parse<AuthenticatorAssertionRawResponse>(assertionJson);
        var options = await GrainFactory.GetGrain<IPasskeyChallengeGrain>(challengeId).Take();
        var handle = response.Response?.UserHandle;
        var residentId = handle is { Length: > 0 } ? System.Text.Encoding.UTF8.GetString(handle) : null;
        if (!ResidentIds.IsWellFormed(residentId))
        {
            // Not one of ours (or a passkey without a user handle): nobody to ask.
            throw ResidentPasskeysGrain.Refused();
        }

        return await GrainFactory.GetGrain<IResidentPasskeysGrain>(residentId!).VerifySignIn(options, assertionJson);
    }
}
