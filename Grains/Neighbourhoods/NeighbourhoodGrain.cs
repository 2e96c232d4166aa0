using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A neighbourhood keyed by its founding block cell. It only ever claims cells it can reach (its own key,
/// or a cell adjacent to one it owns), so its cells stay connected; it records a member only once their
/// block cell is its own. Cell ownership itself lives in <see cref="IBlockCellGrain"/>.
/// </summary>
public sealed class NeighbourhoodGrain(
    [PersistentState("neighbourhood", StorageNames.Voisinage)] IPersistentState<NeighbourhoodState> neighbourhood,
    TimeProvider clock) : Grain, INeighbourhoodGrain
{
    public const int MaxNameLength = 60;

    private string Id => this.GetPrimaryKeyString();

    private NeighbourhoodState State => neighbourhood.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Finish or undo what a crash interrupted. Every step is idempotent.
        if (State.Name is null && await Cell(Id).GetOwner() == Id)
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
    }

    public async Task Found(string founderId, string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is < 3 or > MaxNameLength)
        {
            throw VoisinageException.BadInput($"A neighbourhood name has 3 to {MaxNameLength} characters.");
        }

        if (State.Name is not null)
        {
            if (State.Members.ContainsKey(founderId))
            {
                return;
            }

            throw VoisinageException.Conflict("Your block already belongs to a neighbourhood: join it instead.");
        }

        if (!await Cell(Id).TryClaim(Id, $"found:{Id}:{founderId}"))
        {
            throw VoisinageException.Conflict("Your block already belongs to a neighbourhood: join it instead.");
        }

        neighbourhood.State = new NeighbourhoodState
        {
            Name = trimmed,
            FoundedAt = clock.GetUtcNow(),
            Cells = [Id],
            Members = new() { [founderId] = Id },
            Leads = [founderId],
        };
        await Save();
    }

    public async Task Join(string residentId, string blockCell)
    {
        RequireExisting();
        if (State.Pending is { } earlier)
        {
            // An earlier annex failed after its write-ahead record (e.g. the claim threw): settle it before
            // a new one replaces the record, so a claimed cell is never left outside our cells.
            await CompleteAnnex(earlier, await Cell(earlier.Cell).GetOwner() == Id);
        }

        if (State.Members.TryGetValue(residentId, out var known) && known == blockCell)
        {
            return;
        }

        if (State.Cells.Contains(blockCell))
        {
            State.Members[residentId] = blockCell;
            await Save();
            return;
        }

        var cell = H3Index.Parse(blockCell);
        if (!State.Cells.Any(c => Cells.WithinGridDistance(H3Index.Parse(c), cell, 1)))
        {
            throw VoisinageException.Forbidden("Your block is neither part of this neighbourhood nor next to it.");
        }

        var pending = new PendingAnnex(blockCell, $"annex:{Id}:{blockCell}:{Guid.NewGuid():N}", residentId);
        neighbourhood.State = State with { Pending = pending };
        await Save();
        var claimed = await Cell(blockCell).TryClaim(Id, pending.OperationId);
        await CompleteAnnex(pending, claimed);
        if (!claimed)
        {
            throw VoisinageException.Conflict("Your block belongs to another neighbourhood: join that one.");
        }
    }

    public async Task Leave(string residentId)
    {
        if (State.Name is null || !State.Members.Remove(residentId))
        {
            return;
        }

        State.Leads.Remove(residentId);
        if (State.Members.Count > 0)
        {
            if (State.Leads.Count == 0)
            {
                // Someone must be able to moderate and accept merges: a remaining member steps up.
                State.Leads.Add(State.Members.Keys.First());
            }

            await Save();
            return;
        }

        neighbourhood.State = State with { Dissolving = true };
        await Save();
        await Dissolve();
    }

    public async Task NameLead(string leadId, string memberId)
    {
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

    public Task<NeighbourhoodSummary?> GetSummary() => Task.FromResult(State.Name is null || State.Dissolving ? null : Summary());

    public Task<bool> IsMember(string residentId) => Task.FromResult(State.Name is not null && !State.Dissolving && State.Members.ContainsKey(residentId));

    public Task<string?> Resolve() => Task.FromResult(State.Name is null || State.Dissolving ? null : Id);

    public Task<NeighbourhoodDetails> GetDetails(string residentId)
    {
        RequireExisting();
        return State.Members.ContainsKey(residentId)
            ? Task.FromResult(new NeighbourhoodDetails(Summary(), [.. State.Leads], State.FoundedAt))
            : throw VoisinageException.Forbidden("Only members see the details of a neighbourhood.");
    }

    private NeighbourhoodSummary Summary() => new(Id, State.Name!, State.Members.Count, [.. State.Cells]);

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

        await neighbourhood.ClearStateAsync();
        neighbourhood.State = new NeighbourhoodState();
    }

    private void RequireExisting()
    {
        if (State.Name is null || State.Dissolving)
        {
            throw VoisinageException.NotFound("No such neighbourhood.");
        }
    }

    private IBlockCellGrain Cell(string cell) => GrainFactory.GetGrain<IBlockCellGrain>(cell);

    /// <summary>
    /// Persists the state. Collections are changed in place before saving, so a failed write must not leave
    /// the unsaved change in memory: the activation is dropped and the next call reloads from storage.
    /// </summary>
    private async Task Save()
    {
        try
        {
            await neighbourhood.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
