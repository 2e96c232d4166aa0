namespace Voisinage.Grains.Neighbourhoods;

/// <summary>Owners of the block cells of one res-7 area, for discovery.</summary>
internal sealed class AreaIndexGrain(
    [PersistentState("area", StorageNames.Voisinage)] IPersistentState<AreaIndexState> area) : Grain, IAreaIndexGrain
{
    public async Task Set(string blockCell, string? neighbourhoodId, long version)
    {
        if (area.State.Cells.TryGetValue(blockCell, out var known) && known.Version >= version)
        {
            return;
        }

        area.State.Cells[blockCell] = new IndexedCell(neighbourhoodId, version);
        await Save();
    }

    public Task<IReadOnlyDictionary<string, string>> GetOwners(IReadOnlyList<string> blockCells)
    {
        var owners = new Dictionary<string, string>();
        foreach (var cell in blockCells)
        {
            if (area.State.Cells.TryGetValue(cell, out var indexed) && indexed.Owner is { } owner)
            {
                owners[cell] = owner;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(owners);
    }

    /// <summary>
    /// Persists the state. Collections are changed in place before saving, so a failed write must not leave
    /// the unsaved change in memory: the activation is dropped and the next call reloads from storage.
    /// </summary>
    private async Task Save()
    {
        try
        {
            await area.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
