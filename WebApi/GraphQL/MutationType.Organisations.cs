using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Organisations;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Organisations created by verified residents, verified by operators, run by their members (docs/organisations.md).</summary>
public sealed partial class MutationType
{
    private void AddOrganisationFields()
    {
        Field<NonNullGraphType<OrganisationType>>("createOrganisation")
            .Description("A verified resident creates an organisation and becomes its admin; it is PENDING until an operator verifies it. The identifier is checked (INVALID_IDENTIFIER, INVALID_CHECK_DIGIT). At most 3 per 30 days.")
            .Argument<NonNullGraphType<CreateOrganisationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var draft = new OrganisationDraft(
                    (OrganisationKind)input["kind"]!, Text(input, "name"), Text(input, "identifier"),
                    input.GetValueOrDefault("description") as string, input.GetValueOrDefault("hours") as string, input.GetValueOrDefault("publicAddress") as string)
                {
                    Latitude = input.GetValueOrDefault("latitude") as double?,
                    Longitude = input.GetValueOrDefault("longitude") as double?,
                };
                return await c.Grains().GetGrain<IResidentOrganisationsGrain>(c.RequireCaller()).Create(draft);
            });

        Field<NonNullGraphType<OrganisationType>>("verifyOrganisation")
            .Description("Operators: verifies an organisation (in the moderation log); it may then publish under its name.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c => await OrganisationOf(c).Decide(c.RequireCaller(), verify: true, c.GetArgument<string?>("reason") ?? string.Empty));

        Field<NonNullGraphType<OrganisationType>>("rejectOrganisation")
            .Description("Operators: rejects an organisation with a reason (in the moderation log, shown to its members).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await OrganisationOf(c).Decide(c.RequireCaller(), verify: false, c.GetArgument<string>("reason")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMemberType>>>>("addOrganisationMember")
            .Description("An admin adds a verified resident as ADMIN or EDITOR, or changes a member's role (the last admin stays one). Returns the members.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .Argument<NonNullGraphType<OrganisationRoleGraphType>>("role")
            .ResolveAsync(async c => await OrganisationOf(c, "organisationId")
                .AddMember(c.RequireCaller(), c.GetArgument<string>("residentId"), c.GetArgument<OrganisationRole>("role")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMemberType>>>>("removeOrganisationMember")
            .Description("An admin removes a member, or you leave (your own id). The last admin cannot leave (CONFLICT). Returns the members.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<IdGraphType>>("residentId")
            .ResolveAsync(async c => await OrganisationOf(c, "organisationId").RemoveMember(c.RequireCaller(), c.GetArgument<string>("residentId")));

        Field<NonNullGraphType<OrganisationType>>("setOrganisationArea")
            .Description("An admin of a town hall or public agency draws the area it serves: a GeoJSON Polygon or MultiPolygon ([longitude, latitude] positions, holes allowed). Kept as the home cells whose centres lie in it; AREA_TOO_LARGE past the cap.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<NonNullGraphType<StringGraphType>>("geoJson")
            .ResolveAsync(async c => await OrganisationOf(c, "organisationId").SetArea(c.RequireCaller(), c.GetArgument<string>("geoJson")));

        Field<NonNullGraphType<OrganisationType>>("setOrganisationReach")
            .Description("An admin of an association or business sets its reach: neighbourhoods among reachCandidates (at most 20), or a radius (100–5000 m) around a business's premises, whose point (chosen on the map) may be given here. Logged.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("neighbourhoodIds")
            .Argument<IntGraphType>("radiusMeters")
            .Argument<FloatGraphType>("latitude")
            .Argument<FloatGraphType>("longitude")
            .ResolveAsync(async c => await OrganisationOf(c, "organisationId").SetReach(c.RequireCaller(), new ReachRequest(
                c.GetArgument<List<string>?>("neighbourhoodIds") ?? [], c.GetArgument<int?>("radiusMeters"),
                c.GetArgument<double?>("latitude"), c.GetArgument<double?>("longitude"))));

        AddRecommendationFields();
    }

    private void AddRecommendationFields()
    {
        Field<NonNullGraphType<RecommendationCountsType>>("recommendOrganisation")
            .Description("A verified member of a neighbourhood recommends a verified business or association; once per resident (again: no change). At most 30 per hour.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await RecommendationsOf(c).Recommend(c.RequireCaller()));

        Field<NonNullGraphType<RecommendationCountsType>>("unrecommendOrganisation")
            .Description("Withdraws your recommendation, if any.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await RecommendationsOf(c).Unrecommend(c.RequireCaller()));
    }

    private static IOrganisationRecommendationsGrain RecommendationsOf(IResolveFieldContext c) =>
        c.Grains().GetGrain<IOrganisationRecommendationsGrain>(OrganisationId(c, "id"));

    private static IOrganisationGrain OrganisationOf(IResolveFieldContext c, string argument = "id") =>
        c.Grains().GetGrain<IOrganisationGrain>(OrganisationId(c, argument));

    /// <summary>The organisation id an argument names, NOT_FOUND when malformed (so no grain is activated for it).</summary>
    private static string OrganisationId(IResolveFieldContext c, string argument)
    {
        var id = c.GetArgument<string>(argument);
        return ContentIds.IsOrganisation(id) ? id : throw VoisinageException.NotFound("No such organisation.");
    }
}
