using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.Edge;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Email address confirmation and password reset (docs/notifications.md, "Email").</summary>
public sealed partial class MutationType
{
    private void AddEmailFields()
    {
        Field<NonNullGraphType<BooleanGraphType>>("confirmEmail")
            .Description("Confirms your email address with the token of the link mailed at sign-up (INVALID_TOKEN if unknown, used or replaced by a newer email).")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async c =>
            {
                await c.Grains().GetGrain<IAccountsGrain>(0).ConfirmEmail(c.GetArgument<string>("token"));
                return true;
            });

        Field<NonNullGraphType<BooleanGraphType>>("resendEmailConfirmation")
            .Description("Mails a new confirmation link (the previous one stops working); nothing when already confirmed. At most 5 per day.")
            .ResolveAsync(async c =>
            {
                await Caller<IResidentAccountGrain>(c).ResendEmailConfirmation();
                return true;
            });

        Field<NonNullGraphType<BooleanGraphType>>("requestPasswordReset")
            .Description("Mails a single-use password-reset link (valid 1 hour) if an account has this email. The answer is the same either way. At most 5 per hour per email and 20 per client address.")
            .Argument<NonNullGraphType<StringGraphType>>("email")
            .ResolveAsync(async c =>
            {
                var address = c.HttpContext() is { } http ? ClientAddress.Of(http) : "unknown";
                await c.Grains().GetGrain<IAccountsGrain>(0).RequestPasswordReset(c.GetArgument<string>("email"), address);
                return true;
            });

        Field<NonNullGraphType<AuthPayloadType>>("resetPassword")
            .Description("Sets a new password with the token of a reset link (once; INVALID_TOKEN if used, replaced or expired). Every earlier session is signed out; the answer signs you in.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async c => await SignIn(c, await c.Grains().GetGrain<IAccountsGrain>(0).ResetPassword(c.GetArgument<string>("token"), c.GetArgument<string>("newPassword"))));
    }
}
