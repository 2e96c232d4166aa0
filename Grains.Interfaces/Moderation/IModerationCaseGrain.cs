using Orleans.Concurrency;
using Voisinage.Grains.Alerts;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// The moderation of one subject (an alert, a listing or a post), keyed <c>Type:id</c> (<see cref="ModerationSubjects"/>):
/// its reports, whether it is hidden, every decision and appeal. It is the one place of the report rule
/// (<c>Voisinage:Moderation:ReportsToHide</c> distinct members hide it), so reports on one subject are counted one at a
/// time. It writes each change first, then tells the content, the neighbourhood's queue, the logs and the author, and
/// finishes those after a crash.
/// </summary>
public interface IModerationCaseGrain : IGrainWithStringKey
{
    /// <summary>A member who can see the content reports it (once: CONFLICT again); enough distinct reports hide it.</summary>
    Task<ReportOutcome> Report(string reporterId, string? reason);

    /// <summary>A lead of the content's neighbourhood decides, with a reason (FORBIDDEN for anyone else, CONFLICT if it changes nothing).</summary>
    Task<ModerationCaseView> Decide(string leadId, ModerationDecision decision, string reason);

    /// <summary>The author appeals decision <paramref name="number"/>, once, while the content is hidden by it.</summary>
    Task<ModerationCaseView> Appeal(string authorId, int number, string text);

    /// <summary>
    /// Someone who took no part in the decision (an operator, or a lead of the neighbourhood the appeal was sent to) grants the appeal of
    /// decision <paramref name="number"/> (the content is shown again) or refuses it, with a reason.
    /// </summary>
    Task<ModerationCaseView> DecideAppeal(string deciderId, int number, bool grant, string reason);

    /// <summary>Shows again the content of appeals nobody decided by their deadline (the reminder calls it; so may tests).</summary>
    Task ApplyAppealDeadlines();

    /// <summary>The case, for its author, leads of its neighbourhood, operators, and anyone who may decide its appeal.</summary>
    Task<ModerationCaseView> Get(string viewerId);

    /// <summary>Whether the case has anything (reports or decisions), without checks: for the author's own export.</summary>
    [ReadOnly]
    Task<ModerationCaseView?> Peek();

    /// <summary>
    /// A deleted account: the resident's reports and decisions here become <see cref="ModerationEntry.DeletedAccount"/>
    /// (the reports still count, the decisions stay) and the words they wrote become <see cref="ModerationEntry.ScrubbedText"/>:
    /// their report reasons (also within a decision that reports took), the reasons of the decisions and appeals they
    /// decided, and, for the author of the content, their appeal texts. Idempotent.
    /// </summary>
    Task Anonymise(string residentId);
}
