using GraphQL.Types;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class ModerationDecisionGraphType : EnumerationGraphType<ModerationDecision>
{
    public ModerationDecisionGraphType()
    {
        Name = "ModerationDecision";
        Description = "KEEP_HIDDEN (hidden content stays hidden), RESTORE (shown again, reports cleared) or HIDE.";
    }
}

public sealed class ModerationActionGraphType : EnumerationGraphType<ModerationAction>
{
    public ModerationActionGraphType()
    {
        Name = "ModerationAction";
        Description = "What a decision or log entry records.";
    }
}

public sealed class AppealStatusGraphType : EnumerationGraphType<AppealStatus>
{
    public AppealStatusGraphType()
    {
        Name = "AppealStatus";
        Description = "PENDING, GRANTED (shown again), REFUSED, EXPIRED (undecided by the deadline: shown again) or CLOSED (a lead showed it again first).";
    }
}

public sealed class ModerationSubjectType : ObjectGraphType<ModerationSubject>
{
    public ModerationSubjectType()
    {
        Name = "ModerationSubject";
        Description = "The reported or moderated content.";
        Field<NonNullGraphType<ReportTargetType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Description("The neighbourhood whose leads moderate it.").Resolve(c => c.Source.NeighbourhoodId);
        Field<ResidentType>("author").Description("Null once the author's account is deleted.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.AuthorId).GetProfile());
        Field<NonNullGraphType<StringGraphType>>("title").Description("The title, or the start of a post.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
    }
}

public sealed class ReportReasonType : ObjectGraphType<ReportReason>
{
    public ReportReasonType()
    {
        Name = "ReportReason";
        Description = "Reports grouped by reason (an empty reason: none given). Reporters are never named.";
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

public sealed class AppealDecidersGraphType : EnumerationGraphType<AppealDeciders>
{
    public AppealDecidersGraphType()
    {
        Name = "AppealDeciders";
        Description = "Who may decide an appeal: NEIGHBOURING_LEAD (a lead of the nearest other neighbourhood who took no part in the decision, or an operator) or OPERATORS (no such lead nearby).";
    }
}

public sealed class AppealType : ObjectGraphType<AppealView>
{
    public AppealType()
    {
        Name = "Appeal";
        Description = "The author's appeal of a decision, decided before its deadline by a lead of the nearest other neighbourhood who took no part in it, or an operator.";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline").Description("Undecided by then, the content is shown again.").Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<AppealStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("reason").Description("The decider's reason.").Resolve(c => c.Source.Reason);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(c => c.Source.DecidedAt);
        Field<NonNullGraphType<AppealDecidersGraphType>>("deciders").Description("Who may decide it, chosen when it was made.").Resolve(c => c.Source.Deciders);
    }
}

public sealed class ModerationDecisionType : ObjectGraphType<DecisionView>
{
    public ModerationDecisionType()
    {
        Name = "ModerationDecisionRecord";
        Description = "A decision on content: by reports (no decider), a lead, an appeal's decider, or an appeal's deadline.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id to appeal with appealModeration.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ModerationActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<BooleanGraphType>>("byReports").Description("True when reports (or a deadline) decided, not a person.").Resolve(c => c.Source.DeciderId is null);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The decider's reason; for reports, the reasons reporters gave.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<AppealType>("appeal").Resolve(c => c.Source.Appeal);
        Field<NonNullGraphType<BooleanGraphType>>("appealable").Description("Whether the author may still appeal it (once).").Resolve(c => c.Source.Appealable);
    }
}

public sealed class ModerationCaseType : ObjectGraphType<ModerationCaseView>
{
    public ModerationCaseType()
    {
        Name = "ModerationCase";
        Description = "The moderation of one piece of content: reports grouped, hidden or not, and every decision with its reason and appeal.";
        Field<NonNullGraphType<ModerationSubjectType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<IntGraphType>>("reports").Description("Distinct members who reported it since it was last restored.").Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportReasonType>>>>("reasons").Resolve(c => c.Source.Reasons);
        Field<DateTimeOffsetGraphType>("lastReportAt").Resolve(c => c.Source.LastReportAt);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Resolve(c => c.Source.Hidden);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModerationDecisionType>>>>("decisions").Description("Oldest first.").Resolve(c => c.Source.Decisions);
    }
}

public sealed class ModerationEntryType : ObjectGraphType<ModerationEntry>
{
    public ModerationEntryType()
    {
        Name = "ModerationLogEntry";
        Description = "One line of an append-only moderation log: who, what, when, why.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<ModerationActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<BooleanGraphType>>("byReports").Description("True when reports or a deadline acted, not a person.").Resolve(c => c.Source.ActorId is null);
        Field<ResidentType>("actor").Description("Who acted; null for reports, a deadline, or a deleted account (actorDeleted).")
            .ResolveAsync(async c => ModerationEntry.IsResident(c.Source.ActorId) ? await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.ActorId!).GetProfile() : null);
        Field<NonNullGraphType<BooleanGraphType>>("actorDeleted").Description("Who acted deleted their account since: shown as « compte supprimé ».")
            .Resolve(c => c.Source.ActorId == ModerationEntry.DeletedAccount);
        Field<ReportTargetType>("subjectType").Resolve(c => c.Source.SubjectType);
        Field<IdGraphType>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<ResidentType>("resident").Description("The resident concerned (the author of the content, the lead or operator named).")
            .ResolveAsync(async c => ModerationEntry.IsResident(c.Source.ResidentId) ? await c.Grains().GetGrain<IResidentAccountGrain>(c.Source.ResidentId!).GetProfile() : null);
        Field<IdGraphType>("neighbourhoodId").Resolve(c => c.Source.NeighbourhoodId);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<IdGraphType>("decisionId").Resolve(c => c.Source.DecisionId);
    }
}

public sealed class PendingAppealType : ObjectGraphType<PendingAppeal>
{
    public PendingAppealType()
    {
        Name = "PendingAppeal";
        Description = "An appeal waiting for a decision (decideAppeal).";
        Field<NonNullGraphType<IdGraphType>>("decisionId").Resolve(c => c.Source.DecisionId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("deadline").Resolve(c => c.Source.Deadline);
        Field<NonNullGraphType<ModerationCaseType>>("case").Resolve(c => c.Source.Case);
    }
}

public sealed class StandingLevelGraphType : EnumerationGraphType<StandingLevel>
{
    public StandingLevelGraphType()
    {
        Name = "StandingLevel";
        Description = "Where a resident stands: NO_ACCOUNT, NON_MEMBER, MEMBER (verification lapsed), VERIFIED_MEMBER or LEAD.";
    }
}

public sealed class UserSummaryType : ObjectGraphType<UserSummary>
{
    public UserSummaryType()
    {
        Name = "UserSummary";
        Description = "A user as operators see them: pseudo, verification and standing; never their home, address or email.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.ResidentId);
        Field<NonNullGraphType<StringGraphType>>("pseudo").Resolve(c => c.Source.Pseudo);
        Field<NonNullGraphType<BooleanGraphType>>("verified").Resolve(c => c.Source.Verified);
        Field<NonNullGraphType<StandingLevelGraphType>>("standing").Resolve(c => c.Source.Standing);
        Field<NonNullGraphType<BooleanGraphType>>("isOperator").Resolve(c => c.Source.IsOperator);
    }
}
