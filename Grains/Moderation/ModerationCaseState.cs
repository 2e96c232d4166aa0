using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// A subject's moderation. <see cref="Effects"/> is the outbox of what the last change must still tell others; it is
/// saved with the change and cleared once everyone was told, so a crash in between is finished later.
/// </summary>
[GenerateSerializer]
public sealed record ModerationCaseState
{
    [Id(0)] public ModerationSubject? Subject { get; init; }

    /// <summary>The reports since the last restore.</summary>
    [Id(1)] public List<ReportRecord> Reports { get; init; } = [];

    /// <summary>Members whose reports a restore dismissed: they may not report the subject again.</summary>
    [Id(2)] public List<string> DismissedReporters { get; init; } = [];

    [Id(3)] public bool Hidden { get; init; }

    [Id(4)] public List<DecisionRecord> Decisions { get; init; } = [];

    /// <summary>Grows with every change; the queue and the logs keep the latest.</summary>
    [Id(5)] public long Version { get; init; }

    [Id(6)] public CaseEffects? Effects { get; init; }

    /// <summary>The hidden flag the content last confirmed, so it is told only of changes.</summary>
    [Id(7)] public bool? ContentHidden { get; init; }

    /// <summary>The queue (neighbourhood id) that holds this subject's item, if any.</summary>
    [Id(8)] public string? QueuedIn { get; init; }

    /// <summary>Log entries written so far (numbers the next one).</summary>
    [Id(9)] public int Entries { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record ReportRecord(
    [property: Id(0)] string ReporterId,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset At);

/// <summary>A decision; <see cref="Reporters"/> are those whose reports made it (when reports decided).</summary>
[GenerateSerializer, Immutable]
public sealed record DecisionRecord(
    [property: Id(0)] int Number,
    [property: Id(1)] ModerationAction Action,
    [property: Id(2)] string? DeciderId,
    [property: Id(3)] string Reason,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] IReadOnlyList<string> Reporters,
    [property: Id(6)] AppealView? Appeal);

/// <summary>What a change must still tell: log entries, notices to the author, and whether appeals changed.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseEffects(
    [property: Id(0)] IReadOnlyList<ModerationEntry> Entries,
    [property: Id(1)] IReadOnlyList<Notification> Notices,
    [property: Id(2)] bool AppealsChanged);
