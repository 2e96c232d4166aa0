using Voisinage.Geo;

namespace Voisinage.Grains.Organisations;

/// <summary>One shard of the organisations' area index (see <see cref="IOrganisationAreaIndexGrain"/>).</summary>
internal sealed class OrganisationAreaIndexGrain(
    [PersistentState("areas", StorageNames.Voisinage)] IPersistentState<OrganisationAreaIndexState> state) : Grain, IOrganisationAreaIndexGrain
{
    public async Task Set(string organisationId, IReadOnlyList<string> cells)
    {
        var changed = cells.Count == 0
            ? state.State.Areas.Remove(organisationId)
            : !(state.State.Areas.TryGetValue(organisationId, out var known) && known.SetEquals(cells));
        if (cells.Count > 0)
        {
            state.State.Areas[organisationId] = [.. cells];
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Covering(string homeCell)
    {
        var cell = H3Index.Parse(homeCell);
        var lineage = Enumerable.Range(0, cell.Resolution + 1).Select(r => H3.CellToParent(cell, r).ToString()).ToList();
        return Task.FromResult<IReadOnlyList<string>>(
            [.. state.State.Areas.Where(a => lineage.Exists(a.Value.Contains)).Select(a => a.Key).Order(StringComparer.Ordinal)]);
    }
}

[GenerateSerializer]
public sealed record OrganisationAreaIndexState
{
    /// <summary>Organisation id → its compacted cells within this shard.</summary>
    [Id(0)] public Dictionary<string, HashSet<string>> Areas { get; init; } = [];
}
