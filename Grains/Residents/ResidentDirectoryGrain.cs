namespace Voisinage.Grains.Residents;

/// <summary>
/// One leaf of the directory, sorted by pseudo key. Reentrant with coalesced writes: every account created at once
/// whose pseudo falls in this leaf joins the same write (onboarding a town is thousands of sign-ups in minutes).
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
        if (!directory.State.Indexed)
        {
            // Listed in the index before the first entry is saved: an entry is never in a leaf no listing reads.
            var leaf = this.GetPrimaryKeyString();
            await GrainFactory.GetGrain<IResidentDirectoryIndexGrain>(ResidentDirectory.ShardOf(leaf)).AddLeaf(leaf);
            directory.State.Indexed = true;
        }

        var entries = directory.State.Entries;
        if (entries.Contains(entry))
        {
            return;
        }

        entries.RemoveAll(e => e.ResidentId == residentId);
        var at = entries.BinarySearch(entry, ByKey.Instance);
        entries.Insert(at < 0 ? ~at : at, entry);
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

    private sealed class ByKey : IComparer<DirectoryEntry>
    {
        public static readonly ByKey Instance = new();

        public int Compare(DirectoryEntry? x, DirectoryEntry? y) => string.CompareOrdinal(x?.Key, y?.Key);
    }
}

[GenerateSerializer]
public sealed record ResidentDirectoryState
{
    /// <summary>Sorted by <see cref="DirectoryEntry.Key"/> (unique: pseudos are unique by their folded form).</summary>
    [Id(0)] public List<DirectoryEntry> Entries { get; init; } = [];

    /// <summary>Whether the leaf's index shard lists it.</summary>
    [Id(1)] public bool Indexed { get; set; }
}
