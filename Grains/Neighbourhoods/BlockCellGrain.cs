namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Ownership of one block cell. The storage ETag makes the compare-and-set atomic cluster-wide, even while two
/// activations of the cell briefly coexist; answers that write nothing are confirmed with storage first.
/// </summary>
internal sealed class BlockCellGrain(
    [PersistentState("cell", StorageNames.Voisinage)] IPersistentState<BlockCellState> cell) : Grain, IBlockCellGrain
{
    private string Key => this.GetPrimaryKeyString();

    public Task<string?> GetOwner() => Task.FromResult(cell.State.Owner);

    public Task<BlockCellChange> GetLastChange() => Task.FromResult(new BlockCellChange(cell.State.Owner, cell.State.LastOperationId));

    public async Task<bool> TryClaim(string neighbourhoodId, string operationId)
    {
        if (cell.State.Owner is not null && await Confirmed() is { } owner)
        {
            return owner == neighbourhoodId;
        }

        await Change(neighbourhoodId, operationId);
        return true;
    }

    public async Task Release(string neighbourhoodId, string operationId)
    {
        if (cell.State.Owner == neighbourhoodId || await Confirmed() == neighbourhoodId)
        {
            await Change(null, operationId);
        }
    }

    public async Task<bool> Transfer(string from, string to, string operationId)
    {
        var owner = cell.State.Owner == from ? from : await Confirmed();
        if (owner == to)
        {
            return true;
        }

        if (owner != from)
        {
            return false;
        }

        await Change(to, operationId);
        return true;
    }

    /// <summary>
    /// The owner as stored, read again before an answer that writes nothing. Writes are guarded by the ETag, but
    /// Orleans' default grain directory may let a second activation of this cell live for a while when silos fail,
    /// and this one's memory may then be behind: a stale "already yours" would let two neighbourhoods list the cell.
    /// </summary>
    private async Task<string?> Confirmed()
    {
        await cell.ReadStateAsync();
        return cell.State.Owner;
    }

    private async Task Change(string? owner, string operationId)
    {
        var before = cell.State;
        cell.State = new BlockCellState { Owner = owner, Version = before.Version + 1, LastOperationId = operationId };
        try
        {
            await cell.WriteStateAsync();
        }
        catch
        {
            // The write may or may not have landed: forget what we think and reload from storage next time.
            cell.State = before;
            DeactivateOnIdle();
            throw;
        }

        // The index is derived: if this update is lost, the next change of the cell repairs it, and readers
        // confirm what the index says with the neighbourhood itself.
        await GrainFactory.GetGrain<IAreaIndexGrain>(Cells.AreaOf(Key)).Set(Key, owner, cell.State.Version);
    }
}
