using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// One shard of the residents' directory (pseudo → id) behind the operators' users list, keyed by
/// <see cref="ResidentDirectory.ShardOf"/>. Residents add themselves when created and leave when their account closes.
/// </summary>
public interface IResidentDirectoryGrain : IGrainWithStringKey
{
    Task Add(string pseudo, string residentId);

    Task Remove(string pseudo, string residentId);

    /// <summary>Entries in pseudo-key order whose key starts with <paramref name="prefix"/>, after the key <paramref name="after"/>.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DirectoryEntry>> List(string prefix, string? after, int first);
}

/// <summary>A resident in the directory: the case-folded pseudo it is ordered by, the pseudo, the id.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectoryEntry([property: Id(0)] string Key, [property: Id(1)] string Pseudo, [property: Id(2)] string ResidentId);

/// <summary>
/// The operators' users list: pages of residents with their verification and standing (never their home or address),
/// optionally those whose pseudo starts with a search text. A stateless worker reading the directory shards.
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
    /// <summary>The shards, in listing order: digits, letters, then everything else.</summary>
    public static IReadOnlyList<string> Shards { get; } = [.. "0123456789abcdefghijklmnopqrstuvwxyz".Select(c => c.ToString()), "~"];

    /// <summary>The case-folded pseudo the directory orders and searches by (the same folding as pseudo uniqueness).</summary>
    public static string KeyOf(string pseudo) => pseudo.Trim().Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();

    public static string ShardOf(string key) => key.Length > 0 && char.IsAsciiLetterOrDigit(key[0]) ? key[..1] : "~";
}
