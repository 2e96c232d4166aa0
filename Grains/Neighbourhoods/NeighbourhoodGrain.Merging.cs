using Microsoft.Extensions.Logging;
using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Merges. The survivor coordinates: it persists its intent, freezes the other (which consented, as proposer,
/// acceptor, or small neighbourhood asking to be merged), moves each cell with a compare-and-set, commits the union
/// in one write, then retires the other into an alias. Anyone who meets a frozen id asks the survivor to settle it.
/// </summary>
internal sealed partial class NeighbourhoodGrain
{
    private const int MaxOpenProposals = 10;

    public async Task<MergeProposal> ProposeMerge(string leadId, string otherId)
    {
        RequireNotReorganised();
        RequireExisting();
        RequireLead(leadId, "Only a lead can propose a merge.");
        if (otherId == Id)
        {
            throw VoisinageException.BadInput("A neighbourhood cannot merge with itself.");
        }

        var other = await Other(otherId).PeekSummary() ?? throw VoisinageException.NotFound("No such neighbourhood.");
        if (!Adjacent(other.Cells))
        {
            throw VoisinageException.BadInput("Only adjacent neighbourhoods can merge.");
        }

        if (State.Proposals.FirstOrDefault(p => p.ToId == otherId && IsOpen(p)) is { } existing)
        {
            return existing;
        }

        // An expired proposal gives way to the new one (the list keeps at most one per neighbour).
        State.Proposals.RemoveAll(p => p.ToId == otherId);
        if (State.Proposals.Count(IsOpen) >= MaxOpenProposals)
        {
            throw VoisinageException.Conflict($"At most {MaxOpenProposals} merge proposals can be open at once.");
        }

        var proposal = new MergeProposal($"merge-{Id}-{Guid.NewGuid():N}", Id, otherId, leadId, clock.GetUtcNow());
        State.Proposals.Add(proposal);
        await Save();
        await Other(otherId).NoteProposal(proposal);
        return proposal;
    }

    public async Task NoteProposal(MergeProposal proposal)
    {
        if (!Exists || State.Frozen is not null || State.Incoming is not null || State.PendingMerge is not null || State.PendingSplit is not null
            || State.ProposalsReceived.Any(p => p.Id == proposal.Id))
        {
            return;
        }

        // Received proposals are only shown: expired ones are dropped here, so the list stays bounded.
        State.ProposalsReceived.RemoveAll(p => !IsOpen(p));
        if (State.ProposalsReceived.Count >= 50)
        {
            return;
        }

        State.ProposalsReceived.Add(proposal);
        await Save();
    }

    public Task<MergeProposal?> GetProposal(string proposalId) =>
        Task.FromResult(State.Proposals.FirstOrDefault(p => p.Id == proposalId && IsOpen(p)));

    /// <summary>
    /// The one expiry rule (<see cref="NeighbourhoodOptions.MergeProposalTtl"/>), applied by the proposer (to accept it,
    /// count it, repeat it) and the receiver (to show it). A merge accepted in time runs to its end whatever the clock says.
    /// </summary>
    private bool IsOpen(MergeProposal proposal) => clock.GetUtcNow() < proposal.ProposedAt + Rules.MergeProposalTtl;

    public async Task<MergePlan> AcceptMerge(string leadId, string proposalId)
    {
        RequireNotReorganised();
        RequireExisting();
        RequireLead(leadId, "Only a lead can accept a merge.");
        var proposerId = ProposerOf(proposalId);
        var proposal = proposerId is null ? null : await Other(proposerId).GetProposal(proposalId);
        if (proposal is null || proposal.ToId != Id)
        {
            throw VoisinageException.NotFound("No such merge proposal for this neighbourhood (it may have expired).");
        }

        var proposer = await Other(proposal.FromId).PeekSummary() ?? throw VoisinageException.NotFound("The proposing neighbourhood no longer exists.");
        if (!State.Accepted.Contains(proposalId))
        {
            State.Accepted.Add(proposalId);
            await Save();
        }

        // SPEC §4: the one with more members survives (then more cells, then the smaller id, so both sides agree).
        var weSurvive = (State.Members.Count, State.Cells.Count, string.CompareOrdinal(proposer.Id, Id))
            .CompareTo((proposer.MemberCount, proposer.Cells.Count, 0)) > 0;
        return weSurvive ? new MergePlan(Id, proposer.Id, proposalId) : new MergePlan(proposer.Id, Id, proposalId);
    }

    public async Task Absorb(string absorbedId, string operationId)
    {
        if (State.Aliases.Contains(absorbedId))
        {
            await Other(absorbedId).Retire(Id, operationId);
            return;
        }

        RequireNotReorganised();
        RequireExisting();
        if (absorbedId == Id)
        {
            throw VoisinageException.BadInput("A neighbourhood cannot merge with itself.");
        }

        if (!Consented(absorbedId, operationId) && !IsAutomatic(absorbedId, operationId))
        {
            throw VoisinageException.Forbidden("This merge was not agreed by a lead of each neighbourhood.");
        }

        var merge = new OperationRef(absorbedId, operationId);
        neighbourhood.State = State with { PendingMerge = merge };
        await Save();
        await RunMerge(merge);
    }

    public Task Settle(string otherId, string operationId) => Settle(otherId, operationId, confirmed: false);

    private async Task Settle(string otherId, string operationId, bool confirmed)
    {
        if (otherId == Id && State.PendingMerge is null && State.PendingSplit is null)
        {
            return;
        }

        if (State.PendingMerge is { } merge && merge.OperationId == operationId)
        {
            await RunMerge(merge);
        }
        else if (State.PendingSplit is { } split && split.OperationId == operationId)
        {
            await RunSplit(split);
        }
        else if (State.Splits.TryGetValue(operationId, out var half) && half == otherId)
        {
            await Other(otherId).Open(operationId);
        }
        else if (State.Aliases.Contains(otherId))
        {
            await Other(otherId).Retire(Id, operationId);
        }
        else if (otherId != Id)
        {
            // We never committed this merge (and never will: it is not pending here): let the other one go. Unless
            // another activation of ours did (see Reloaded): then decide again on what it stored.
            if (!confirmed && await Reloaded())
            {
                await Settle(otherId, operationId, confirmed: true);
                return;
            }

            await Other(otherId).Unfreeze(operationId);
        }
    }

    public async Task<NeighbourhoodSnapshot?> Freeze(string survivorId, string operationId)
    {
        if (State.Frozen is { } frozen)
        {
            return frozen.OperationId == operationId && frozen.OtherId == survivorId ? Snapshot() : null;
        }

        // Interleaved: refuse rather than wait if a turn of ours is in flight or we coordinate something ourselves.
        if (!Exists || _inTurn || State.Incoming is not null || State.PendingMerge is not null || State.PendingSplit is not null || State.Pending is not null)
        {
            return null;
        }

        var consented = Consented(survivorId, operationId) || (operationId == State.AutoMerge && IsSmallForLong());
        if (!consented)
        {
            return null;
        }

        neighbourhood.State = State with { Frozen = new OperationRef(survivorId, operationId) };
        await Save();
        return Snapshot();
    }

    public async Task Unfreeze(string operationId)
    {
        if (State.Frozen?.OperationId == operationId)
        {
            neighbourhood.State = State with { Frozen = null };
            await Save();
        }
    }

    public async Task Retire(string survivorId, string operationId)
    {
        if (State.Frozen is not { } frozen || frozen.OperationId != operationId || frozen.OtherId != survivorId)
        {
            return;
        }

        // Keep what lets ids we answered for keep resolving: aliases of ours now chain through us to the survivor.
        neighbourhood.State = new NeighbourhoodState { AliasOf = survivorId, Aliases = State.Aliases, Splits = State.Splits };
        await Save();
        await StopSizeChecks();
    }

    /// <summary>Steps 2–5 of a merge, each idempotent, so recovery just runs it again.</summary>
    private async Task RunMerge(OperationRef merge)
    {
        try
        {
            var absorbed = Other(merge.OtherId);
            var snapshot = await absorbed.Freeze(Id, merge.OperationId);
            if (snapshot is null)
            {
                await AbandonMerge();
                throw VoisinageException.Conflict("The other neighbourhood is busy or no longer agrees: try the merge again later.");
            }

            if (!Adjacent(snapshot.Cells))
            {
                await absorbed.Unfreeze(merge.OperationId);
                await AbandonMerge();
                throw VoisinageException.BadInput("Only adjacent neighbourhoods can merge.");
            }

            var moved = new List<string>();
            foreach (var cell in snapshot.Cells)
            {
                if (await Cell(cell).Transfer(merge.OtherId, Id, merge.OperationId))
                {
                    moved.Add(cell);
                }
                else
                {
                    logger.LogError("Merge {Operation}: block {Cell} of {Absorbed} is owned by someone else", merge.OperationId, cell, merge.OtherId);
                }
            }

            // Every part (posts, alerts, …) follows the members (SPEC §4: nothing lost): idempotent, so a recovery may repeat it.
            await EachPart(Id, part => part.Absorb(merge.OtherId, merge.OperationId));

            var members = new Dictionary<string, string>(State.Members);
            foreach (var (member, cell) in snapshot.Members)
            {
                members[member] = cell;
            }

            neighbourhood.State = State with
            {
                Cells = [.. State.Cells, .. moved.Where(c => !State.Cells.Contains(c))],
                Members = members,
                Leads = [.. State.Leads.Union(snapshot.Leads)],
                Aliases = [.. State.Aliases.Union([merge.OtherId, .. snapshot.Aliases])],
                Proposals = [.. State.Proposals.Where(p => p.ToId != merge.OtherId)],
                ProposalsReceived = [.. State.ProposalsReceived.Where(p => p.FromId != merge.OtherId)],
                Accepted = [.. State.Accepted.Where(a => a != merge.OperationId)],
                PendingMerge = null,
            };
            await AfterMembershipChange(allowSplit: false);
            await absorbed.Retire(Id, merge.OperationId);
            logger.LogInformation("Neighbourhood {Survivor} absorbed {Absorbed} ({Operation})", Id, merge.OtherId, merge.OperationId);
            if (State.Members.Count > Rules.MaxMembers)
            {
                await SplitIfPossible();
            }
        }
        catch (Exception e) when (e is not VoisinageException)
        {
            // Half done: drop this activation so the next call (or a reader settling) recovers from storage.
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task AbandonMerge()
    {
        neighbourhood.State = State with { PendingMerge = null };
        await Save();
    }

    private async Task RecoverOperations()
    {
        try
        {
            if (State.PendingMerge is { } merge)
            {
                await RunMerge(merge);
            }

            if (State.PendingSplit is { } split)
            {
                await RunSplit(split);
            }
        }
        catch (VoisinageException e)
        {
            logger.LogInformation("Neighbourhood {Id}: interrupted operation ended: {Message}", Id, e.Message);
        }
    }

    /// <summary>A lead of this neighbourhood took part in the merge: as proposer, or by accepting it.</summary>
    private bool Consented(string otherId, string operationId) =>
        State.Proposals.Any(p => p.Id == operationId && p.ToId == otherId) || State.Accepted.Contains(operationId);

    /// <summary>An automatic merge of a small neighbourhood into this one: the small one consents for itself when frozen.</summary>
    private static bool IsAutomatic(string absorbedId, string operationId) => operationId.StartsWith($"auto-{absorbedId}-", StringComparison.Ordinal);

    private static string? ProposerOf(string proposalId)
    {
        // Proposal ids are "merge-<proposer id>-<guid>": the proposer holds the proposal.
        var parts = proposalId.Split('-');
        return parts.Length == 3 && parts[0] == "merge" && H3Index.TryParse(parts[1], out var cell) && cell.IsValid && cell.Resolution == Cells.BlockResolution
            ? parts[1]
            : null;
    }

    private void RequireLead(string residentId, string message)
    {
        if (!State.Leads.Contains(residentId))
        {
            throw VoisinageException.Forbidden(message);
        }
    }

    private bool Adjacent(IReadOnlyList<string> otherCells)
    {
        var ours = State.Cells.ToHashSet();
        Span<H3Index> ring = stackalloc H3Index[7];
        foreach (var cell in otherCells)
        {
            var n = H3.GridDisk(H3Index.Parse(cell), 1, ring);
            for (var i = 0; i < n; i++)
            {
                if (ours.Contains(ring[i].ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
