using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.WebApi.Auth;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Mutation fields. Each domain adds its own from a partial file (<c>MutationType.*.cs</c>).</summary>
public sealed partial class MutationType : ObjectGraphType
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
                await Caller(c).RevokeTokens();
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
            .ResolveAsync(async c => await SignIn(c, await Caller(c).ChangePassword(c.GetArgument<string>("currentPassword"), c.GetArgument<string>("newPassword"))));

        Field<NonNullGraphType<ResidentType>>("setHome")
            .Description("Declares your home. Only its H3 cell (res 10) is kept, never the coordinates. Moving drops your verification and membership.")
            .Argument<NonNullGraphType<FloatGraphType>>("lat")
            .Argument<NonNullGraphType<FloatGraphType>>("lng")
            .ResolveAsync(async c => await Caller(c).SetHome(c.GetArgument<double>("lat"), c.GetArgument<double>("lng")));

        Field<NonNullGraphType<VouchPayloadType>>("vouchFor")
            .Description("Vouches that a resident lives within 2 blocks of you. Two vouches from verified neighbours verify them. At most 5 vouches per 30 days.")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .ResolveAsync(async c =>
            {
                var voucher = c.RequireCaller();
                var candidate = c.GetArgument<string>("residentId");
                if (!ResidentIds.IsWellFormed(candidate))
                {
                    throw VoisinageException.NotFound("No such resident.");
                }

                var verification = await c.Grains().GetGrain<IResidentGrain>(candidate).ReceiveVouch(voucher);
                return new VouchPayload(candidate, verification.IsVerified);
            });

        Field<NonNullGraphType<LocationProgressType>>("submitLocationFix")
            .Description("A location fix taken at home. Three fixes within 50 m accuracy, at most one cell from home, on two different days (Europe/Paris) verify you.")
            .Argument<NonNullGraphType<FloatGraphType>>("lat")
            .Argument<NonNullGraphType<FloatGraphType>>("lng")
            .Argument<NonNullGraphType<FloatGraphType>>("accuracyMeters")
            .ResolveAsync(async c => await Caller(c).SubmitLocationFix(c.GetArgument<double>("lat"), c.GetArgument<double>("lng"), c.GetArgument<double>("accuracyMeters")));

        Field<NonNullGraphType<PostcardPayloadType>>("requestPostcard")
            .Description("Mails a single-use code to your home. The address is kept only until the postcard goes to the printer.")
            .Argument<NonNullGraphType<StringGraphType>>("postalAddress")
            .ResolveAsync(async c => await Caller(c).RequestPostcard(c.GetArgument<string>("postalAddress")));

        Field<NonNullGraphType<ResidentType>>("confirmPostcardCode")
            .Description("Confirms the code of your postcard. Five wrong attempts burn it.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async c =>
            {
                var me = Caller(c);
                await me.ConfirmPostcardCode(c.GetArgument<string>("code"));
                return await me.GetProfile();
            });

        Field<NonNullGraphType<IntGraphType>>("markPostcardsSent")
            .Description("Operators: acknowledges printed postcards; their addresses and codes are erased. Returns how many were pending.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 1000)
                {
                    throw VoisinageException.BadInput("At most 1000 ids at once.");
                }

                return await c.Grains().GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).MarkSent(c.RequireCaller(), ids);
            });

        Field<NonNullGraphType<NeighbourhoodType>>("foundNeighbourhood")
            .Description("Verified residents whose block belongs to no neighbourhood found one; its id is the block's H3 index.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c =>
            {
                var id = await Caller(c).FoundNeighbourhood(c.GetArgument<string>("name"));
                return await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(id);
            });

        Field<NonNullGraphType<NeighbourhoodType>>("joinNeighbourhood")
            .Description("Joins the neighbourhood owning your block, or grows it by your block when it is unowned and adjacent.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Caller(c).JoinNeighbourhood(c.GetArgument<string>("id")));

        Field<NonNullGraphType<BooleanGraphType>>("leaveNeighbourhood")
            .Description("Leaves your neighbourhood; the last member to leave dissolves it.")
            .ResolveAsync(async c =>
            {
                await Caller(c).LeaveNeighbourhood();
                return true;
            });

        Field<NonNullGraphType<BooleanGraphType>>("nameLead")
            .Description("A lead makes another member of their neighbourhood a lead.")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .ResolveAsync(async c =>
            {
                await Caller(c).NameLead(c.GetArgument<string>("neighbourhoodId"), c.GetArgument<string>("residentId"));
                return true;
            });

        Field<NonNullGraphType<MergeProposalType>>("proposeMerge")
            .Description("A lead proposes to merge their neighbourhood with an adjacent one. A lead of the other accepts with acceptMerge; the one with more members survives.")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .ResolveAsync(async c => await Caller(c).ProposeMerge(c.GetArgument<string>("neighbourhoodId")));

        Field<NonNullGraphType<NeighbourhoodType>>("acceptMerge")
            .Description("A lead of the neighbourhood a proposal was made to accepts it: the two merge at once. Returns the survivor; the other id keeps answering as its alias.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId")
            .ResolveAsync(async c =>
            {
                var proposalId = c.GetArgument<string>("proposalId");
                if (proposalId.Length > 100)
                {
                    throw VoisinageException.NotFound("No such merge proposal for this neighbourhood.");
                }

                var survivor = await Caller(c).AcceptMerge(proposalId);
                return await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(survivor);
            });

        Field<NonNullGraphType<StringGraphType>>("exportMyData")
            .Description("Everything Voisinage holds about you, as a JSON document.")
            .ResolveAsync(async c => await Caller(c).ExportData());

        Field<NonNullGraphType<BooleanGraphType>>("deleteMyAccount")
            .Description("Deletes your account after checking your password: your content is anonymised; membership, home, vouches and tokens are gone.")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .ResolveAsync(async c =>
            {
                await Caller(c).DeleteAccount(c.GetArgument<string>("password"));
                return true;
            });

        AddAlertFields();
        AddListingFields();
        AddMessagingFields();
        AddModerationFields();
        AddOperatorFields();
        AddSessionFields();
        AddNotificationFields();
        AddNotificationPreferenceFields();
    }

    private static IResidentGrain Caller(IResolveFieldContext c) => c.Grains().GetGrain<IResidentGrain>(c.RequireCaller());

    private static string Text(Dictionary<string, object?> input, string name) => input.GetValueOrDefault(name) as string ?? string.Empty;

    /// <summary>Opens a session for the sign-in (described by the client's user agent) and issues its token, expiring with it.</summary>
    private static async Task<AuthPayload> SignIn(IResolveFieldContext c, SignedIn who)
    {
        var tokens = c.RequestServices!.GetRequiredService<TokenService>();
        var userAgent = c.HttpContext()?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, MaxUserAgentLength)] : null;
        var opened = await c.Grains().GetGrain<IResidentSessionsGrain>(who.ResidentId).OpenSession(who.TokenVersion, userAgent, tokens.Lifetime);
        var (token, expiresAt) = tokens.Issue(who, opened.SessionId, opened.ExpiresAt);
        c.MarkSignedIn(who.ResidentId);
        if (c.HttpContext() is { } http)
        {
            BrowserSession.Open(http, token, expiresAt);
        }

        return new AuthPayload(token, expiresAt, opened.Profile);
    }

    /// <summary>Only a browser and system summary is kept; a longer user agent is cut before it reaches a grain.</summary>
    private const int MaxUserAgentLength = 512;

    partial void AddAlertFields();

    partial void AddListingFields();

    partial void AddMessagingFields();
}
