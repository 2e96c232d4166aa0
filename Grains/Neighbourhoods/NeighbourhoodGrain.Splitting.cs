using Microsoft.Extensions.Logging;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Splits. The neighbourhood that grew too big coordinates: it persists the plan, seeds the new half (hidden),
/// moves the half's cells with compare-and-sets, commits its own shrunk state in one write, then opens the new half.
/// Readers who meet the hidden half ask the coordinator to settle it first.
/// </summary>
internal sealed partial class NeighbourhoodGrain
{
    public async Task<bool> Seed(NeighbourhoodSeed seed)
    {
        if (State.Incoming is { } incoming)
        {
            return incoming.OperationId == seed.OperationId;
        }

        // An alias may be taken over: the coordinator only offers one that resolves to itself (see SplitIfPossible).
        if (State.Name is not null || _inTurn || State.Pending is not null)
        {
            return false;
        }

        neighbourhood.State = new NeighbourhoodState
        {
            Name = seed.Name,
            FoundedAt = seed.At,
            Cells = [.. seed.Cells],
            Members = new Dictionary<string, string>(seed.Members),
            Leads = [.. seed.Leads],
            Aliases = [.. State.Aliases.Union(seed.Aliases)],
            Splits = State.Splits,
            Incoming = new OperationRef(seed.CoordinatorId, seed.OperationId),
        };
        await Save();
        return true;
    }

    public async Task Open(string operationId)
    {
        if (State.Incoming?.OperationId != operationId)
        {
            return;
        }

        neighbourhood.State = State with { Incoming = null };
        await AfterMembershipChange(allowSplit: false);
    }

    private async Task SplitIfPossible()
    {
        var weights = State.Cells.ToDictionary(c => c, _ => 0);
        foreach (var cell in State.Members.Values)
        {
            weights[cell] = weights.GetValueOrDefault(cell) + 1;
        }
        if (SplitPlanner.Plan(weights) is not { } halves)
        {
            logger.LogWarning("Neighbourhood {Id} has {Members} members but cannot be split along its blocks", Id, State.Members.Count);
            return;
        }

        // The founding cell stays here. The other half takes as id one of its blocks that no neighbourhood answers
        // to, or else one that is an alias of ours: that old id then answers as the half holding its founding block.
        var theirs = halves.First.Contains(Id) ? halves.Second : halves.First;
        string? newId = null;
        foreach (var candidate in theirs.Order(StringComparer.Ordinal))
        {
            var kind = (await GrainFactory.GetGrain<INeighbourhoodGrain>(candidate).Resolve()).Kind;
            if (kind == ResolutionKind.None)
            {
                newId = candidate;
                break;
            }

            if (newId is null && kind == ResolutionKind.Alias && await NeighbourhoodLookup.Resolve(GrainFactory, candidate) == Id)
            {
                newId = candidate;
            }
        }

        if (newId is null)
        {
            logger.LogWarning("Neighbourhood {Id} cannot split: every block of the new half is already an id in use", Id);
            return;
        }

        var members = State.Members.Where(m => theirs.Contains(m.Value)).ToDictionary();
        var leads = State.Leads.Where(members.ContainsKey).ToList();
        if (leads.Count == 0)
        {
            leads.Add(members.Keys.Order(StringComparer.Ordinal).First());
        }

        var operationId = $"split-{Id}-{Guid.NewGuid():N}";
        var name = $"{State.Name} 2";
        var seed = new NeighbourhoodSeed(
            Id,
            operationId,
            name.Length > MaxNameLength ? name[..MaxNameLength] : name,
            [.. theirs.Order(StringComparer.Ordinal)],
            members,
            leads,
            [],
            clock.GetUtcNow());
        var plan = new SplitPlan(operationId, seed, newId);
        neighbourhood.State = State with { PendingSplit = plan };
        await Save();
        await RunSplit(plan);
    }

    /// <summary>
    /// The half one of our splits gave <paramref name="blockCell"/> to, if the block is still there (its last change of
    /// owner was that split): a join asked of us for that block raced the split, and belongs to the half, where it would
    /// be had it come a moment earlier. Null for any other block: a block we never had stays a stranger's.
    /// </summary>
    private async Task<string?> SplitAway(string blockCell)
    {
        var (owner, operationId) = await Cell(blockCell).GetLastChange();
        return owner is not null && operationId is not null && State.Splits.TryGetValue(operationId, out var half) && half == owner
            ? owner
            : null;
    }

    /// <summary>Steps of a split after its plan is persisted; each idempotent, so recovery runs it again.</summary>
    private async Task RunSplit(SplitPlan plan)
    {
        try
        {
            var half = Other(plan.NewId);
            if (!await half.Seed(plan.Seed))
            {
                neighbourhood.State = State with { PendingSplit = null };
                await Save();
                logger.LogWarning("Split {Operation} of {Id} abandoned: {NewId} is taken", plan.OperationId, Id, plan.NewId);
                return;
            }

            foreach (var cell in plan.Seed.Cells)
            {
                if (!await Cell(cell).Transfer(Id, plan.NewId, plan.OperationId))
                {
                    logger.LogError("Split {Operation}: block {Cell} of {Id} is owned by someone else", plan.OperationId, cell, Id);
                }
            }

            // Each part of the new half takes its share (SPEC §4: no post or alert lost by a split).
            await EachPart(plan.NewId, part => part.TakeShare(Id, plan.OperationId));

            var moved = plan.Seed.Cells.ToHashSet();
            var leads = State.Leads.Where(l => !plan.Seed.Members.ContainsKey(l)).ToList();
            var members = State.Members.Where(m => !plan.Seed.Members.ContainsKey(m.Key)).ToDictionary();
            if (leads.Count == 0 && members.Count > 0)
            {
                leads.Add(members.Keys.Order(StringComparer.Ordinal).First());
            }

            neighbourhood.State = State with
            {
                Cells = [.. State.Cells.Where(c => !moved.Contains(c))],
                Members = members,
                Leads = leads,
                Aliases = [.. State.Aliases.Where(a => a != plan.NewId)],
                Splits = new Dictionary<string, string>(State.Splits) { [plan.OperationId] = plan.NewId },
                PendingSplit = null,
            };
            await AfterMembershipChange(allowSplit: false);
            await half.Open(plan.OperationId);
            logger.LogInformation("Neighbourhood {Id} split: {Moved} members moved to {NewId}", Id, plan.Seed.Members.Count, plan.NewId);
        }
        catch (Exception e) when (e is not VoisinageException)
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
