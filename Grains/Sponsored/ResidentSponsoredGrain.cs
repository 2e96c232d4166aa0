namespace Voisinage.Grains.Sponsored;

/// <summary>The advertisers one resident hid, and the campaigns that name them (see <see cref="IResidentSponsoredGrain"/>).</summary>
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

    public async Task NoteCampaign(string campaignId)
    {
        if (!state.State.Campaigns.Contains(campaignId))
        {
            state.State.Campaigns.Add(campaignId);
            await state.WriteStateAsync();
        }
    }

    public async Task Forget()
    {
        // Each campaign's part is idempotent and this record is deleted last: a resumed closure repeats what is left.
        foreach (var campaignId in state.State.Campaigns)
        {
            await GrainFactory.GetGrain<ICampaignGrain>(campaignId).Forget(this.GetPrimaryKeyString());
        }

        await state.ClearStateAsync();
    }

    public Task<IReadOnlyList<string>> Hidden() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Hidden]);
}

[GenerateSerializer]
public sealed record ResidentSponsoredState
{
    [Id(0)] public List<string> Hidden { get; init; } = [];

    /// <summary>Campaigns the resident created or changed (their id is in the campaign), noted before the campaign saved it.</summary>
    [Id(1)] public List<string> Campaigns { get; init; } = [];
}
