using Fido2NetLib;
using Fido2NetLib.Objects;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Passkeys;

/// <summary>
/// Holds a resident's passkeys: every rule about them (count, names, registration challenge, counter) lives here.
/// The pending registration challenge stays in memory only: it lives five minutes, and a lost one costs a retry.
/// </summary>
internal sealed class ResidentPasskeysGrain(
    [PersistentState("passkeys", StorageNames.Voisinage)] IPersistentState<ResidentPasskeysState> state,
    IFido2 fido2,
    TimeProvider clock) : Grain, IResidentPasskeysGrain
{
    private (string OptionsJson, DateTimeOffset ExpiresAt)? pendingRegistration;

    private string Id => this.GetPrimaryKeyString();

    private IReadOnlyList<StoredPasskey> Passkeys => state.State.Passkeys;

    public async Task<string> BeginRegistration()
    {
        var profile = await GrainFactory.GetGrain<IResidentAccountGrain>(Id).GetProfile()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        RequireRoom();

        var options = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            // The user handle is the resident id: opaque, and what a sign-in's assertion routes back to this grain.
            User = new Fido2User { Id = System.Text.Encoding.UTF8.GetBytes(Id), Name = profile.Pseudo, DisplayName = profile.Pseudo },
            ExcludeCredentials = [.. Passkeys.Select(p => new PublicKeyCredentialDescriptor(System.Buffers.Text.Base64Url.DecodeFromChars(p.Id)))],
            AuthenticatorSelection = new AuthenticatorSelection
            {
                // Discoverable: signing in needs no pseudo typed first.
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = UserVerificationRequirement.Required,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = PasskeyJson.Write(options);
        pendingRegistration = (json, clock.GetUtcNow() + PasskeyLimits.ChallengeLifetime);
        return json;
    }

    public async Task<PasskeySummary> FinishRegistration(string name, string credentialJson)
    {
        var label = ValidName(name);
        var response = PasskeyJson.Parse<AuthenticatorAttestationRawResponse>(credentialJson);
        var optionsJson = TakeChallenge(ref pendingRegistration);
        RequireRoom();

        RegisteredPublicKeyCredential credential;
        try
        {
            credential = await fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = response,
                OriginalOptions = PasskeyJson.ReadIssued<CredentialCreateOptions>(optionsJson),
                // Unique within the account; across accounts the user handle decides whose it is.
                IsCredentialIdUniqueToUserCallback = (args, _) => Task.FromResult(Passkeys.All(p => p.Id != System.Buffers.Text.Base64Url.EncodeToString(args.CredentialId))),
            });
        }
        catch (Exception e) when (e is Fido2VerificationException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw VoisinageException.BadInput($"The passkey could not be verified: {e.Message}");
        }

        var passkey = new StoredPasskey(System.Buffers.Text.Base64Url.EncodeToString(credential.Id), credential.PublicKey, credential.SignCount, label, clock.GetUtcNow(), null);
        state.State = state.State with { Passkeys = [.. Passkeys, passkey] };
        await state.WriteStateAsync();
        return passkey.Summary();
    }

    public Task<IReadOnlyList<PasskeySummary>> List() => Task.FromResult<IReadOnlyList<PasskeySummary>>([.. Passkeys.Select(p => p.Summary())]);

    public async Task Remove(string passkeyId)
    {
        if (Passkeys.All(p => p.Id != passkeyId))
        {
            throw VoisinageException.NotFound("No such passkey on your account.");
        }

        state.State = state.State with { Passkeys = [.. Passkeys.Where(p => p.Id != passkeyId)] };
        await state.WriteStateAsync();
    }

    public async Task<SignedIn> VerifySignIn(string optionsJson, string assertionJson)
    {
        var response = PasskeyJson.Parse<AuthenticatorAssertionRawResponse>(assertionJson);
        var credentialId = System.Buffers.Text.Base64Url.EncodeToString(response.RawId ?? []);
        var passkey = Passkeys.FirstOrDefault(p => p.Id == credentialId) ?? throw Refused();
        var resident = GrainFactory.GetGrain<IResidentAccountGrain>(Id);
        if (await resident.GetTokenVersion() is not { } tokenVersion || await resident.GetProfile() is not { } profile)
        {
            throw Refused();
        }

        VerifyAssertionResult verified;
        try
        {
            verified = await fido2.MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = response,
                OriginalOptions = PasskeyJson.ReadIssued<AssertionOptions>(optionsJson),
                StoredPublicKey = passkey.PublicKey,
                // The library refuses a counter that did not grow (unless both are 0: authenticators without one).
                StoredSignatureCounter = passkey.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (args, _) =>
                    Task.FromResult(System.Text.Encoding.UTF8.GetString(args.UserHandle) == Id && System.Buffers.Text.Base64Url.EncodeToString(args.CredentialId) == credentialId),
            });
        }
        catch (Exception e) when (e is Fido2VerificationException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw Refused();
        }

        var used = passkey with { SignCount = verified.SignCount, LastUsedAt = clock.GetUtcNow() };
        state.State = state.State with { Passkeys = [.. Passkeys.Select(p => p.Id == used.Id ? used : p)] };
        await state.WriteStateAsync();
        return new SignedIn(Id, profile.Pseudo, tokenVersion);
    }

    public async Task Forget()
    {
        pendingRegistration = null;
        await state.ClearStateAsync();
    }

    /// <summary>Spends the pending challenge: it answers once, and not after its lifetime.</summary>
    private string TakeChallenge(ref (string OptionsJson, DateTimeOffset ExpiresAt)? pending)
    {
        var challenge = pending;
        pending = null;
        if (challenge is not { } c || c.ExpiresAt <= clock.GetUtcNow())
        {
            throw new VoisinageException(ErrorCodes.InvalidToken, "This passkey request has expired or was already used; start again.");
        }

        return c.OptionsJson;
    }

    private void RequireRoom()
    {
        if (Passkeys.Count >= PasskeyLimits.MaxPerResident)
        {
            throw VoisinageException.Conflict($"At most {PasskeyLimits.MaxPerResident} passkeys per account; remove one first.");
        }
    }

    private static string ValidName(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > PasskeyLimits.MaxNameLength || trimmed.Any(char.IsControl)
            ? throw VoisinageException.BadInput($"A passkey name has 1 to {PasskeyLimits.MaxNameLength} characters.")
            : trimmed;
    }

    internal static VoisinageException Refused() => new(ErrorCodes.Unauthenticated, "This passkey is not recognised.");
}
