namespace Voisinage.Grains.Organisations;

/// <summary>One shard of the organisations' area index (see <see cref="IOrganisationAreaIndexGrain"/>).</summary>
internal sealed class OrganisationAreaIndexGrain(
    [PersistentState("areas", StorageNames.Voisinage)] IPersistentState<OrganisationAreaIndexState> state) : Grain, IOrganisationAreaIndexGrain
{
    public async Task Set(string organisationId, IReadOnlyList<string> cells)
    {
        var changed = cells.Count == 0
            ? state.State.Areas.Remove(organisationId) | state.State.Announcing.Remove(organisationId)
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

    public Task<IReadOnlyList<string>> Covering(string homeCell) => Task.FromResult(CoveringIds(homeCell, _ => true));

    public async Task Announced(string organisationId)
    {
        if (state.State.Announcing.Add(organisationId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> AnnouncingCovering(string homeCell) =>
        Task.FromResult(CoveringIds(homeCell, state.State.Announcing.Contains));

    private IReadOnlyList<string> CoveringIds(string homeCell, Func<string, bool> keep)
    {
        var lineage = OrganisationAreaRules.Lineage(homeCell);
        return [.. state.State.Areas.Where(a => keep(a.Key) && OrganisationAreaRules.Covers(a.Value, lineage)).Select(a => a.Key).Order(StringComparer.Ordinal)];
    }
}

[GenerateSerializer]
public sealed record OrganisationAreaIndexState
{
    /// <summary>Organisation id → its compacted cells within this shard.</summary>
    [Id(0)] public Dictionary<string, HashSet<string>> Areas { get; init; } = [];

    /// <summary>The organisations that published announcements to their area here.</summary>
    [Id(1)] public HashSet<string> Announcing { get; init; } = [];
}
