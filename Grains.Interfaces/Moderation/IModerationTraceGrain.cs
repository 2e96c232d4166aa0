namespace Voisinage.Grains.Moderation;

/// <summary>
/// Where one resident appears in moderation, keyed by resident id: the logs with an entry they took or that is about
/// them, and the cases they reported or decided. Noted before the entry or report it points at is written, so that
/// deleting the account anonymises all of it without scanning every log (<see cref="Anonymise"/>, a closure step).
/// </summary>
public interface IModerationTraceGrain : IGrainWithStringKey
{
    /// <summary>Records a log scope (<see cref="ModerationLogs"/>) and/or a case key where the resident appears (idempotent).</summary>
    Task Note(string? logScope, string? caseKey);

    /// <summary>
    /// The account is deleted: every entry and report noted here becomes "compte supprimé" (decisions and reasons stay),
    /// the resident's own log is erased, then this trace. Idempotent: a closure resumed after a crash repeats it safely.
    /// </summary>
    Task Anonymise();
}
