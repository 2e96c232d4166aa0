using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Passkeys;
using Voisinage.WebApi.Edge;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    /// <summary>Passkeys: registering and removing them (signed in), and signing in with one (anyone).</summary>
    private void AddPasskeyFields()
    {
        Field<NonNullGraphType<StringGraphType>>("beginPasskeyRegistration")
            .Description($"Starts adding a passkey: the PublicKeyCredentialCreationOptions for navigator.credentials.create, as JSON (binary fields in base64url). Single use, valid five minutes; CONFLICT past {PasskeyLimits.MaxPerResident} passkeys.")
            .ResolveAsync(async c => await Passkeys(c).BeginRegistration());

        Field<NonNullGraphType<PasskeyType>>("finishPasskeyRegistration")
            .Description($"Keeps the passkey the authenticator created (the PublicKeyCredential as JSON, binary fields in base64url) under a name of 1 to {PasskeyLimits.MaxNameLength} characters. BAD_USER_INPUT if it does not verify; INVALID_TOKEN if the registration expired or was used.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<StringGraphType>>("response")
            .ResolveAsync(async c => await Passkeys(c).FinishRegistration(c.GetArgument<string>("name"), c.GetArgument<string>("response")));

        Field<NonNullGraphType<BooleanGraphType>>("removePasskey")
            .Description("Removes one of your passkeys: it signs in no more. NOT_FOUND if it is not yours.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                await Passkeys(c).Remove(c.GetArgument<string>("id"));
                return true;
            });

        Field<NonNullGraphType<PasskeyChallengeType>>("beginPasskeySignIn")
            .Description("Starts a sign-in with a passkey (no pseudo needed: the passkey names its account). RATE_LIMITED past 60 an hour from one address.")
            .ResolveAsync(async c =>
            {
                var address = c.HttpContext() is { } http ? ClientAddress.Of(http) : "unknown";
                return await c.Grains().GetGrain<IPasskeySignInGrain>(0).Begin(address);
            });

        Field<NonNullGraphType<AuthPayloadType>>("finishPasskeySignIn")
            .Description("Signs in with the authenticator's assertion (the PublicKeyCredential as JSON, binary fields in base64url): a session like a password sign-in. INVALID_TOKEN for an unknown, used or expired challenge; UNAUTHENTICATED for an unknown or removed passkey or one that does not verify.")
            .Argument<NonNullGraphType<IdGraphType>>("challengeId")
            .Argument<NonNullGraphType<StringGraphType>>("response")
            .ResolveAsync(async c => await SignIn(c, await c.Grains().GetGrain<IPasskeySignInGrain>(0).Finish(c.GetArgument<string>("challengeId"), c.GetArgument<string>("response"))));
    }

    private static IResidentPasskeysGrain Passkeys(IResolveFieldContext c) => c.Grains().GetGrain<IResidentPasskeysGrain>(c.RequireCaller());
}
