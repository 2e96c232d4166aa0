using Orleans.Concurrency;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// A neighbourhood's moderation queue, keyed by the neighbourhood id: its reported or hidden content, one item per
/// subject, kept up to date by each subject's case (the case is the truth; this is its index for leads).
/// </summary>
public interface IModerationQueueGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the subject's item; an older version than the one held is ignored.</summary>
    Task Put(ModerationQueueItem item);

    /// <summary>Removes the subject's item unless a newer version is held.</summary>
    Task Remove(string caseKey, long version);

    /// <summary>Items, the most recently reported or decided first; leads of the neighbourhood only (FORBIDDEN else).</summary>
    [ReadOnly]
    Task<ModerationQueuePage> List(string leadId, int first, string? after);
}

/// <summary>One subject in a queue: its case, reports grouped, hidden or not, and what was decided last.</summary>
[GenerateSerializer, Immutable]
public sealed record ModerationQueueItem(
    [property: Id(0)] string CaseKey,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset UpdatedAt,
    [property: Id(3)] ModerationCaseView Case)
{
    /// <summary>The item's cursor: its time and case key, so pages stay put while other items change.</summary>
    public string Cursor => UpdatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + CaseKey;
}

[GenerateSerializer, Immutable]
public sealed record ModerationQueuePage(
    [property: Id(0)] IReadOnlyList<ModerationQueueItem> Items,
    [property: Id(1)] bool HasNextPage);
