using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Sponsored;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Sponsored campaigns of verified businesses, approved by operators (docs/organisations.md, "Sponsored campaigns").</summary>
public sealed partial class MutationType
{
    private void AddCampaignFields()
    {
        Field<NonNullGraphType<CampaignType>>("createCampaign")
            .Description("An admin or editor of a verified business with a reach creates a sponsored campaign, PENDING until an operator approves it (FORBIDDEN for a non-member or another kind, NOT_VERIFIED, CONFLICT without a reach). At most 10 per 30 days.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<CampaignInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var draft = new CampaignDraft(
                    Text(input, "title"), Text(input, "text"),
                    (input.GetValueOrDefault("neighbourhoodIds") as IEnumerable<object?>)?.OfType<string>().ToList() ?? [],
                    (DateTimeOffset)input["startsAt"]!, (DateTimeOffset)input["endsAt"]!, (int)input["impressions"]!);
                return await c.Grains().GetGrain<ICampaignGrain>(ContentIds.NewCampaign()).Create(c.RequireCaller(), OrganisationId(c, "organisationId"), draft);
            });

        Field<NonNullGraphType<CampaignType>>("approveCampaign")
            .Description("Operators: approves a pending campaign (in the moderation log); it runs between its dates.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c => await CampaignOf(c).Decide(c.RequireCaller(), approve: true, c.GetArgument<string?>("reason") ?? string.Empty));

        Field<NonNullGraphType<CampaignType>>("rejectCampaign")
            .Description("Operators: rejects a pending campaign with a reason (in the moderation log, shown to the business).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await CampaignOf(c).Decide(c.RequireCaller(), approve: false, c.GetArgument<string>("reason")));

        Field<NonNullGraphType<CampaignType>>("editCampaign")
            .Description("An admin or editor of the business changes a campaign's title, text, dates or impressions (never below those delivered). A new title or text of an approved or paused campaign sends it back to the operators (PENDING). CONFLICT once rejected or cancelled.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<CampaignChangesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var changes = new CampaignChanges(
                    input.GetValueOrDefault("title") as string, input.GetValueOrDefault("text") as string,
                    input.GetValueOrDefault("startsAt") as DateTimeOffset?, input.GetValueOrDefault("endsAt") as DateTimeOffset?,
                    input.GetValueOrDefault("impressions") as int?);
                return await CampaignOf(c).Edit(c.RequireCaller(), changes);
            });

        Field<NonNullGraphType<CampaignType>>("pauseCampaign")
            .Description("An admin or editor of the business pauses an approved campaign: it is served to nobody until resumed.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await CampaignOf(c).Pause(c.RequireCaller()));

        Field<NonNullGraphType<CampaignType>>("resumeCampaign")
            .Description("An admin or editor of the business resumes a paused campaign.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await CampaignOf(c).Resume(c.RequireCaller()));

        Field<NonNullGraphType<CampaignType>>("cancelCampaign")
            .Description("An admin or editor of the business cancels a pending, approved or paused campaign, for good.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await CampaignOf(c).Cancel(c.RequireCaller()));

        Field<NonNullGraphType<BooleanGraphType>>("hideAdvertiser")
            .Description("Never shows you this advertiser's sponsored items again (an organisation id). Returns true.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c =>
            {
                await c.Grains().GetGrain<IResidentSponsoredGrain>(c.RequireCaller()).Hide(OrganisationId(c, "organisationId"));
                return true;
            });

        Field<NonNullGraphType<BooleanGraphType>>("unhideAdvertiser")
            .Description("Shows this advertiser's sponsored items again. Returns true.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c =>
            {
                await c.Grains().GetGrain<IResidentSponsoredGrain>(c.RequireCaller()).Unhide(OrganisationId(c, "organisationId"));
                return true;
            });
    }

    /// <summary>The campaign an id names, NOT_FOUND when malformed (so no grain is activated for it).</summary>
    private static ICampaignGrain CampaignOf(IResolveFieldContext c)
    {
        var id = c.GetArgument<string>("id");
        return ContentIds.IsCampaign(id) ? c.Grains().GetGrain<ICampaignGrain>(id) : throw VoisinageException.NotFound("No such campaign.");
    }
}
