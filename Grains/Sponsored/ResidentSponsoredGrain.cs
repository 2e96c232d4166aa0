using Voisinage.Grains.Residents;

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

    public Task NoteCampaign(string campaignId) => ResidentNotes.Note(state, state.State.Campaigns, campaignId);

    // The hidden advertisers go with the record, cleared last.
    public Task Forget() =>
        ResidentNotes.ForgetAll(state, state.State.Campaigns, campaignId => GrainFactory.GetGrain<ICampaignGrain>(campaignId).Forget(this.GetPrimaryKeyString()));

    public Task<IReadOnlyList<string>> Hidden() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Hidden]);
}

[GenerateSerializer]
public sealed record ResidentSponsoredState
{
    [Id(0)] public List<string> Hidden { get; init; } = [];

    /// <summary>Campaigns the resident created or changed (their id is in the campaign), noted before the campaign saved it.</summary>
    [Id(1)] public List<string> Campaigns { get; init; } = [];
}
