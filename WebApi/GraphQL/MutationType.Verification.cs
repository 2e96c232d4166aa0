using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    /// <summary>Home and verification: the three paths of SPEC §3 (vouches, location fixes, postcards).</summary>
    partial void AddVerificationFields()
    {
            Field<NonNullGraphType<ResidentType>>("setHome")
                .Description("Declares your home. Only its H3 cell (res 10) is kept, never the coordinates. Moving drops your verification and membership.")
                .Argument<NonNullGraphType<FloatGraphType>>("lat")
                .Argument<NonNullGraphType<FloatGraphType>>("lng")
                .ResolveAsync(async c => await Caller<IResidentVerificationGrain>(c).SetHome(c.GetArgument<double>("lat"), c.GetArgument<double>("lng")));

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

                    var verification = await c.Grains().GetGrain<IResidentVerificationGrain>(candidate).ReceiveVouch(voucher);
                    return new VouchPayload(candidate, verification.IsVerified);
                });

            Field<NonNullGraphType<LocationProgressType>>("submitLocationFix")
                .Description("A location fix taken at home. Three fixes within 50 m accuracy, at most one cell from home, on two different days (Europe/Paris) verify you.")
                .Argument<NonNullGraphType<FloatGraphType>>("lat")
                .Argument<NonNullGraphType<FloatGraphType>>("lng")
                .Argument<NonNullGraphType<FloatGraphType>>("accuracyMeters")
                .ResolveAsync(async c => await Caller<IResidentVerificationGrain>(c).SubmitLocationFix(c.GetArgument<double>("lat"), c.GetArgument<double>("lng"), c.GetArgument<double>("accuracyMeters")));

            Field<NonNullGraphType<PostcardPayloadType>>("requestPostcard")
                .Description("Mails a single-use code to your home. The address is kept only until the postcard goes to the printer.")
                .Argument<NonNullGraphType<StringGraphType>>("postalAddress")
                .ResolveAsync(async c => await Caller<IResidentVerificationGrain>(c).RequestPostcard(c.GetArgument<string>("postalAddress")));

            Field<NonNullGraphType<ResidentType>>("confirmPostcardCode")
                .Description("Confirms the code of your postcard. Five wrong attempts burn it.")
                .Argument<NonNullGraphType<StringGraphType>>("code")
                .ResolveAsync(async c =>
                {
                    await Caller<IResidentVerificationGrain>(c).ConfirmPostcardCode(c.GetArgument<string>("code"));
                    return await Caller<IResidentAccountGrain>(c).GetProfile();
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
    }
}
