using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    /// <summary>Accounts: sign-up, sign-in, sessions, password, export and deletion.</summary>
    partial void AddAccountFields()
    {
            Field<NonNullGraphType<AuthPayloadType>>("register")
                .Description("Opens an account: one pseudo and password for every service. Returns a token.")
                .Argument<NonNullGraphType<RegisterInputType>>("input")
                .ResolveAsync(async c =>
                {
                    var input = c.GetArgument<Dictionary<string, object?>>("input");
                    var registration = new Registration(Text(input, "pseudo"), Text(input, "email"), Text(input, "password"));
                    var who = await c.Grains().GetGrain<IAccountsGrain>(0).Register(registration);
                    return await SignIn(c, who);
                });

            Field<NonNullGraphType<AuthPayloadType>>("login")
                .Description("Exchanges an email or pseudo and a password for a bearer token. Five failures in 15 minutes lock the account for the rest of the window.")
                .Argument<NonNullGraphType<LoginInputType>>("input")
                .ResolveAsync(async c =>
                {
                    var input = c.GetArgument<Dictionary<string, object?>>("input");
                    var who = await c.Grains().GetGrain<IAccountsGrain>(0).Login(Text(input, "login"), Text(input, "password"));
                    return await SignIn(c, who);
                });

            Field<NonNullGraphType<BooleanGraphType>>("logout")
                .Description("Ends the current session: its token stops working at once (other sessions stay open; see mySessions) and the session cookie set by `register` or `login` is cleared.")
                .ResolveAsync(async c =>
                {
                    if (c.CallerId() is { } caller && c.User.SessionId() is { } session)
                    {
                        try
                        {
                            await c.Grains().GetGrain<IResidentSessionsGrain>(caller).RevokeSession(session, session);
                        }
                        catch (VoisinageException e) when (e.Code == ErrorCodes.NotFound)
                        {
                            // Ended meanwhile (from another device): logging out twice is not an error.
                        }
                    }

                    if (c.HttpContext() is { } http)
                    {
                        BrowserSession.Close(http);
                    }

                    return true;
                });

            Field<NonNullGraphType<BooleanGraphType>>("logoutEverywhere")
                .Description("Revokes every token of your account (every browser and device is signed out) and clears this browser's session cookie.")
                .ResolveAsync(async c =>
                {
                    await Caller<IResidentAccountGrain>(c).RevokeTokens();
                    if (c.HttpContext() is { } http)
                    {
                        BrowserSession.Close(http);
                    }

                    return true;
                });

            Field<NonNullGraphType<AuthPayloadType>>("changePassword")
                .Description("Changes your password: the current one is required (FORBIDDEN if wrong; failures count towards the login lock). Every other token is revoked; the answer carries a new one (and a new session cookie).")
                .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
                .Argument<NonNullGraphType<StringGraphType>>("newPassword")
                .ResolveAsync(async c => await SignIn(c, await Caller<IResidentAccountGrain>(c).ChangePassword(c.GetArgument<string>("currentPassword"), c.GetArgument<string>("newPassword"))));

            Field<NonNullGraphType<StringGraphType>>("exportMyData")
                .Description("Everything Voisinage holds about you, as a JSON document.")
                .ResolveAsync(async c => await Caller<IResidentAccountGrain>(c).ExportData());

            Field<NonNullGraphType<BooleanGraphType>>("deleteMyAccount")
                .Description("Deletes your account after checking your password: your content is anonymised; membership, home, vouches, tokens and connected partner services are gone.")
                .Argument<NonNullGraphType<StringGraphType>>("password")
                .ResolveAsync(async c =>
                {
                    await Caller<IResidentAccountGrain>(c).DeleteAccount(c.GetArgument<string>("password"));

                    // Partners' sign-ins end too (they already fail once the account is gone: tokens are checked against it).
                    await c.RequestServices!.GetRequiredService<Partners.ConnectedServices>().RevokeAll(c.RequireCaller(), c.CancellationToken);
                    return true;
                });
    }
}
