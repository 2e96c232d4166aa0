using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// One leaf of the residents' directory (pseudo → id) behind the operators' users list: the residents whose case-folded
/// pseudo begins with the leaf's key (<see cref="ResidentDirectory.LeafOf"/>, three characters). Residents add themselves
/// when created and leave when their account closes. A leaf holds a small slice of the nation (its state is rewritten
/// on every change), and announces itself to its <see cref="IResidentDirectoryIndexGrain"/> before its first entry is saved.
/// </summary>
public interface IResidentDirectoryGrain : IGrainWithStringKey
{
    Task Add(string pseudo, string residentId);

    Task Remove(string pseudo, string residentId);

    /// <summary>Entries in pseudo-key order whose key starts with <paramref name="prefix"/>, after the key <paramref name="after"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DirectoryEntry>> List(string prefix, string? after, int first);
}

/// <summary>
/// Which leaves of the directory hold residents, for one first character (<see cref="ResidentDirectory.Shards"/>):
/// a listing walks only those. Written once per leaf, ever (an emptied leaf stays listed and is read as empty).
/// </summary>
public interface IResidentDirectoryIndexGrain : IGrainWithStringKey
{
    /// <summary>Records that <paramref name="leaf"/> holds residents (idempotent).</summary>
    Task AddLeaf(string leaf);

    /// <summary>The leaves in listing order that start with <paramref name="prefix"/> and are not before <paramref name="from"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Leaves(string prefix, string? from);
}

/// <summary>A resident in the directory: the case-folded pseudo it is ordered by, the pseudo, the id.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectoryEntry([property: Id(0)] string Key, [property: Id(1)] string Pseudo, [property: Id(2)] string ResidentId);

/// <summary>
/// The operators' users list: pages of residents with their verification and standing (never their home or address),
/// optionally those whose pseudo starts with a search text. A stateless worker reading the directory's index and leaves.
/// </summary>
public interface IUserListGrain : IGrainWithIntegerKey
{
    /// <summary>Operators only (FORBIDDEN else); <paramref name="first"/> 1–100; the cursor is the last user's.</summary>
    [ReadOnly]
    Task<UserPage> List(string operatorId, string? search, int first, string? after);
}

/// <summary>One user as operators see them.</summary>
[GenerateSerializer, Immutable]
public sealed record UserSummary(
    [property: Id(0)] string Cursor,
    [property: Id(1)] string ResidentId,
    [property: Id(2)] string Pseudo,
    [property: Id(3)] bool Verified,
    [property: Id(4)] StandingLevel Standing,
    [property: Id(5)] bool IsOperator);

[GenerateSerializer, Immutable]
public sealed record UserPage([property: Id(0)] IReadOnlyList<UserSummary> Users, [property: Id(1)] bool HasNextPage);

/// <summary>Where a pseudo lives in the directory.</summary>
public static class ResidentDirectory
{
    /// <summary>Characters of a key that name a leaf as themselves; any other becomes <c>~</c> (after them in ordinal order).</summary>
    private const string Plain = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>How many leading characters name a leaf: 37³ possible leaves, so a leaf holds a few hundred of a million residents.</summary>
    public const int LeafLength = 3;

    /// <summary>The index shards, in listing order (a key's first character as <see cref="LeafOf"/> maps it).</summary>
    public static IReadOnlyList<string> Shards { get; } = [.. Plain.Select(c => c.ToString()), "~"];

    /// <summary>The case-folded pseudo the directory orders and searches by (the same folding as pseudo uniqueness).</summary>
    public static string KeyOf(string pseudo) => pseudo.Trim().Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>
    /// The leaf of a key, or the leaf prefix of a search text: its first <see cref="LeafLength"/> characters with every
    /// character outside <c>[0-9a-z]</c> as <c>~</c>, so leaves compare in listing order by ordinal comparison.
    /// </summary>
    public static string LeafOf(string key) =>
        string.Concat(key.Take(LeafLength).Select(c => Plain.Contains(c, StringComparison.Ordinal) ? c : '~'));

    /// <summary>The index shard of a leaf: its first character.</summary>
    public static string ShardOf(string leaf) => leaf.Length > 0 ? leaf[..1] : "~";
}
