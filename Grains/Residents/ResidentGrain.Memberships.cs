using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Memberships: what the resident's own state says (account, verified home) is checked here; the rest is
/// <see cref="ResidentMemberships"/>, which derives membership from the neighbourhoods.
/// </summary>
internal sealed partial class ResidentGrain : IResidentMembershipGrain
{
    // Memberships: derived from the neighbourhoods, never stored here (ResidentMemberships); this grain checks what its
    // own state says (account, verified home) and hands over.

    private ResidentMemberships Memberships => _memberships ??= new ResidentMemberships(GrainFactory, Id, () => State.PushFollows != false);

    /// <summary>The home cell memberships are derived from: none once the account is deleted.</summary>
    private string? Home => State.Deleted ? null : State.HomeCell;

    private ResidentMemberships? _memberships;

    public Task<string> FoundNeighbourhood(string name)
    {
        var block = RequireVerifiedWithBlock();
        return Memberships.Found(block, State.HomeCell!, name);
    }

    public Task<NeighbourhoodSummary> JoinNeighbourhood(string neighbourhoodId)
    {
        var block = RequireVerifiedWithBlock();
        return Memberships.Join(block, State.HomeCell!, neighbourhoodId);
    }

    public Task LeaveNeighbourhood()
    {
        RequireExisting();
        return Memberships.Leave(Home);
    }

    public Task<MergeProposal> ProposeMerge(string neighbourhoodId)
    {
        RequireVerifiedWithBlock();
        return Memberships.ProposeMerge(State.HomeCell!, neighbourhoodId);
    }

    public Task<string> AcceptMerge(string proposalId)
    {
        RequireVerifiedWithBlock();
        return Memberships.AcceptMerge(State.HomeCell!, proposalId);
    }

    public async Task NameLead(string neighbourhoodId, string memberId)
    {
        var neighbourhood = await Memberships.NameLead(Home, neighbourhoodId, memberId);
        await Moderation.ModerationLogWrites.LeadNamed(GrainFactory, neighbourhood, Id, memberId, clock.GetUtcNow());
    }

    public async Task SetOperator(bool isOperator)
    {
        if (State.Operator != isOperator)
        {
            resident.State = State with { Operator = isOperator };
            await resident.WriteStateAsync();
        }
    }

    public Task<string?> GetNeighbourhoodId() => Memberships.Id(Home);

    public async Task FollowedByPush()
    {
        if (Gone || State.PushFollows == true)
        {
            return;
        }

        resident.State = State with { PushFollows = true };
        await resident.WriteStateAsync();

        // The push grain read the membership before this flag was saved: a join in between was not forwarded to it.
        Memberships.FollowedByPush();
    }

    public async Task<Standing> GetStanding()
    {
        if (Gone)
        {
            // Configured operators need no account: trusted code (tests, tools) may act as one by id; nobody can sign in as it.
            return IsOperator ? Standing.None with { IsOperator = true } : Standing.None;
        }

        var (neighbourhoodId, role) = await Memberships.Current(Home);
        var level = role switch
        {
            MemberRole.Lead => StandingLevel.Lead,
            MemberRole.Member => State.Verification.IsVerified ? StandingLevel.VerifiedMember : StandingLevel.Member,
            _ => StandingLevel.NonMember,
        };
        return new Standing(level, Profile(neighbourhoodId), IsOperator);
    }
}
