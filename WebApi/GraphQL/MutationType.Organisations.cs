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
                    input.GetValueOrDefault("description") as string, input.GetValueOrDefault("hours") as string, input.GetValueOrDefault("publicAddress") as string);
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
    }

    /// <summary>The organisation named by an argument, NOT_FOUND for a malformed id (no grain is activated for it).</summary>
    private static IOrganisationGrain OrganisationOf(IResolveFieldContext c, string argument = "id")
    {
        var id = c.GetArgument<string>(argument);
        return ContentIds.IsOrganisation(id) ? c.Grains().GetGrain<IOrganisationGrain>(id) : throw VoisinageException.NotFound("No such organisation.");
    }
}
