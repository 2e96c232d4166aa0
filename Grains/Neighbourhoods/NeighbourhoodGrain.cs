using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A neighbourhood keyed by its founding block cell. It only ever claims cells it can reach (its own key,
/// or a cell adjacent to one it owns), so its cells stay connected; it records a member only once their
/// block cell is its own. Cell ownership itself lives in <see cref="IBlockCellGrain"/>. Merges and splits
/// are in the partial files beside this one; docs/neighbourhoods.md explains the protocol.
/// </summary>
internal sealed partial class NeighbourhoodGrain(
    [PersistentState("neighbourhood", StorageNames.Voisinage)] IPersistentState<NeighbourhoodState> neighbourhood,
    IOptions<NeighbourhoodOptions> options,
    IEnumerable<NeighbourhoodPart> parts,
    TimeProvider clock,
    ILogger<NeighbourhoodGrain> logger) : Grain, INeighbourhoodGrain, INeighbourhoodFormationGrain, IRemindable
{
    public const int MaxNameLength = 60;

    /// <summary>The summary as last saved (or loaded): discovery reads it without queueing behind writes.</summary>
    private NeighbourhoodSummary? _saved;

    private string Id => this.GetPrimaryKeyString();

    private NeighbourhoodState State => neighbourhood.State;

    private NeighbourhoodOptions Rules => options.Value;

    private bool Exists => State.Name is not null && !State.Dissolving;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Finish or undo what a crash interrupted. Every step is idempotent.
        if (State.Name is null && State.AliasOf is null && await Cell(Id).GetOwner() == Id)
        {
            await Cell(Id).Release(Id, $"recover-found:{Id}");
        }

        if (State.Pending is { } pending)
        {
            await CompleteAnnex(pending, await Cell(pending.Cell).GetOwner() == Id);
        }

        if (State.Dissolving)
        {
            await Dissolve();
        }

        await RecoverOperations();
        _saved = Visible ? Summary() : null;
    }

    public async Task Found(string founderId, string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is < 3 or > MaxNameLength)
        {
            throw VoisinageException.BadInput($"A neighbourhood name has 3 to {MaxNameLength} characters.");
        }

        RequireNotReorganised();
        if (State.Name is not null)
        {
            if (State.Members.ContainsKey(founderId))
            {
                return;
            }

            throw VoisinageException.Conflict("Your block already belongs to a neighbourhood: join it instead.");
        }

        if (!await Recovering(() => Cell(Id).TryClaim(Id, $"found:{Id}")))
        {
            throw VoisinageException.Conflict("Your block already belongs to a neighbourhood: join it instead.");
        }

        // This id may have been merged away before: its parts (e.g. the alert channel) must take writes again. Only a
        // merge closes a part, and the absorbed side keeps its record (frozen, then an alias): an id that never had one
        // has nothing to reopen, and founding it activates none of its parts.
        if (neighbourhood.RecordExists)
        {
            await Recovering(async () =>
            {
                await EachPart(Id, part => part.Reopen());
                return true;
            });
        }

        var now = clock.GetUtcNow();
        neighbourhood.State = new NeighbourhoodState
        {
            Name = trimmed,
            FoundedAt = now,
            Cells = [Id],
            Members = new() { [founderId] = Id },
            Leads = [founderId],
        };
        await AfterMembershipChange();
    }

    public async Task<IReadOnlyList<JoinOutcome>> JoinMany(IReadOnlyList<JoinRequest> requests)
    {
        RequireNotReorganised();
        if (State.AliasOf is { } survivor)
        {
            // Merged away after the joiners looked this id up: the survivor owns what we owned, and decides for each.
            return [.. requests.Select(_ => JoinOutcome.Moved(survivor))];
        }

        RequireExisting();
        if (State.Pending is { } earlier)
        {
            // An earlier annex failed after its write-ahead record (e.g. the claim threw): settle it before
            // a new one replaces the record, so a claimed cell is never left outside our cells.
            await CompleteAnnex(earlier, await Cell(earlier.Cell).GetOwner() == Id);
        }

        var outcomes = new JoinOutcome[requests.Count];
        var changed = false;
        for (var i = 0; i < requests.Count; i++)
        {
            var (residentId, blockCell) = requests[i];
            if (State.Members.TryGetValue(residentId, out var known) && known == blockCell)
            {
                outcomes[i] = JoinOutcome.Joined;
                continue;
            }

            if (State.Cells.Contains(blockCell))
            {
                State.Members[residentId] = blockCell;
                changed = true;
                outcomes[i] = JoinOutcome.Joined;
                continue;
            }

            // An annex writes its own record ahead of the claim: the members added so far are saved first (no split
            // in the middle of a batch: the cells must stay as the requests were checked against).
            if (changed)
            {
                await AfterMembershipChange(allowSplit: false);
            }

            try
            {
                await Annex(residentId, blockCell);
                changed = true;
                outcomes[i] = JoinOutcome.Joined;
            }
            catch (VoisinageException refusal) when (refusal.Code is ErrorCodes.Forbidden or ErrorCodes.Conflict)
            {
                // Not ours, nor ours to take: unless our own split just gave the block away (the joiner looked us up a
                // moment before), which only the refusal path asks the block about.
                outcomes[i] = await SplitAway(blockCell) is { } half ? JoinOutcome.Moved(half) : JoinOutcome.Refused(refusal);
            }
            catch (VoisinageException refusal)
            {
                outcomes[i] = JoinOutcome.Refused(refusal);
            }
        }

        // Nobody is told "joined" before this save.
        if (changed)
        {
            await AfterMembershipChange();
        }

        // Each joiner still here is shown the neighbourhood as saved (a split may have moved some blocks out).
        var summary = _saved;
        for (var i = 0; i < requests.Count; i++)
        {
            if (outcomes[i].ErrorCode is null && summary is not null && State.Members.ContainsKey(requests[i].ResidentId))
            {
                outcomes[i] = outcomes[i] with { Summary = summary };
            }
        }

        return outcomes;
    }

    private async Task Annex(string residentId, string blockCell)
    {
        var cell = H3Index.TryParse(blockCell, out var parsed) ? parsed : throw VoisinageException.BadInput("Not a block cell.");
        if (!State.Cells.Any(c => Cells.WithinGridDistance(H3Index.Parse(c), cell, 1)))
        {
            throw VoisinageException.Forbidden("Your block is neither part of this neighbourhood nor next to it.");
        }

        var pending = new PendingAnnex(blockCell, $"annex:{Id}:{blockCell}:{Guid.NewGuid():N}", residentId);
        neighbourhood.State = State with { Pending = pending };
        await Save();
        var claimed = await Recovering(() => Cell(blockCell).TryClaim(Id, pending.OperationId));
        await CompleteAnnex(pending, claimed);
        if (!claimed)
        {
            throw VoisinageException.Conflict("Your block belongs to another neighbourhood: join that one.");
        }
    }

    public async Task Leave(string residentId)
    {
        RequireNotReorganised();
        if (!Exists || !State.Members.ContainsKey(residentId))
        {
            // "Not a member" writes nothing: confirm it with storage, which another activation may have changed.
            if (!await Reloaded())
            {
                return;
            }

            RequireNotReorganised();
            if (!Exists || !State.Members.ContainsKey(residentId))
            {
                return;
            }
        }

        State.Members.Remove(residentId);

        State.Leads.Remove(residentId);
        if (State.Members.Count > 0)
        {
            if (State.Leads.Count == 0)
            {
                // Someone must be able to moderate and accept merges: a remaining member steps up.
                State.Leads.Add(State.Members.Keys.Order(StringComparer.Ordinal).First());
            }

            await AfterMembershipChange();
            return;
        }

        neighbourhood.State = State with { Dissolving = true };
        await Save();
        await Recovering(async () =>
        {
            await Dissolve();
            return true;
        });
    }

    public async Task NameLead(string leadId, string memberId)
    {
        RequireNotReorganised();
        RequireExisting();
        if (!State.Leads.Contains(leadId))
        {
            throw VoisinageException.Forbidden("Only a lead can name leads.");
        }

        if (!State.Members.ContainsKey(memberId))
        {
            throw VoisinageException.BadInput("Only a member can become a lead.");
        }

        if (!State.Leads.Contains(memberId))
        {
            State.Leads.Add(memberId);
            await Save();
        }
    }

    public Task<NeighbourhoodResolution> Resolve()
    {
        NeighbourhoodResolution resolution = State switch
        {
            { PendingMerge: { } merge } => new(ResolutionKind.Busy, Id, merge.OperationId),
            { PendingSplit: { } split } => new(ResolutionKind.Busy, Id, split.OperationId),
            { Frozen: { } frozen } => new(ResolutionKind.Busy, frozen.OtherId, frozen.OperationId),
            { Incoming: { } incoming } => new(ResolutionKind.Busy, incoming.OtherId, incoming.OperationId),
            { AliasOf: { } survivor } => new(ResolutionKind.Alias, survivor, null),
            _ when Exists => new(ResolutionKind.Here, Id, null),
            _ => new(ResolutionKind.None, null, null),
        };
        return Task.FromResult(resolution);
    }

    public Task<MemberRole> GetRole(string residentId) => Task.FromResult(
        !Visible || !State.Members.ContainsKey(residentId) ? MemberRole.None
        : State.Leads.Contains(residentId) ? MemberRole.Lead
        : MemberRole.Member);

    public Task<NeighbourhoodSummary?> GetSummary() => Task.FromResult(_saved);

    public Task<NeighbourhoodSummary?> PeekSummary() => Task.FromResult(Visible ? Summary() : null);

    public Task<NeighbourhoodDetails> GetDetails(string residentId)
    {
        if (!Visible)
        {
            throw VoisinageException.NotFound("No such neighbourhood.");
        }

        return State.Members.ContainsKey(residentId)
            ? Task.FromResult(new NeighbourhoodDetails(Summary(), [.. State.Leads], State.FoundedAt, [.. State.Proposals.Where(IsOpen), .. State.ProposalsReceived.Where(IsOpen)]))
            : throw VoisinageException.Forbidden("Only members see the details of a neighbourhood.");
    }

    public async Task<MemberPage> GetMembers(string residentId, int first, string? afterId)
    {
        // Only a member may list the others; GetDetails holds that rule.
        await GetDetails(residentId);
        var members = State.Members.Keys
            .Where(id => afterId is null || string.CompareOrdinal(id, afterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(first + 1)
            .ToList();
        var page = members.Take(first).Select(id => new NeighbourhoodMember(id, State.Leads.Contains(id))).ToList();
        return new MemberPage(page, members.Count > first);
    }

    public Task<NeighbourhoodSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    /// <summary>Shown to clients: founded, not dissolving, not a hidden half of a split.</summary>
    private bool Visible => Exists && State.Incoming is null;

    private NeighbourhoodSummary Summary() => new(Id, State.Name!, State.Members.Count, [.. State.Cells]);

    private NeighbourhoodSnapshot Snapshot() => new(
        Id,
        State.Name,
        [.. State.Cells],
        new Dictionary<string, string>(State.Members),
        [.. State.Leads],
        State.AliasOf,
        [.. State.Aliases],
        State.Frozen is not null || State.Incoming is not null || State.PendingMerge is not null || State.PendingSplit is not null || State.Pending is not null,
        State.Splits.Count);

    private async Task CompleteAnnex(PendingAnnex pending, bool claimed)
    {
        if (claimed)
        {
            if (!State.Cells.Contains(pending.Cell))
            {
                State.Cells.Add(pending.Cell);
            }

            State.Members[pending.ResidentId] = pending.Cell;
        }

        neighbourhood.State = State with { Pending = null };
        await Save();
    }

    private async Task Dissolve()
    {
        foreach (var cell in State.Cells)
        {
            await Cell(cell).Release(Id, $"dissolve:{Id}");
        }

        // Aliases and finished splits stay answerable: ids handed out keep resolving (to nothing, or through a later founder).
        var remembered = new NeighbourhoodState { Aliases = State.Aliases, Splits = State.Splits };
        await neighbourhood.ClearStateAsync();
        _saved = null;
        neighbourhood.State = remembered;
        if (remembered.Aliases.Count > 0 || remembered.Splits.Count > 0)
        {
            await Save();
        }

        await StopSizeChecks();
    }

    /// <summary>
    /// Runs a step whose failure may leave a write-ahead record behind (the claim may or may not have landed):
    /// the activation is dropped so the next call, on a fresh activation, finishes or undoes it first.
    /// </summary>
    private async Task<T> Recovering<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (Exception e) when (e is not VoisinageException)
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private void RequireExisting()
    {
        if (!Exists)
        {
            throw VoisinageException.NotFound("No such neighbourhood.");
        }
    }

    /// <summary>
    /// Changes are refused while another grain coordinates an operation on this one, or while an interrupted operation
    /// of our own awaits recovery (the next activation finishes it).
    /// </summary>
    private void RequireNotReorganised()
    {
        if (State.Frozen is not null || State.Incoming is not null || State.PendingMerge is not null || State.PendingSplit is not null)
        {
            throw VoisinageException.Conflict("This neighbourhood is being reorganised (a merge or split): try again in a moment.");
        }
    }

    /// <summary>
    /// Reads the state again before a decision that writes nothing yet acts on what this activation remembers (a
    /// leave of a non-member, letting a frozen neighbourhood go). Writes are guarded by the ETag, but Orleans' default
    /// directory may let a second activation of this grain live for a while when silos fail, and if it wrote, our
    /// memory is behind. True if storage held something newer (now loaded). Called inside a turn, so no interleaved
    /// <see cref="Freeze"/> or <see cref="Seed"/> changes anything meanwhile (the reentrancy rule).
    /// </summary>
    private async Task<bool> Reloaded()
    {
        var known = neighbourhood.Etag;
        await neighbourhood.ReadStateAsync();
        if (neighbourhood.Etag == known)
        {
            return false;
        }

        _saved = Visible ? Summary() : null;
        return true;
    }

    private IBlockCellGrain Cell(string cell) => GrainFactory.GetGrain<IBlockCellGrain>(cell);

    private INeighbourhoodFormationGrain Other(string id) => GrainFactory.GetGrain<INeighbourhoodFormationGrain>(id);

    /// <summary>Runs one step on every part of the neighbourhood <paramref name="neighbourhoodId"/>, one after the other.</summary>
    private async Task EachPart(string neighbourhoodId, Func<INeighbourhoodPart, Task> step)
    {
        foreach (var part in parts)
        {
            await step(part.Of(GrainFactory, neighbourhoodId));
        }
    }

    /// <summary>
    /// Persists the state. Collections are changed in place before saving, so a failed write must not leave
    /// the unsaved change in memory: the activation is dropped and the next call reloads from storage.
    /// </summary>
    private async Task Save()
    {
        // Taken before the write, as the write takes the state: an interleaved turn may change it meanwhile.
        var summary = Visible ? Summary() : null;
        try
        {
            await neighbourhood.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        _saved = summary;
    }
}
