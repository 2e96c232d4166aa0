using Orleans.Concurrency;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident's memberships and standing: founding, joining and leaving the home neighbourhood, merges and leads as a
/// lead, and where the resident stands (the one check every feature makes). Derived from the neighbourhoods, checked
/// against the resident's own state (account, verified home): a face of the resident grain, same activation and state
/// as <see cref="IResidentAccountGrain"/>.
/// </summary>
public interface IResidentMembershipGrain : IGrainWithStringKey
{
    /// <summary>Founds a neighbourhood on this verified resident's block cell, which must belong to none.</summary>
    Task<string> FoundNeighbourhood(string name);

    /// <summary>
    /// Joins the neighbourhood that owns this resident's block cell, or annexes the cell if it is unowned and adjacent;
    /// returns the neighbourhood this resident belongs to afterwards.
    /// </summary>
    Task<NeighbourhoodSummary> JoinNeighbourhood(string neighbourhoodId);

    /// <summary>Leaves the home neighbourhood, if any.</summary>
    Task LeaveNeighbourhood();

    /// <summary>As a lead of the home neighbourhood, proposes to merge it with an adjacent one.</summary>
    Task<MergeProposal> ProposeMerge(string neighbourhoodId);

    /// <summary>As a lead of the home neighbourhood, accepts a proposal made to it; the merge runs. Returns the survivor's id.</summary>
    Task<string> AcceptMerge(string proposalId);

    /// <summary>
    /// As a lead of the home neighbourhood, makes another member a lead (logged in the neighbourhood's moderation log).
    /// <paramref name="neighbourhoodId"/> (any id it answers to) must be that neighbourhood: a lead of another one is FORBIDDEN.
    /// </summary>
    Task NameLead(string neighbourhoodId, string memberId);

    /// <summary>
    /// The id of this resident's home neighbourhood as it is now (following merges and splits), or null.
    /// What other domains (alerts, listings, messaging) use to scope a resident.
    /// </summary>
    [AlwaysInterleave]
    Task<string?> GetNeighbourhoodId();

    /// <summary>
    /// The resident's push grain registered a device: from now on every membership change (join, leave, move) reaches
    /// it through <see cref="Alerts.IResidentPushGrain.FollowMembership"/>, and once at once. Before the first device
    /// nothing is sent there, so onboarding activates no push grain. One-way: the push grain never waits on the resident.
    /// </summary>
    [OneWay]
    Task FollowedByPush();

    /// <summary>
    /// Where this resident stands (no account, non-member, member, verified member or lead, operator or not) with their
    /// canonical neighbourhood: the one check every feature makes before letting a resident act or read. Read-only, so it
    /// interleaves: a grain this resident is waiting on (erasing their alerts, say) may ask it without a deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task<Standing> GetStanding();
}
