using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class OrganisationKindGraphType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindGraphType()
    {
        Name = "OrganisationKind";
        Description = "COMMUNE (town hall: INSEE commune code), PUBLIC_AGENCY (SIRET), ASSOCIATION (RNA number) or BUSINESS (business or producer: SIRET and a public address).";
    }
}

public sealed class OrganisationStatusGraphType : EnumerationGraphType<OrganisationStatus>
{
    public OrganisationStatusGraphType()
    {
        Name = "OrganisationStatus";
        Description = "PENDING (waiting for an operator), VERIFIED or REJECTED (with the operator's reason).";
    }
}

public sealed class OrganisationRoleGraphType : EnumerationGraphType<OrganisationRole>
{
    public OrganisationRoleGraphType()
    {
        Name = "OrganisationRole";
        Description = "ADMIN (manages members and publishes) or EDITOR (publishes).";
    }
}

public sealed class OrganisationLogActionGraphType : EnumerationGraphType<OrganisationLogAction>
{
    public OrganisationLogActionGraphType()
    {
        Name = "OrganisationLogAction";
        Description = "What an organisation log entry records.";
    }
}

/// <summary>An organisation's public page data; members and log only for those allowed to see them.</summary>
public sealed class OrganisationType : ObjectGraphType<Organisation>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "A town hall, public agency, association or business. The only address ever shown is a business's public address.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("identifier").Description("SIRET, RNA number or INSEE commune code (public registers).").Resolve(c => c.Source.Identifier);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("hours").Description("Opening hours, as the organisation writes them.").Resolve(c => c.Source.Hours);
        Field<StringGraphType>("publicAddress").Description("A business's premises; null for every other kind.").Resolve(c => c.Source.PublicAddress);
        Field<NonNullGraphType<OrganisationStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("decision").Description("The operator's reason (why it was rejected).").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("orphaned")
            .Description("Its last member's account was deleted: nobody acts for it until an operator names an admin (addOrganisationMember).")
            .Resolve(c => c.Source.Orphaned);
        Field<NonNullGraphType<IntGraphType>>("areaCellCount")
            .Description("How many home cells (H3 res 10, about 0.015 km² each) the area it serves covers; 0 until a town hall or agency draws it.")
            .Resolve(c => c.Source.AreaCellCount);
        Field<FloatGraphType>("latitude").Description("A business's premises, chosen on the map (public like its address); null otherwise.").Resolve(c => c.Source.Latitude);
        Field<FloatGraphType>("longitude").Resolve(c => c.Source.Longitude);
        Field<OrganisationReachType>("reach").Description("An association's or business's reach: neighbourhoods or a radius around the premises; null until set.").Resolve(c => c.Source.Reach);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReachCandidateType>>>>("reachCandidates")
            .Description("For its admins: the neighbourhoods it may reach (its members' own and those near them or near a business's premises). FORBIDDEN for others.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IOrganisationGrain>(c.Source.Id).ReachCandidates(c.RequireCaller()));
        Field<NonNullGraphType<OrganisationListingPageType>>("listings")
            .Description("Its current events and offers (open, newest first), public like the page: at most first (1–50), after a listing id.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<IdGraphType>("after")
            .ResolveAsync(async c => await c.Grains().GetGrain<IOrganisationListingsGrain>(c.Source.Id).Current(c.GetArgument("first", 10), c.GetArgument<string?>("after")));
        Field<OrganisationRoleGraphType>("myRole")
            .Description("Your role in it, or null.")
            .ResolveAsync(async c => c.CallerId() is { } me ? await c.Grains().GetGrain<IOrganisationGrain>(c.Source.Id).RoleOf(me) : null);
        Field<NonNullGraphType<RecommendationCountsType>>("recommendations")
            .Description("How many residents recommend it, whether you do, and how many in your neighbourhood (nobody is named).")
            .ResolveAsync(async c => await c.Grains().GetGrain<IOrganisationRecommendationsGrain>(c.Source.Id).Get(c.CallerId()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMemberType>>>>("members")
            .Description("Its members and roles: for its members and operators (FORBIDDEN for others).")
            .ResolveAsync(async c => await c.Grains().GetGrain<IOrganisationGrain>(c.Source.Id).GetMembers(c.RequireCaller()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationLogEntryType>>>>("log")
            .Description("Every change, oldest first: for its admins and operators (FORBIDDEN for others).")
            .ResolveAsync(async c => await c.Grains().GetGrain<IOrganisationGrain>(c.Source.Id).GetLog(c.RequireCaller()));
    }
}

public sealed class OrganisationMemberType : ObjectGraphType<OrganisationMember>
{
    public OrganisationMemberType()
    {
        Name = "OrganisationMember";
        Field<ResidentType>("resident").Description("Null once the account is deleted.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.ResidentId).GetProfile());
        Field<NonNullGraphType<IdGraphType>>("residentId").Resolve(c => c.Source.ResidentId);
        Field<NonNullGraphType<OrganisationRoleGraphType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("since").Resolve(c => c.Source.Since);
    }
}

public sealed class OrganisationLogEntryType : ObjectGraphType<OrganisationLogEntry>
{
    public OrganisationLogEntryType()
    {
        Name = "OrganisationLogEntry";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<OrganisationLogActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<IdGraphType>>("actorId").Resolve(c => c.Source.ActorId);
        Field<IdGraphType>("residentId").Description("The member concerned.").Resolve(c => c.Source.ResidentId);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("The role given, the kind created, or the operator's reason.").Resolve(c => c.Source.Detail);
    }
}

public sealed class CreateOrganisationInputType : InputObjectGraphType
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("name").Description("3–100 characters.");
        Field<NonNullGraphType<StringGraphType>>("identifier").Description("SIRET (14 digits) for a business or public agency, RNA (W and 9 digits) for an association, INSEE commune code for a town hall.");
        Field<StringGraphType>("description").Description("At most 2000 characters.");
        Field<StringGraphType>("hours").Description("At most 500 characters.");
        Field<StringGraphType>("publicAddress").Description("Required for a business, refused for any other kind (at most 200 characters).");
        Field<FloatGraphType>("latitude").Description("A business's premises, chosen on the map (public); refused for any other kind.");
        Field<FloatGraphType>("longitude");
    }
}

public sealed class RecommendationCountsType : ObjectGraphType<RecommendationCounts>
{
    public RecommendationCountsType()
    {
        Name = "RecommendationCounts";
        Description = "Recommendations of a business or association: one per verified resident, counted per neighbourhood.";
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<BooleanGraphType>>("mine").Description("Whether you recommend it.").Resolve(c => c.Source.Mine);
        Field<NonNullGraphType<IntGraphType>>("inMyNeighbourhood").Description("Recommendations from your neighbourhood (0 outside one).").Resolve(c => c.Source.InMyNeighbourhood);
    }
}

public sealed class OrganisationReachType : ObjectGraphType<OrganisationReach>
{
    public OrganisationReachType()
    {
        Name = "OrganisationReach";
        Description = "Where an association or business reaches: the neighbourhoods it chose, or a radius around a business's premises.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("neighbourhoodIds").Description("As chosen (empty for a radius).").Resolve(c => c.Source.NeighbourhoodIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReachNeighbourhoodType>>>>("neighbourhoods")
            .Description("The chosen neighbourhoods with their names (those gone since are left out).")
            .ResolveAsync(async c => (await Task.WhenAll(c.Source.NeighbourhoodIds.Select(id => c.Grains().GetGrain<INeighbourhoodGrain>(id).GetSummary()))).OfType<NeighbourhoodSummary>().ToList());
        Field<IntGraphType>("radiusMeters").Resolve(c => c.Source.RadiusMeters);
    }
}

public sealed class ReachNeighbourhoodType : ObjectGraphType<NeighbourhoodSummary>
{
    public ReachNeighbourhoodType()
    {
        Name = "ReachNeighbourhood";
        Description = "A neighbourhood of an organisation's reach: where its events and offers may go.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}

public sealed class ReachCandidateType : ObjectGraphType<ReachCandidate>
{
    public ReachCandidateType()
    {
        Name = "ReachCandidate";
        Description = "A neighbourhood an organisation may reach (never its members).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(c => c.Source.MemberCount);
    }
}
