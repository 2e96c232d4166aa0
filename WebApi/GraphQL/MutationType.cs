using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

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
    }

    private static string Text(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) as string ?? string.Empty;

    private static async Task<AuthPayload> SignIn(IResolveFieldContext c, SignedIn who)
    {
        var profile = await c.Grains().GetGrain<IResidentGrain>(who.ResidentId).GetProfile()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        var (token, expiresAt) = c.RequestServices!.GetRequiredService<TokenService>().Issue(who);
        c.MarkSignedIn(who.ResidentId);
        return new AuthPayload(token, expiresAt, profile);
    }
}
