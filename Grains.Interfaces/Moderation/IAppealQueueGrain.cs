using Orleans.Concurrency;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// The appeals waiting for a decision (one grain, key 0: appeals are rare, and no read or write of content goes through
/// it). Each case adds its pending appeals and removes them once decided or expired.
/// </summary>
public interface IAppealQueueGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a pending appeal (keyed by its decision id).</summary>
    Task Put(PendingAppeal appeal);

    /// <summary>Removes the appeal of a decision.</summary>
    Task Remove(string decisionId);

    /// <summary>
    /// The appeals the caller may decide, oldest deadline first: all of them for an operator; for a lead, those sent to
    /// their neighbourhood (<see cref="PendingAppeal.DeciderNeighbourhoodId"/>) whose decision they took no part in.
    /// FORBIDDEN for anyone else.
    /// </summary>
    [ReadOnly]
    Task<AppealQueuePage> List(string viewerId, int first, string? after);
}

/// <summary>
/// An appeal waiting for a decision: the decision appealed, who may not decide it (<see cref="Excluded"/>: the first
/// decider, the reporters, the author), the case as its deciders see it, and the neighbourhood whose leads may decide it
/// (null: operators only).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingAppeal(
    [property: Id(0)] string DecisionId,
    [property: Id(1)] DateTimeOffset Deadline,
    [property: Id(2)] IReadOnlyList<string> Excluded,
    [property: Id(3)] ModerationCaseView Case,
    [property: Id(4)] string? DeciderNeighbourhoodId = null)
{
    /// <summary>The appeal's cursor: its deadline (fixed-width ticks, so the text orders like the time) and decision id.</summary>
    public string Cursor => Deadline.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "|" + DecisionId;
}

[GenerateSerializer, Immutable]
public sealed record AppealQueuePage(
    [property: Id(0)] IReadOnlyList<PendingAppeal> Appeals,
    [property: Id(1)] bool HasNextPage);
