using Orleans.Concurrency;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// An append-only moderation log. One grain per scope (<see cref="ModerationLogs"/>): per neighbourhood (what happened
/// there), per resident (what was decided about them or their content, exportable), and one for operators' grants and
/// revocations. Appends are idempotent by entry id, so a retried effect is written once. Each append is first noted in
/// the trace of the residents it names (<see cref="IModerationTraceGrain"/>), so that deleting an account finds it.
/// </summary>
public interface IModerationLogGrain : IGrainWithStringKey
{
    /// <summary>Appends an entry unless one with its id is already there.</summary>
    Task Append(ModerationEntry entry);

    /// <summary>
    /// Entries newest first, <paramref name="first"/> (1–100) after the cursor. Readers: a neighbourhood's log its leads
    /// and operators; a resident's log the resident and operators; the operators' log operators.
    /// </summary>
    [ReadOnly]
    Task<ModerationLogPage> List(string viewerId, int first, string? after);

    /// <summary>
    /// A deleted account (the closure, through <see cref="IModerationTraceGrain"/>): the resident becomes
    /// <see cref="ModerationEntry.DeletedAccount"/> as actor and as resident concerned, their id inside entry ids
    /// becomes <paramref name="token"/>, and the reason of every entry they took (their words: a lead's reason, an
    /// appeal's text) becomes <see cref="ModerationEntry.ScrubbedText"/>. The one change an entry ever sees; idempotent.
    /// </summary>
    Task Anonymise(string residentId, string token);

    /// <summary>
    /// A reporter's account was deleted: the reason of the entries of decision <paramref name="decisionId"/> taken by
    /// reports (no actor), which joins the reporters' words, becomes <paramref name="reason"/> (theirs scrubbed). Idempotent.
    /// </summary>
    Task ScrubReportsReason(string decisionId, string reason);

    /// <summary>Erases the whole log (a deleted resident's own log).</summary>
    Task Erase();
}

/// <summary>
/// One thing that happened, with who did it (<see cref="ActorId"/>; null when reports or a deadline did), to what
/// (<see cref="SubjectType"/> and <see cref="SubjectId"/>, or the resident <see cref="ResidentId"/>), when, and why.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ModerationEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ModerationAction Action,
    [property: Id(3)] string? ActorId,
    [property: Id(4)] SubjectType? SubjectType,
    [property: Id(5)] string? SubjectId,
    [property: Id(6)] string? ResidentId,
    [property: Id(7)] string? NeighbourhoodId,
    [property: Id(8)] string Reason,
    [property: Id(9)] string? DecisionId)
{
    /// <summary>
    /// What stands for a resident whose account was deleted, as actor or resident concerned (shown as "compte supprimé");
    /// the entry, its action and its reason stay.
    /// </summary>
    public const string DeletedAccount = Residents.ResidentIds.Deleted;

    /// <summary>What replaces a text a deleted account wrote (a report reason, an appeal, a lead's reason): the decision stays.</summary>
    public const string ScrubbedText = "[supprimé]";

    /// <summary>A text scrubbed of a deleted account's words (an empty one stays empty: nothing was written).</summary>
    public static string Scrub(string text) => text.Length == 0 ? text : ScrubbedText;

    /// <summary>Whether an id is a real resident's (not absent, not <see cref="DeletedAccount"/>).</summary>
    public static bool IsResident(string? id) => id is not null && id != DeletedAccount;
}

/// <summary>A page of log entries, newest first; an entry's cursor is its <see cref="ModerationEntry.Id"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record ModerationLogPage(
    [property: Id(0)] IReadOnlyList<ModerationEntry> Entries,
    [property: Id(1)] bool HasNextPage);

/// <summary>The keys of the log grains.</summary>
public static class ModerationLogs
{
    /// <summary>The operators' log (grants and revocations, organisations verified or rejected).</summary>
    public const string Operators = "operators";

    public static string OfNeighbourhood(string neighbourhoodId) => "n:" + neighbourhoodId;

    public static string OfResident(string residentId) => "r:" + residentId;
}
