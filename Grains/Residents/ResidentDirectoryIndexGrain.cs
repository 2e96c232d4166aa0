namespace Voisinage.Grains.Residents;

/// <summary>
/// The leaves of one first character. Written once per leaf ever, so it stays small (at most 37² names) and cold;
/// reentrant with coalesced writes for the burst of a first onboarding.
/// </summary>
[Orleans.Concurrency.Reentrant]
internal sealed class ResidentDirectoryIndexGrain(
    [PersistentState("directoryIndex", StorageNames.Voisinage)] IPersistentState<ResidentDirectoryIndexState> index) : Grain, IResidentDirectoryIndexGrain
{
    private CoalescedWrites? _writes;

    private CoalescedWrites Writes => _writes ??= new CoalescedWrites(() => index.WriteStateAsync(), DeactivateOnIdle);

    public async Task AddLeaf(string leaf)
    {
        var leaves = index.State.Leaves;
        var at = leaves.BinarySearch(leaf, StringComparer.Ordinal);
        if (at < 0)
        {
            leaves.Insert(~at, leaf);
            await Writes.Save();
        }
    }

    public Task<IReadOnlyList<string>> Leaves(string prefix, string? from) =>
        Task.FromResult<IReadOnlyList<string>>([.. index.State.Leaves
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && (from is null || string.CompareOrdinal(l, from) >= 0))]);
}

[GenerateSerializer]
public sealed record ResidentDirectoryIndexState
{
    /// <summary>The leaves holding (or having held) residents, in ordinal order.</summary>
    [Id(0)] public List<string> Leaves { get; init; } = [];
}
