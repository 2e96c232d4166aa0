namespace Voisinage.Grains.Alerts;

/// <summary>Who in a neighbourhood has push devices; fans an alert out to them without holding up the raise.</summary>
internal sealed class PushRosterGrain(
    [PersistentState("roster", StorageNames.Voisinage)] IPersistentState<PushRosterState> roster) : Grain, IPushRosterGrain
{
    public async Task Add(string residentId)
    {
        if (roster.State.Residents.Add(residentId))
        {
            await roster.WriteStateAsync();
        }
    }

    public async Task AddFrom(string otherNeighbourhoodId)
    {
        var others = await GrainFactory.GetGrain<IPushRosterGrain>(otherNeighbourhoodId).GetResidents();
        var before = roster.State.Residents.Count;
        roster.State.Residents.UnionWith(others);
        if (roster.State.Residents.Count != before)
        {
            await roster.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetResidents() => Task.FromResult<IReadOnlyList<string>>([.. roster.State.Residents]);

    public async Task Remove(string residentId)
    {
        if (roster.State.Residents.Remove(residentId))
        {
            await roster.WriteStateAsync();
        }
    }

    public Task Fanout(Alert alert)
    {
        // One-way messages: each resident's grain appends to its own devices' outboxes in parallel, on any silo.
        foreach (var residentId in roster.State.Residents)
        {
            _ = GrainFactory.GetGrain<IResidentPushGrain>(residentId).Deliver(alert);
        }

        return Task.CompletedTask;
    }
}
