using GraphQL.Types;
using Voisinage.WebApi.Partners;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class PartnerClientType : ObjectGraphType<PartnerClient>
{
    public PartnerClientType()
    {
        Name = "PartnerClient";
        Description = "Operators: a partner service that signs residents in with Voisinage (OpenID Connect, docs/partners.md).";
        Field<NonNullGraphType<IdGraphType>>("clientId").Resolve(c => c.Source.ClientId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris").Resolve(c => c.Source.RedirectUris);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("postLogoutRedirectUris").Resolve(c => c.Source.PostLogoutRedirectUris);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("The scopes it may ask for.").Resolve(c => c.Source.Scopes);
        Field<NonNullGraphType<BooleanGraphType>>("confidential").Description("True: it authenticates with a secret (a server); false: a public client (PKCE only).").Resolve(c => c.Source.Confidential);
    }
}

public sealed class PartnerClientRegistrationType : ObjectGraphType<(PartnerClient Client, string? Secret)>
{
    public PartnerClientRegistrationType()
    {
        Name = "PartnerClientRegistration";
        Field<NonNullGraphType<PartnerClientType>>("client").Resolve(c => c.Source.Client);
        Field<StringGraphType>("clientSecret").Description("A confidential client's secret, shown this once (stored hashed).").Resolve(c => c.Source.Secret);
    }
}

public sealed class RegisterPartnerClientInputType : InputObjectGraphType
{
    public RegisterPartnerClientInputType()
    {
        Name = "RegisterPartnerClientInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Shown to residents on the consent page (1–80 characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris").Description("1–10 absolute https URLs (http only to localhost), matched exactly.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("postLogoutRedirectUris").Description("Where end-session may send the browser back (0–10).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("Among openid, profile, email, voisinage:verified, voisinage:neighbourhood, offline_access (refresh tokens).");
        Field<NonNullGraphType<BooleanGraphType>>("confidential").Description("True for a server holding a secret; false for a browser or mobile app.");
    }
}

public sealed class PartnerConsentType : ObjectGraphType<PartnerConsent>
{
    public PartnerConsentType()
    {
        Name = "PartnerConsent";
        Description = "What the consent page shows: the partner, what it may ask for, and what you already let it see.";
        Field<NonNullGraphType<IdGraphType>>("clientId").Resolve(c => c.Source.Client.ClientId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Client.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedScopes").Resolve(c => c.Source.Client.Scopes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rememberedScopes")
            .Description("Scopes you agreed to share with this partner with \"remember my choice\" (empty when not signed in).")
            .Resolve(c => c.Source.Remembered);
    }
}

public sealed class ConnectedServiceType : ObjectGraphType<ConnectedService>
{
    public ConnectedServiceType()
    {
        Name = "ConnectedService";
        Description = "A partner service you let in, what it sees, since when.";
        Field<NonNullGraphType<IdGraphType>>("clientId").Resolve(c => c.Source.ClientId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(c => c.Source.Scopes);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("since").Resolve(c => c.Source.Since);
    }
}
