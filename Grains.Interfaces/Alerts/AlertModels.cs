namespace Voisinage.Grains.Alerts;

/// <summary>The kinds of alert (SPEC §5).</summary>
public enum AlertKind
{
    LostAnimal = 1,
    Vigilance = 2,
    Event = 3,
    Urgent = 4,
}

/// <summary>
/// What a resident asks to raise, before any rule is checked. <see cref="Place"/>: where it happens, if the raiser says
/// (a point they chose, never their home unless they chose it).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AlertDraft(
    [property: Id(0)] AlertKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Body,
    [property: Id(3)] int RadiusMeters,
    [property: Id(4)] AlertPoint? Place = null);

/// <summary>A point on the map, in degrees.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertPoint([property: Id(0)] double Lat, [property: Id(1)] double Lng);

/// <summary>
/// An alert as one neighbourhood holds it (<see cref="PlaceCell"/>: where it happens as a coarse H3 cell, res 9, when
/// the raiser said; residents' alert radius is measured from its centre): <see cref="NeighbourhoodId"/> and <see cref="Sequence"/> are that
/// neighbourhood's; the other fields are shared by every neighbourhood the alert reached. <see cref="Sequence"/> is 0
/// on the alert's own record (<see cref="IAlertGrain"/>), before it is numbered by a neighbourhood.
/// <see cref="UpdateSequence"/> is set on changes (<see cref="AlertEventKind.Updated"/> and their replay): the
/// neighbourhood's change number, a second numbering beside <see cref="Sequence"/>, 0 elsewhere.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Alert(
    [property: Id(0)] string Id,
    [property: Id(1)] string NeighbourhoodId,
    [property: Id(2)] long Sequence,
    [property: Id(3)] AlertKind Kind,
    [property: Id(4)] string Title,
    [property: Id(5)] string Body,
    [property: Id(6)] int RadiusMeters,
    [property: Id(7)] DateTimeOffset RaisedAt,
    [property: Id(8)] string RaiserId,
    [property: Id(9)] string RaiserPseudo,
    [property: Id(10)] string OriginNeighbourhoodId,
    [property: Id(11)] DateTimeOffset? ResolvedAt,
    [property: Id(12)] bool Hidden,
    [property: Id(13)] string? PlaceCell = null,
    [property: Id(14)] long UpdateSequence = 0)
{
    /// <summary>What an alert shows as its raiser's pseudo once the raiser deleted their account.</summary>
    public const string ErasedPseudo = "Ancien voisin";

    public bool Resolved => ResolvedAt is not null;
}

/// <summary>A change to an alert that every neighbourhood holding it applies (no new sequence number).</summary>
[GenerateSerializer, Immutable]
public sealed record AlertChange(
    [property: Id(0)] string AlertId,
    [property: Id(1)] DateTimeOffset? ResolvedAt,
    [property: Id(2)] bool Hidden,
    [property: Id(3)] bool RaiserErased = false);

/// <summary>Alerts of a neighbourhood after a sequence number.</summary>
/// <param name="Alerts">The visible alerts, in sequence order.</param>
/// <param name="LastSequence">The highest sequence number this page covers (hidden alerts included), to continue from.</param>
/// <param name="HasMore">Whether more alerts follow <paramref name="LastSequence"/>.</param>
/// <param name="MovedTo">Set once this neighbourhood was merged into another: its alerts live there now.</param>
[GenerateSerializer, Immutable]
public sealed record AlertPage(
    [property: Id(0)] IReadOnlyList<Alert> Alerts,
    [property: Id(1)] long LastSequence,
    [property: Id(2)] bool HasMore,
    [property: Id(3)] string? MovedTo)
{
    /// <summary>The neighbourhood whose numbering <see cref="LastSequence"/> is in (after a merge, the survivor's): continue there.</summary>
    [Id(4)] public string? NeighbourhoodId { get; init; }
}

/// <summary>What a neighbourhood alerts grain says to a write: the alert as numbered there, or where to write instead.</summary>
[GenerateSerializer, Immutable]
public sealed record AlertWrite([property: Id(0)] Alert? Alert, [property: Id(1)] string? MovedTo);

/// <summary>What a channel sends the front-ends watching it (<see cref="IAlertFeedObserver"/>).</summary>
public enum AlertEventKind
{
    /// <summary>A new alert with the next sequence number.</summary>
    Raised = 1,

    /// <summary>An alert was resolved or hidden.</summary>
    Updated = 2,

    /// <summary>
    /// The neighbourhood was merged into <see cref="AlertEvent.MovedTo"/>: listen there from <see cref="AlertEvent.ResumeAfter"/>
    /// (alerts) and <see cref="AlertEvent.ResumeUpdatesAfter"/> (changes).
    /// </summary>
    Moved = 3,
}

[GenerateSerializer, Immutable]
public sealed record AlertEvent(
    [property: Id(0)] AlertEventKind Kind,
    [property: Id(1)] Alert? Alert,
    [property: Id(2)] string? MovedTo,
    [property: Id(3)] long ResumeAfter,
    [property: Id(4)] long ResumeUpdatesAfter = 0);

/// <summary>The outcome of a report (SPEC §5: reports from 3 distinct members hide an alert or post).</summary>
[GenerateSerializer, Immutable]
public sealed record ReportOutcome(
    [property: Id(0)] string TargetId,
    [property: Id(1)] int Reports,
    [property: Id(2)] bool Hidden);
