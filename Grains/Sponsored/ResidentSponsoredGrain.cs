namespace Voisinage.Grains.Sponsored;

/// <summary>The advertisers one resident hid (see <see cref="IResidentSponsoredGrain"/>).</summary>
internal sealed class ResidentSponsoredGrain(
    [PersistentState("sponsored", StorageNames.Voisinage)] IPersistentState<ResidentSponsoredState> state) : Grain, IResidentSponsoredGrain
{
    /// <summary>Hidden advertisers one resident keeps: a bound on what a caller can grow (far above the businesses near anyone).</summary>
    public const int MaxHidden = 500;

    public async Task Hide(string organisationId)
    {
        if (state.State.Hidden.Contains(organisationId))
        {
            return;
        }

        if (state.State.Hidden.Count >= MaxHidden)
        {
            throw VoisinageException.Conflict($"At most {MaxHidden} advertisers can be hidden.");
        }

        state.State.Hidden.Add(organisationId);
        await state.WriteStateAsync();
    }

    public async Task Unhide(string organisationId)
    {
        if (state.State.Hidden.Remove(organisationId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task Forget() => state.ClearStateAsync();

    public Task<IReadOnlyList<string>> Hidden() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Hidden]);
}

[GenerateSerializer]
public sealed record ResidentSponsoredState
{
    [Id(0)] public List<string> Hidden { get; init; } = [];
}
