using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>Thanks received by one resident: one per listing and sender, so a retried thank counts once.</summary>
internal sealed class ThanksGrain(
    [PersistentState("thanks", StorageNames.Voisinage)] IPersistentState<ThanksState> thanks) : Grain, IThanksGrain
{
    public async Task<int> Receive(string listingId, string fromId)
    {
        if (thanks.State.From.Add($"{listingId}:{fromId}"))
        {
            await thanks.WriteStateAsync();
        }

        return thanks.State.From.Count;
    }

    public Task<int> Count() => Task.FromResult(thanks.State.From.Count);

    public Task<IReadOnlyList<string>> Listings() =>
        Task.FromResult<IReadOnlyList<string>>([.. thanks.State.From.Select(f => f[..f.LastIndexOf(':')])]);

    public async Task ForgetSender(string listingId, string fromId)
    {
        if (thanks.State.From.Remove($"{listingId}:{fromId}"))
        {
            thanks.State.From.Add($"{listingId}:{ResidentIds.Deleted}");
            await thanks.WriteStateAsync();
        }
    }

    public Task Forget() => thanks.ClearStateAsync();
}

[GenerateSerializer]
public sealed record ThanksState
{
    /// <summary>"listing:sender" of every thank received.</summary>
    [Id(0)] public HashSet<string> From { get; init; } = [];
}
