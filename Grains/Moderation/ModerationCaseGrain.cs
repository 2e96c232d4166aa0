using Microsoft.Extensions.Options;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// The moderation of one subject: the one report rule, leads' decisions, appeals and their deadline. Each change is saved
/// with its effects (an outbox), then the effects are applied — the content shown or hidden, the neighbourhood's queue,
/// the appeal queue, the logs, the author's notices — all idempotent, so a failure midway is finished by the next call,
/// the next activation or a reminder. The case calls the content; the content never calls the case.
/// </summary>
internal sealed class ModerationCaseGrain(
    [PersistentState("case", StorageNames.Voisinage)] IPersistentState<ModerationCaseState> state,
    IOptions<ModerationOptions> options,
    TimeProvider clock) : Grain, IModerationCaseGrain, IRemindable
{
    internal const string EffectsReminder = "moderation-effects";
    internal const string DeadlineReminder = "appeal-deadline";

    private ModerationCaseState State => state.State;

    private ModerationOptions Rules => options.Value;

    private string Key => this.GetPrimaryKeyString();

    private IModeratable Content
    {
        get
        {
            var (type, id) = ModerationSubjects.Parse(Key);
            return ModerationSubjects.Content(GrainFactory, type, id);
        }
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Effects is not null)
        {
            await TryApplyEffects();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == EffectsReminder)
        {
            await ApplyEffects();
            await Unregister(EffectsReminder);
        }
        else if (reminderName == DeadlineReminder)
        {
            await ApplyAppealDeadlines();
        }
    }

    public async Task<ReportOutcome> Report(string reporterId, string? reason)
    {
        var text = TextRules.Text(reason, "reason", Rules.ReasonMaxLength, required: false);
        await ApplyEffects();
        var subject = await Described(Content.DescribeForReporter(reporterId));
        if (State.Reports.Any(r => r.ReporterId == reporterId) || State.DismissedReporters.Contains(reporterId))
        {
            throw VoisinageException.Conflict("You have already reported this.");
        }

        await GrainFactory.GetGrain<IResidentQuotaGrain>(reporterId).Spend(QuotaKind.Report);
        await Trace(reporterId);
        var now = clock.GetUtcNow();
        var reports = State.Reports.Append(new ReportRecord(reporterId, text, now)).ToList();
        var next = State with { Subject = subject, Reports = reports };
        var entries = new List<ModerationEntry>();
        var notices = new List<Notification>();
        // Reports hide neighbourhood content by themselves; an operators' subject (an official announcement) waits for an operator.
        if (!ModerationSubjects.ForOperators(subject.Type) && !State.Hidden && reports.Count >= Rules.ReportsToHide)
        {
            // Reports decided: the decision names no one; its reason is what the reporters wrote.
            var why = string.Join(" ; ", reports.Select(r => r.Reason).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal));
            next = Decided(next, ModerationAction.Hidden, null, why, [.. reports.Select(r => r.ReporterId)], entries, notices);
        }

        await Save(next, entries, notices, appealsChanged: false);
        return new ReportOutcome(subject.Id, State.Reports.Count, State.Hidden);
    }

    public async Task<ModerationCaseView> Decide(string leadId, ModerationDecision decision, string reason)
    {
        var why = TextRules.Text(reason, "reason", Rules.ReasonMaxLength);
        await ApplyEffects();
        var subject = await Described(Content.Describe());
        var standing = await GrainFactory.StandingOf(leadId);
        if (ModerationSubjects.ForOperators(subject.Type) ? !standing.IsOperator : !await standing.IsLeadOf(GrainFactory, subject.NeighbourhoodId))
        {
            throw VoisinageException.Forbidden(ModerationSubjects.ForOperators(subject.Type)
                ? "Only an operator decides about an official announcement."
                : "Only a lead of the content's neighbourhood can decide.");
        }

        await Trace(leadId);
        var next = State with { Subject = subject };
        var entries = new List<ModerationEntry>();
        var notices = new List<Notification>();
        var appealsChanged = false;
        switch (decision)
        {
            case ModerationDecision.Hide when !State.Hidden:
                next = Decided(next, ModerationAction.Hidden, leadId, why, [], entries, notices);
                break;
            case ModerationDecision.KeepHidden when State.Hidden:
                next = Decided(next, ModerationAction.KeptHidden, leadId, why, [], entries, notices);
                break;
            case ModerationDecision.Restore when State.Hidden || State.Reports.Count > 0:
                appealsChanged = next.Decisions.Any(d => d.Appeal?.Status == AppealStatus.Pending);
                next = Restored(next, leadId, why, AppealStatus.Closed, entries, notices);
                break;
            case ModerationDecision.Hide:
                throw VoisinageException.Conflict("This content is already hidden.");
            case ModerationDecision.KeepHidden:
                throw VoisinageException.Conflict("This content is not hidden.");
            case ModerationDecision.Restore:
                throw VoisinageException.Conflict("This content is neither hidden nor reported.");
            default:
                throw VoisinageException.BadInput("Unknown decision.");
        }

        await Save(next, entries, notices, appealsChanged);
        return View();
    }

    public async Task<ModerationCaseView> Appeal(string authorId, int number, string text)
    {
        var body = TextRules.Text(text, "text", Rules.AppealMaxLength);
        await ApplyEffects();
        var subject = await Described(Content.Describe());
        if (subject.AuthorId != authorId)
        {
            throw VoisinageException.Forbidden("Only the author can appeal a decision about their content.");
        }

        var decision = FindDecision(number);
        if (decision.Appeal is not null)
        {
            throw VoisinageException.Conflict("This decision was already appealed: a decision can be appealed once.");
        }

        if (!IsAppealable(State, decision))
        {
            throw VoisinageException.Conflict("Only a decision that keeps your content hidden can be appealed.");
        }

        // Their appeal's text is theirs: deleting their account scrubs it here (the trace leads the closure to this case).
        await Trace(authorId);

        // Chosen once, now: the nearest other neighbourhood with a lead who took no part (or operators only).
        var deciders = await AppealDeciderSearch.NearestNeighbourhood(GrainFactory, subject.NeighbourhoodId, Excluded(decision, subject));
        var now = clock.GetUtcNow();
        var appeal = new AppealView(body, now, now + Rules.AppealDeadline, AppealStatus.Pending, null, null, null, deciders);
        var next = Replace(State with { Subject = subject }, decision with { Appeal = appeal });
        var entries = new List<ModerationEntry> { Entry(next, ModerationAction.Appealed, authorId, body, decision.Number, now) };
        next = next with { Entries = next.Entries + 1 };
        await Save(next, entries, [], appealsChanged: true);
        await ScheduleDeadline();
        return View();
    }

    public async Task<ModerationCaseView> DecideAppeal(string deciderId, int number, bool grant, string reason)
    {
        var why = TextRules.Text(reason, "reason", Rules.ReasonMaxLength);
        await ApplyEffects();
        var subject = await Described(Content.Describe());
        var decision = FindDecision(number);
        if (decision.Appeal is not { Status: AppealStatus.Pending })
        {
            throw VoisinageException.Conflict(decision.Appeal is null ? "This decision was not appealed." : "This appeal is already decided.");
        }

        if (!await MayDecideAppeal(deciderId, decision, subject))
        {
            throw VoisinageException.Forbidden("An appeal is decided by an operator or a lead of the nearest other neighbourhood who took no part in the decision.");
        }

        await Trace(deciderId);

        var next = State with { Subject = subject };
        var entries = new List<ModerationEntry>();
        var notices = new List<Notification>();
        var now = clock.GetUtcNow();
        if (grant)
        {
            next = Replace(next, decision with { Appeal = decision.Appeal with { Status = AppealStatus.Granted, DeciderId = deciderId, Reason = why, DecidedAt = now } });
            next = Restored(next, deciderId, why, AppealStatus.Closed, entries, notices);
        }
        else
        {
            next = Replace(next, decision with { Appeal = decision.Appeal with { Status = AppealStatus.Refused, DeciderId = deciderId, Reason = why, DecidedAt = now } });
            entries.Add(Entry(next, ModerationAction.AppealRefused, deciderId, why, number, now));
            notices.Add(Notice(next, "APPEAL_REFUSED", $"Votre appel concernant « {subject.Title} » a été refusé : {why}", now));
            next = next with { Entries = next.Entries + 1 };
        }

        await Save(next, entries, notices, appealsChanged: true);
        return View();
    }

    public async Task ApplyAppealDeadlines()
    {
        await ApplyEffects();
        var now = clock.GetUtcNow();
        var expired = State.Decisions.Where(d => d.Appeal is { Status: AppealStatus.Pending } a && a.Deadline <= now).ToList();
        if (expired.Count > 0)
        {
            var next = State;
            foreach (var d in expired)
            {
                next = Replace(next, d with { Appeal = d.Appeal! with { Status = AppealStatus.Expired, DecidedAt = now } });
            }

            var entries = new List<ModerationEntry>();
            var notices = new List<Notification>();
            next = Restored(next, null, "The appeal was not decided before its deadline.", AppealStatus.Closed, entries, notices);
            await Save(next, entries, notices, appealsChanged: true);
        }

        await ScheduleDeadline();
    }

    public async Task<ModerationCaseView> Get(string viewerId)
    {
        var subject = State.Subject ?? await Content.Describe();
        var standing = await GrainFactory.StandingOf(viewerId);
        var allowed = subject.AuthorId == viewerId || standing.IsOperator || await standing.IsLeadOf(GrainFactory, subject.NeighbourhoodId);
        if (!allowed)
        {
            foreach (var d in State.Decisions.Where(d => d.Appeal is { Status: AppealStatus.Pending }))
            {
                allowed |= await MayDecideAppeal(viewerId, d, subject);
            }
        }

        return allowed ? View(subject) : throw VoisinageException.Forbidden("Only the author, the neighbourhood's leads and operators see a moderation case.");
    }

    public async Task Anonymise(string residentId)
    {
        await ApplyEffects();
        string Anonymous(string id) => id == residentId ? ModerationEntry.DeletedAccount : id;
        var author = State.Subject?.AuthorId == residentId;
        var involved = author || State.Reports.Any(r => r.ReporterId == residentId) || State.DismissedReporters.Contains(residentId)
            || State.Decisions.Any(d => d.DeciderId == residentId || d.Reporters.Contains(residentId) || d.Appeal?.DeciderId == residentId);
        if (!involved)
        {
            return;
        }

        // Their words go, the decisions stay. A decision that reports took joins the reporters' reasons: theirs is
        // replaced within it, or the whole reason when their report was cleared since (a restore) and its text is unknown.
        var ownReason = State.Reports.FirstOrDefault(r => r.ReporterId == residentId)?.Reason;
        string ReportsReason(DecisionRecord d) => d.DeciderId is not null || !d.Reporters.Contains(residentId)
            ? d.Reason
            : ownReason is null ? ModerationEntry.Scrub(d.Reason)
            : ownReason.Length == 0 ? d.Reason
            : string.Join(" ; ", d.Reason.Split(" ; ").Select(part => part == ownReason ? ModerationEntry.ScrubbedText : part));
        AppealView? Appeal(AppealView? appeal) => appeal is null ? null : appeal with
        {
            Text = author ? ModerationEntry.Scrub(appeal.Text) : appeal.Text,
            Reason = appeal.DeciderId == residentId && appeal.Reason is { } why ? ModerationEntry.Scrub(why) : appeal.Reason,
            DeciderId = appeal.DeciderId is { } appealDecider ? Anonymous(appealDecider) : null,
        };

        var next = State with
        {
            // The author stays the author for the decisions, appeals and logs, as a deleted account.
            Subject = author ? State.Subject! with { AuthorId = ModerationEntry.DeletedAccount } : State.Subject,
            Reports = [.. State.Reports.Select(r => r.ReporterId == residentId ? r with { ReporterId = ModerationEntry.DeletedAccount, Reason = ModerationEntry.Scrub(r.Reason) } : r)],
            DismissedReporters = [.. State.DismissedReporters.Select(Anonymous)],
            Decisions = [.. State.Decisions.Select(d => d with
            {
                Reason = d.DeciderId == residentId ? ModerationEntry.Scrub(d.Reason) : ReportsReason(d),
                DeciderId = d.DeciderId is { } decider ? Anonymous(decider) : null,
                Reporters = [.. d.Reporters.Select(Anonymous)],
                Appeal = Appeal(d.Appeal),
            })],
        };

        // The logs first (idempotent): once this case is saved the resident is no longer found here to retry them.
        if (State.Subject is { } subject)
        {
            foreach (var (before, after) in State.Decisions.Zip(next.Decisions).Where(p => p.First.DeciderId is null && p.First.Reason != p.Second.Reason))
            {
                var decisionId = ModerationSubjects.DecisionId(Key, before.Number);
                foreach (var scope in await LogScopes(subject))
                {
                    await GrainFactory.GetGrain<IModerationLogGrain>(scope).ScrubReportsReason(decisionId, after.Reason);
                }
            }
        }

        // The queue item and pending appeals carry the case's view and who may not decide: put again, anonymised.
        await Save(next, [], [], appealsChanged: true);
    }

    /// <summary>
    /// The content's description as this case keeps it: once the author's account is deleted they stay
    /// <see cref="ModerationEntry.DeletedAccount"/> (the content may still carry their id); otherwise the author is noted
    /// in their trace before the case holds their id, so that their closure anonymises it (noting again writes nothing).
    /// </summary>
    private async Task<ModerationSubject> Described(Task<ModerationSubject> describing)
    {
        var subject = await describing;
        if (State.Subject is { AuthorId: ModerationEntry.DeletedAccount })
        {
            return subject with { AuthorId = ModerationEntry.DeletedAccount };
        }

        if (ModerationEntry.IsResident(subject.AuthorId))
        {
            await Trace(subject.AuthorId);
        }

        return subject;
    }

    /// <summary>Notes this case in a resident's moderation trace before their report or decision is saved here.</summary>
    private Task Trace(string residentId) => GrainFactory.GetGrain<IModerationTraceGrain>(residentId).Note(null, Key);

    public Task<ModerationCaseView?> Peek() => Task.FromResult(State.Subject is null ? null : View());

    /// <summary>
    /// Whether the resident may decide the appeal: not its author nor anyone who took part in the decision, and an
    /// operator or a lead of the neighbourhood the appeal was sent to (<see cref="AppealDeciderSearch"/>).
    /// </summary>
    private async Task<bool> MayDecideAppeal(string residentId, DecisionRecord decision, ModerationSubject subject)
    {
        if (Excluded(decision, subject).Contains(residentId))
        {
            return false;
        }

        var standing = await GrainFactory.StandingOf(residentId);
        // Official announcements are decided by operators only (ModerationSubjects.ForOperators); other content by an
        // operator or a lead of the neighbourhood the appeal was sent to.
        return standing.IsOperator
            || (!ModerationSubjects.ForOperators(subject.Type) && await AppealDeciderSearch.LeadsDeciders(GrainFactory, standing, decision.Appeal?.DeciderNeighbourhoodId));
    }

    /// <summary>Who may not decide an appeal of a decision: the author, the first decider and the reporters.</summary>
    private static string[] Excluded(DecisionRecord decision, ModerationSubject subject) =>
        [.. decision.Reporters, .. decision.DeciderId is null ? Array.Empty<string>() : [decision.DeciderId], subject.AuthorId];

    /// <summary>Adds a decision that hides (or keeps hidden) the content, with its log entry and the author's notice.</summary>
    private ModerationCaseState Decided(ModerationCaseState s, ModerationAction action, string? deciderId, string reason, IReadOnlyList<string> reporters, List<ModerationEntry> entries, List<Notification> notices)
    {
        var now = clock.GetUtcNow();
        var number = s.Decisions.Count + 1;
        var next = s with { Hidden = true, Decisions = [.. s.Decisions, new DecisionRecord(number, action, deciderId, reason, now, reporters, null)] };
        entries.Add(Entry(next, action, deciderId, reason, number, now));
        var title = next.Subject!.Title;
        // In French, like every notification: residents read it in the app, in a push or an email.
        var why = reason.Length > 0 ? reason : "sans motif";
        var text = (action, deciderId) switch
        {
            (ModerationAction.KeptHidden, _) => $"« {title} » reste masqué, décision d'un responsable : {why}. Vous pouvez faire appel.",
            (_, null) => $"« {title} » a été masqué après {reporters.Count} signalements ({why}). Vous pouvez faire appel.",
            _ => $"« {title} » a été masqué par un responsable : {why}. Vous pouvez faire appel.",
        };
        notices.Add(Notice(next, action == ModerationAction.KeptHidden ? "CONTENT_KEPT_HIDDEN" : "CONTENT_HIDDEN", text, now));
        return next with { Entries = next.Entries + 1 };
    }

    /// <summary>Shows the content again: reports dismissed (their authors may not report again), pending appeals closed.</summary>
    private ModerationCaseState Restored(ModerationCaseState s, string? deciderId, string reason, AppealStatus pendingBecomes, List<ModerationEntry> entries, List<Notification> notices)
    {
        var now = clock.GetUtcNow();
        var decisions = s.Decisions
            .Select(d => d.Appeal is { Status: AppealStatus.Pending } a ? d with { Appeal = a with { Status = pendingBecomes, DecidedAt = now } } : d)
            .ToList();
        var number = decisions.Count + 1;
        decisions.Add(new DecisionRecord(number, ModerationAction.Restored, deciderId, reason, now, [], null));
        var next = s with
        {
            Hidden = false,
            Reports = [],
            DismissedReporters = [.. s.DismissedReporters.Union(s.Reports.Select(r => r.ReporterId))],
            Decisions = decisions,
        };
        entries.Add(Entry(next, ModerationAction.Restored, deciderId, reason, number, now));
        notices.Add(Notice(next, "CONTENT_RESTORED", $"« {next.Subject!.Title} » est de nouveau visible : {reason}", now));
        return next with { Entries = next.Entries + 1 };
    }

    private ModerationEntry Entry(ModerationCaseState s, ModerationAction action, string? actorId, string reason, int decision, DateTimeOffset at)
    {
        var subject = s.Subject!;
        return new ModerationEntry(
            $"{Key}#{(s.Entries + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", at, action, actorId, subject.Type, subject.Id,
            subject.AuthorId, subject.NeighbourhoodId, reason, ModerationSubjects.DecisionId(Key, decision));
    }

    // The decisions about one's content, with the appeal, are on the profile page: the notice opens it there.
    private Notification Notice(ModerationCaseState s, string kind, string text, DateTimeOffset at) =>
        new($"{Key}#{(s.Entries + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", kind, s.Subject!.Id, text, at, "/profil#my-mod-title");

    private static ModerationCaseState Replace(ModerationCaseState s, DecisionRecord decision) =>
        s with { Decisions = [.. s.Decisions.Select(d => d.Number == decision.Number ? decision : d)] };

    private DecisionRecord FindDecision(int number) =>
        State.Decisions.FirstOrDefault(d => d.Number == number) ?? throw VoisinageException.NotFound("No such decision.");

    /// <summary>A decision can be appealed while it is what keeps the content hidden: no restore came after it.</summary>
    private static bool IsAppealable(ModerationCaseState s, DecisionRecord decision) =>
        s.Hidden && decision.Appeal is null && decision.Action is ModerationAction.Hidden or ModerationAction.KeptHidden
        && !s.Decisions.Any(d => d.Number > decision.Number && d.Action == ModerationAction.Restored);

    private async Task Save(ModerationCaseState next, List<ModerationEntry> entries, List<Notification> notices, bool appealsChanged)
    {
        state.State = next with { Version = next.Version + 1, Effects = new CaseEffects(entries, notices, appealsChanged) };
        await state.WriteStateAsync();
        await TryApplyEffects();
    }

    /// <summary>Applies the saved effects; on failure a reminder retries (the change itself is saved and stands).</summary>
    private async Task TryApplyEffects()
    {
        try
        {
            await ApplyEffects();
        }
        catch (Exception)
        {
            await this.RegisterOrUpdateReminder(EffectsReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }
    }

    private async Task ApplyEffects()
    {
        if (State.Effects is not { } effects || State.Subject is not { } subject)
        {
            return;
        }

        if (State.ContentHidden != State.Hidden)
        {
            await Content.ApplyHidden(State.Hidden);
        }

        var queueId = await QueueOf(subject);
        var queued = State.Hidden || State.Reports.Count > 0;
        if (State.QueuedIn is { } old && old != queueId)
        {
            await GrainFactory.GetGrain<IModerationQueueGrain>(old).Remove(Key, State.Version);
        }

        var queue = GrainFactory.GetGrain<IModerationQueueGrain>(queueId);
        await (queued ? queue.Put(new ModerationQueueItem(Key, State.Version, clock.GetUtcNow(), View())) : queue.Remove(Key, State.Version));
        if (effects.AppealsChanged)
        {
            var appeals = GrainFactory.GetGrain<IAppealQueueGrain>(0);
            foreach (var d in State.Decisions.Where(d => d.Appeal is not null))
            {
                var id = ModerationSubjects.DecisionId(Key, d.Number);
                await (d.Appeal!.Status == AppealStatus.Pending
                    ? appeals.Put(new PendingAppeal(id, d.Appeal.Deadline, Excluded(d, subject), View(), d.Appeal.DeciderNeighbourhoodId))
                    : appeals.Remove(id));
            }
        }

        foreach (var entry in effects.Entries)
        {
            foreach (var scope in LogScopes(subject, queueId))
            {
                await GrainFactory.GetGrain<IModerationLogGrain>(scope).Append(entry);
            }
        }

        foreach (var notice in ModerationEntry.IsResident(subject.AuthorId) ? effects.Notices : [])
        {
            await GrainFactory.GetGrain<INotificationInboxGrain>(subject.AuthorId).Add(notice);
        }

        state.State = State with { Effects = null, ContentHidden = State.Hidden, QueuedIn = queued ? queueId : null };
        await state.WriteStateAsync();
    }

    /// <summary>The logs this case writes to: its queue's (a neighbourhood's, or the operators') and its author's.</summary>
    private static string[] LogScopes(ModerationSubject subject, string queueId) =>
        ModerationEntry.IsResident(subject.AuthorId)
            ? [QueueLog(subject, queueId), ModerationLogs.OfResident(subject.AuthorId)]
            : [QueueLog(subject, queueId)]; // a deleted author's own log was erased with their account

    private static string QueueLog(ModerationSubject subject, string queueId) =>
        ModerationSubjects.ForOperators(subject.Type) ? ModerationLogs.Operators : ModerationLogs.OfNeighbourhood(queueId);

    private async Task<string[]> LogScopes(ModerationSubject subject) =>
        LogScopes(subject, await QueueOf(subject));

    /// <summary>The queue of the subject: the operators' for theirs, else its neighbourhood's as it is now (merges followed).</summary>
    private async Task<string> QueueOf(ModerationSubject subject) =>
        ModerationSubjects.ForOperators(subject.Type) ? ModerationSubjects.OperatorsQueue : await NeighbourhoodLookup.Resolve(GrainFactory, subject.NeighbourhoodId) ?? subject.NeighbourhoodId;

    /// <summary>Keeps one reminder while an appeal is pending, due at the earliest deadline (checked at least daily).</summary>
    private async Task ScheduleDeadline()
    {
        var pending = State.Decisions.Where(d => d.Appeal is { Status: AppealStatus.Pending }).Select(d => d.Appeal!.Deadline).ToList();
        if (pending.Count == 0)
        {
            await Unregister(DeadlineReminder);
            return;
        }

        var due = pending.Min() - clock.GetUtcNow();
        due = due < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : due > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : due;
        await this.RegisterOrUpdateReminder(DeadlineReminder, due, TimeSpan.FromHours(1));
    }

    private async Task Unregister(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private ModerationCaseView View() => View(State.Subject!);

    private ModerationCaseView View(ModerationSubject subject) => new(
        subject,
        State.Reports.Count,
        [.. State.Reports.GroupBy(r => r.Reason, StringComparer.Ordinal).Select(g => new ReportReason(g.Key, g.Count())).OrderByDescending(r => r.Count)],
        State.Reports.Count > 0 ? State.Reports.Max(r => r.At) : null,
        State.Hidden,
        [.. State.Decisions.Select(d => new DecisionView(ModerationSubjects.DecisionId(Key, d.Number), d.Action, d.DeciderId, d.Reason, d.At, d.Appeal, IsAppealable(State, d)))]);
}
