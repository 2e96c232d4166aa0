using GraphQL.Types;
using Voisinage.Grains.Passkeys;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class PasskeyType : ObjectGraphType<PasskeySummary>
{
    public PasskeyType()
    {
        Name = "Passkey";
        Description = "One of your passkeys (a WebAuthn credential kept by a phone, a computer or a security key). Its key never leaves the server.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The credential id (base64url).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name you gave it.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When you added it.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeOffsetGraphType>("lastUsedAt").Description("Its last sign-in, null if never used.").Resolve(c => c.Source.LastUsedAt);
    }
}

public sealed class PasskeyChallengeType : ObjectGraphType<PasskeyChallenge>
{
    public PasskeyChallengeType()
    {
        Name = "PasskeyChallenge";
        Description = "A single-use passkey sign-in challenge, valid five minutes.";
        Field<NonNullGraphType<IdGraphType>>("challengeId").Description("Give it back to finishPasskeySignIn.").Resolve(c => c.Source.ChallengeId);
        Field<NonNullGraphType<StringGraphType>>("options").Description("The PublicKeyCredentialRequestOptions for navigator.credentials.get, as JSON (binary fields in base64url).").Resolve(c => c.Source.OptionsJson);
    }
}
