namespace Voisinage.Grains.Neighbourhoods;

/// <summary>Ownership of one block cell. One activation per cell and the storage ETag make the compare-and-set atomic cluster-wide.</summary>
public sealed class BlockCellGrain(
    [PersistentState("cell", StorageNames.Voisinage)] IPersistentState<BlockCellState> cell) : Grain, IBlockCellGrain
{
    private string Key => this.GetPrimaryKeyString();

    public Task<string?> GetOwner() => Task.FromResult(cell.State.Owner);

    public async Task<bool> TryClaim(string neighbourhoodId, string operationId)
    {
        if (cell.State.Owner is { } owner)
        {
            return owner == neighbourhoodId;
        }

        await Change(neighbourhoodId, operationId);
        return true;
    }

    public async Task Release(string neighbourhoodId, string operationId)
    {
        if (cell.State.Owner == neighbourhoodId)
        {
            await Change(null, operationId);
        }
    }

    public async Task<bool> Transfer(string from, string to, string operationId)
    {
        if (cell.State.Owner == to)
        {
            return true;
        }

        if (cell.State.Owner != from)
        {
            return false;
        }

        await Change(to, operationId);
        return true;
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
