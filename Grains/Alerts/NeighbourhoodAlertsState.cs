namespace Voisinage.Grains.Alerts;

[GenerateSerializer]
public sealed record NeighbourhoodAlertsState
{
    /// <summary>The recent history in sequence order: alert i has sequence <see cref="ArchivedCount"/> + i + 1.</summary>
    [Id(0)] public List<Alert> Alerts { get; init; } = [];

    /// <summary>Set when the neighbourhood was merged into another: writes go there.</summary>
    [Id(1)] public string? MovedTo { get; init; }

    [Id(2)] public string? MoveOperationId { get; init; }

    /// <summary>Merge imports done or under way here, by operation id.</summary>
    [Id(3)] public Dictionary<string, AlertImport> Imports { get; init; } = [];

    /// <summary>Alerts moved to sealed pages (<see cref="IAlertHistoryPageGrain"/>), a whole number of pages: sequences 1 to this.</summary>
    [Id(4)] public long ArchivedCount { get; init; }

    /// <summary>The latest raise time among archived alerts: only an alert raised before may already be in a page.</summary>
    [Id(5)] public DateTimeOffset? ArchivedUpTo { get; init; }

    /// <summary>The page size the archive was written with (pages are found by sequence, so it never changes once set).</summary>
    [Id(6)] public int PageSize { get; init; }

    /// <summary>The last change number given out (the second numbering, of resolutions, hides and erasures).</summary>
    [Id(7)] public long LastUpdate { get; init; }

    /// <summary>The latest change of each recently changed alert, in change order (at most <c>UpdateLogSize</c>).</summary>
    [Id(8)] public List<AlertUpdateMark> Updates { get; init; } = [];
}

/// <summary>An alert's latest change number.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertUpdateMark([property: Id(0)] long Sequence, [property: Id(1)] string AlertId);

/// <summary>An alert both neighbourhoods of a merge held: its number in the absorbed one and in the survivor.</summary>
[GenerateSerializer, Immutable]
public sealed record SharedAlert([property: Id(0)] long AbsorbedSequence, [property: Id(1)] long SurvivorSequence, [property: Id(2)] string AlertId);

/// <param name="AbsorbedId">The neighbourhood whose alerts came over.</param>
/// <param name="ResumeAfter">The survivor's last sequence before the import: the absorbed neighbourhood's listeners replay from there.</param>
/// <param name="Done">Whether the alerts were written and the move announced.</param>
/// <param name="AbsorbedLast">The absorbed channel's last sequence: its numbering ended there.</param>
/// <param name="ImportedFrom">The survivor's last sequence just before the imported alerts were appended after it, in the absorbed order.</param>
/// <param name="Shared">Absorbed alerts the survivor held already (not imported again), with both numbers.</param>
/// <param name="UpdatesFrom">The survivor's last change number when the import was done.</param>
[GenerateSerializer, Immutable]
public sealed record AlertImport(
    [property: Id(0)] string AbsorbedId,
    [property: Id(1)] long ResumeAfter,
    [property: Id(2)] bool Done,
    [property: Id(3)] long AbsorbedLast = 0,
    [property: Id(4)] long ImportedFrom = 0,
    [property: Id(5)] IReadOnlyList<SharedAlert>? Shared = null,
    [property: Id(6)] long UpdatesFrom = 0);
