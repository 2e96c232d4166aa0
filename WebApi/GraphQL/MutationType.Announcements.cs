using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Official announcements of town halls and public agencies (docs/organisations.md, "Announcements").</summary>
public sealed partial class MutationType
{
    private void AddAnnouncementFields()
    {
        Field<NonNullGraphType<AnnouncementType>>("publishAnnouncement")
            .Description("An admin or editor of a verified town hall or public agency with a drawn area publishes an announcement to the residents whose home lies in the area (FORBIDDEN, NOT_VERIFIED, CONFLICT without an area; title ≤ 120, body ≤ 4000 characters). At most 10 per day.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<AnnouncementKindGraphType>>("kind")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .ResolveAsync(async c => await c.Grains().GetGrain<IAnnouncementGrain>(ContentIds.NewAnnouncement()).Publish(
                c.RequireCaller(), OrganisationId(c, "organisationId"), c.GetArgument<AnnouncementKind>("kind"),
                c.GetArgument<string>("title"), c.GetArgument<string>("body")));
    }
}
