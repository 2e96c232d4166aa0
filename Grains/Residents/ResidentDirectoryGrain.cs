namespace Voisinage.Grains.Residents;

/// <summary>
/// One shard of the directory, sorted by pseudo key. Reentrant with coalesced writes: every account created at once
/// whose pseudo falls in this shard joins the same write (onboarding a town is thousands of sign-ups in minutes).
/// </summary>
[Orleans.Concurrency.Reentrant]
internal sealed class ResidentDirectoryGrain(
    [PersistentState("directory", StorageNames.Voisinage)] IPersistentState<ResidentDirectoryState> directory) : Grain, IResidentDirectoryGrain
{
    private CoalescedWrites? _writes;

    private CoalescedWrites Writes => _writes ??= new CoalescedWrites(() => directory.WriteStateAsync(), DeactivateOnIdle);

    public async Task Add(string pseudo, string residentId)
    {
        var entry = new DirectoryEntry(ResidentDirectory.KeyOf(pseudo), pseudo, residentId);
        var entries = directory.State.Entries;
        if (entries.Contains(entry))
        {
            return;
        }

        entries.RemoveAll(e => e.ResidentId == residentId);
        var at = entries.FindIndex(e => string.CompareOrdinal(e.Key, entry.Key) > 0);
        entries.Insert(at < 0 ? entries.Count : at, entry);
        await Writes.Save();
    }

    public async Task Remove(string pseudo, string residentId)
    {
        if (directory.State.Entries.RemoveAll(e => e.ResidentId == residentId) > 0)
        {
            await Writes.Save();
        }
    }

    public Task<IReadOnlyList<DirectoryEntry>> List(string prefix, string? after, int first) =>
        Task.FromResult<IReadOnlyList<DirectoryEntry>>([.. directory.State.Entries
            .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && (after is null || string.CompareOrdinal(e.Key, after) > 0))
            .Take(first)]);
}

[GenerateSerializer]
public sealed record ResidentDirectoryState
{
    /// <summary>Sorted by <see cref="DirectoryEntry.Key"/> (unique: pseudos are unique by their folded form).</summary>
    [Id(0)] public List<DirectoryEntry> Entries { get; init; } = [];
}
