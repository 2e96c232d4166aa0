using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Query fields. Each domain adds its own from a partial file (<c>QueryType.*.cs</c>).</summary>
public sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<ResidentType>>("me")
            .Description("The signed-in resident, private fields included.")
            .ResolveAsync(async c =>
            {
                var id = c.RequireCaller();
                return await c.Grains().GetGrain<IResidentAccountGrain>(id).GetProfile()
                    ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
            });

        Field<NeighbourhoodType>("neighbourhood")
            .Description("A neighbourhood, for its members. The id of a neighbourhood merged away answers with the survivor.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                Cells.ParseBlock(id);
                return (await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Details(id, c.RequireCaller())).Summary;
            });

        Field<NeighbourhoodType>("neighbourhoodAt")
            .Description("Public: the neighbourhood of the block at a point, or null.")
            .Argument<NonNullGraphType<FloatGraphType>>("lat")
            .Argument<NonNullGraphType<FloatGraphType>>("lng")
            .ResolveAsync(async c => await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).At(c.GetArgument<double>("lat"), c.GetArgument<double>("lng")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourhoodType>>>>("nearbyNeighbourhoods")
            .Description("Public: neighbourhoods owning a block within radiusMeters (0–3,000) of a point, nearest first.")
            .Argument<NonNullGraphType<FloatGraphType>>("lat")
            .Argument<NonNullGraphType<FloatGraphType>>("lng")
            .Argument<NonNullGraphType<FloatGraphType>>("radiusMeters")
            .ResolveAsync(async c => await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0)
                .Near(c.GetArgument<double>("lat"), c.GetArgument<double>("lng"), c.GetArgument<double>("radiusMeters"), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostcardOrderType>>>>("postcardOutbox")
            .Description("Operators: postcards waiting for the printer, oldest first. Acknowledge them with markPostcardsSent, then read again.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c => await c.Grains().GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).List(c.RequireCaller(), c.GetArgument("first", 100)));

        AddAlertFields();
        AddListingFields();
        AddMessagingFields();
        AddModerationFields();
        AddOperatorFields();
        AddSessionFields();
        AddNotificationFields();
        AddNotificationPreferenceFields();
        AddAppFields();
        AddOrganisationFields();
        AddAnnouncementFields();
        AddPartnerFields();
        AddPasskeyFields();
        AddCampaignFields();
    }

    partial void AddAlertFields();

    partial void AddListingFields();

    partial void AddMessagingFields();

    partial void AddAppFields();
}
