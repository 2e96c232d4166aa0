using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>The listings that hold one resident's id (see <see cref="IResidentListingsGrain"/>).</summary>
internal sealed class ResidentListingsGrain(
    [PersistentState("residentListings", StorageNames.Voisinage)] IPersistentState<ResidentListingsState> state) : Grain, IResidentListingsGrain
{
    public Task Note(string listingId) => ResidentNotes.Note(state, state.State.Listings, listingId);

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Listings]);

    public async Task Forget()
    {
        var residentId = this.GetPrimaryKeyString();
        // The thanks received name their senders and listings: erased before the list that finds the listings goes.
        await GrainFactory.GetGrain<IThanksGrain>(residentId).Forget();
        await ResidentNotes.ForgetAll(state, state.State.Listings, listingId => GrainFactory.GetGrain<IListingGrain>(listingId).ForgetResident(residentId));
    }
}

[GenerateSerializer]
public sealed record ResidentListingsState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<string> Listings { get; init; } = [];
}
