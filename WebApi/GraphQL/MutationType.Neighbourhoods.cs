using GraphQL;
using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    /// <summary>Neighbourhoods: found, join, leave, leads and merges (SPEC §4).</summary>
    partial void AddNeighbourhoodFields()
    {
            Field<NonNullGraphType<NeighbourhoodType>>("foundNeighbourhood")
                .Description("Verified residents whose block belongs to no neighbourhood found one; its id is the block's H3 index.")
                .Argument<NonNullGraphType<StringGraphType>>("name")
                .ResolveAsync(async c =>
                {
                    var id = await Caller<IResidentMembershipGrain>(c).FoundNeighbourhood(c.GetArgument<string>("name"));
                    return await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(id);
                });

            Field<NonNullGraphType<NeighbourhoodType>>("joinNeighbourhood")
                .Description("Joins the neighbourhood owning your block, or grows it by your block when it is unowned and adjacent.")
                .Argument<NonNullGraphType<IdGraphType>>("id")
                .ResolveAsync(async c => await Caller<IResidentMembershipGrain>(c).JoinNeighbourhood(c.GetArgument<string>("id")));

            Field<NonNullGraphType<BooleanGraphType>>("leaveNeighbourhood")
                .Description("Leaves your neighbourhood; the last member to leave dissolves it.")
                .ResolveAsync(async c =>
                {
                    await Caller<IResidentMembershipGrain>(c).LeaveNeighbourhood();
                    return true;
                });

            Field<NonNullGraphType<BooleanGraphType>>("nameLead")
                .Description("A lead makes another member of their neighbourhood a lead.")
                .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
                .Argument<NonNullGraphType<IdGraphType>>("residentId")
                .ResolveAsync(async c =>
                {
                    await Caller<IResidentMembershipGrain>(c).NameLead(c.GetArgument<string>("neighbourhoodId"), c.GetArgument<string>("residentId"));
                    return true;
                });

            Field<NonNullGraphType<MergeProposalType>>("proposeMerge")
                .Description("A lead proposes to merge their neighbourhood with an adjacent one. A lead of the other accepts with acceptMerge; the one with more members survives.")
                .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
                .ResolveAsync(async c => await Caller<IResidentMembershipGrain>(c).ProposeMerge(c.GetArgument<string>("neighbourhoodId")));

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

                    var survivor = await Caller<IResidentMembershipGrain>(c).AcceptMerge(proposalId);
                    return await c.Grains().GetGrain<INeighbourhoodDirectoryGrain>(0).Find(survivor);
                });
    }
}
