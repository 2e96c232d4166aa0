using Voisinage.Grains.Alerts;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Residents;

/// <summary>
/// The memberships concept of a resident: where they belong, and the neighbourhood commands they give. Nothing of it is
/// stored on the resident: membership is derived from the neighbourhoods (the single source of truth), so merges and
/// splits move members without touching resident grains. The resident grain keeps one per activation and passes what
/// its own state says (the home cell, gone or not); whether a command is allowed (lead, adjacent, …) is the
/// neighbourhood grain's rule.
/// </summary>
internal sealed class ResidentMemberships(IGrainFactory grains, string residentId, Func<bool> followedByPush)
{
    private const int MaxLookups = 3;

    /// <summary>Tries of a membership change's forward to the push grain (1 s, 4 s, 9 s apart).</summary>
    private const int MaxForwards = 4;

    /// <summary>
    /// Where the resident belongs now, and as what: the owner of the home block, followed through aliases and settled if
    /// busy, if it counts this resident among its members. None without a home.
    /// </summary>
    public async Task<(string? NeighbourhoodId, MemberRole Role)> Current(string? homeCell)
    {
        if (homeCell is null)
        {
            return (null, MemberRole.None);
        }

        // A split or merge may move the block between reading its owner and asking that owner: then the owner has
        // changed, and we look again (a member is never in neither, only briefly seen through a stale owner).
        var block = grains.GetGrain<IBlockCellGrain>(Cells.BlockOf(homeCell).ToString());
        var owner = await block.GetOwner();
        for (var attempt = 0; ; attempt++)
        {
            var current = await NeighbourhoodLookup.Resolve(grains, owner);
            if (current is null)
            {
                return (null, MemberRole.None);
            }

            if (await grains.GetGrain<INeighbourhoodGrain>(current).GetRole(residentId) is not MemberRole.None and var role)
            {
                return (current, role);
            }

            var now = await block.GetOwner();
            if (now == owner || attempt == MaxLookups)
            {
                return (null, MemberRole.None);
            }

            owner = now;
        }
    }

    /// <summary>The neighbourhood the resident belongs to now, or null.</summary>
    public async Task<string?> Id(string? homeCell) => (await Current(homeCell)).NeighbourhoodId;

    /// <summary>Founds a neighbourhood on the resident's block, which becomes its id.</summary>
    public async Task<string> Found(H3Index block, string homeCell, string name)
    {
        if (await Id(homeCell) is not null)
        {
            throw VoisinageException.Conflict("You already belong to a neighbourhood: leave it first.");
        }

        var id = block.ToString();
        await grains.GetGrain<INeighbourhoodGrain>(id).Found(residentId, name);
        FollowedByPush();
        return id;
    }

    /// <summary>Joins the neighbourhood <paramref name="neighbourhoodId"/> answers for (joining it again is harmless); returns where the resident is then.</summary>
    public async Task<NeighbourhoodSummary> Join(H3Index block, string homeCell, string neighbourhoodId)
    {
        Cells.ParseBlock(neighbourhoodId);
        var target = await NeighbourhoodLookup.Resolve(grains, neighbourhoodId) ?? throw VoisinageException.NotFound("No such neighbourhood.");
        NeighbourhoodSummary? saved = null;
        if (await Id(homeCell) is { } current)
        {
            if (current != target)
            {
                throw VoisinageException.Conflict("You already belong to a neighbourhood: leave it first.");
            }
        }
        else
        {
            // Through this silo's join queue: joins of a busy neighbourhood are saved together (group commit), and the
            // answer is the neighbourhood as saved with this join.
            saved = await grains.GetGrain<IJoinQueueGrain>(0).Join(target, residentId, block.ToString());
        }

        FollowedByPush();
        if (saved is not null)
        {
            return saved;
        }

        // Joined before, or moved by a split the join led to (in the same turn): where the resident is now, usually where
        // they joined (two interleaved reads, never queued behind joins), else looked up in full.
        var joined = grains.GetGrain<INeighbourhoodGrain>(target);
        if (await joined.GetRole(residentId) != MemberRole.None && await joined.GetSummary() is { } summary)
        {
            return summary;
        }

        return await NeighbourhoodLookup.Summary(grains, await Id(homeCell))
            ?? throw VoisinageException.Conflict("This neighbourhood is being reorganised: try again in a moment.");
    }

    /// <summary>Leaves wherever the resident belongs; a split moving them meanwhile is followed.</summary>
    public async Task Leave(string? homeCell)
    {
        // Leave is a no-op where we are no longer a member (moved by a split meanwhile): look again until we are out.
        for (var attempt = 0; attempt <= MaxLookups && await Id(homeCell) is { } current; attempt++)
        {
            await grains.GetGrain<INeighbourhoodGrain>(current).Leave(residentId);
        }

        FollowedByPush();
    }

    public async Task<MergeProposal> ProposeMerge(string homeCell, string neighbourhoodId)
    {
        var mine = await Require(homeCell);
        Cells.ParseBlock(neighbourhoodId);
        var other = await NeighbourhoodLookup.Resolve(grains, neighbourhoodId) ?? throw VoisinageException.NotFound("No such neighbourhood.");
        return await grains.GetGrain<INeighbourhoodGrain>(mine).ProposeMerge(residentId, other);
    }

    public async Task<string> AcceptMerge(string homeCell, string proposalId)
    {
        var mine = await Require(homeCell);
        var plan = await grains.GetGrain<INeighbourhoodGrain>(mine).AcceptMerge(residentId, proposalId);

        // The survivor runs the merge; this resident's neighbourhood is only one of the two sides.
        await grains.GetGrain<INeighbourhoodFormationGrain>(plan.SurvivorId).Absorb(plan.AbsorbedId, plan.OperationId);
        return plan.SurvivorId;
    }

    /// <summary>Names a lead in <paramref name="neighbourhoodId"/>, which must be (an id of) the resident's own neighbourhood; returns that neighbourhood's id now.</summary>
    public async Task<string> NameLead(string? homeCell, string neighbourhoodId, string memberId)
    {
        Cells.ParseBlock(neighbourhoodId);
        var mine = await Id(homeCell);
        if (mine is null || await NeighbourhoodLookup.Resolve(grains, neighbourhoodId) != mine)
        {
            throw VoisinageException.Forbidden("Only a lead of this neighbourhood can name its leads.");
        }

        // Whether this resident leads it is the neighbourhood's rule.
        await grains.GetGrain<INeighbourhoodGrain>(mine).NameLead(residentId, memberId);
        return mine;
    }

    /// <summary>
    /// Push rosters follow membership at once (one-way), not at the next device registration; only for residents whose
    /// push grain registered a device (a resident without one has no roster to move: no activation for nothing).
    /// </summary>
    public void FollowedByPush()
    {
        if (followedByPush())
        {
            _ = Forward();
        }

        // Not awaited by the change (the push grain asks this resident where they belong, which would wait behind it), but
        // tried again after a failure: a roster that missed a join pushes nothing to the resident. A move or leave missed
        // for good is still repaired by the push grain's membership check at the old neighbourhood's next alert.
        async Task Forward()
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await grains.GetGrain<IResidentPushGrain>(residentId).FollowMembership();
                    return;
                }
                catch (Exception) when (attempt < MaxForwards)
                {
                    await Task.Delay(TimeSpan.FromSeconds(attempt * attempt));
                }
                catch (Exception)
                {
                    return;
                }
            }
        }
    }

    private async Task<string> Require(string homeCell) =>
        await Id(homeCell) ?? throw VoisinageException.Forbidden("Join a neighbourhood first.");
}
