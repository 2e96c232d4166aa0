using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Moderation;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Moderation decisions and appeals (docs/moderation.md).</summary>
public sealed partial class MutationType
{
    partial void AddModerationFields()
    {
        Field<NonNullGraphType<ModerationCaseType>>("decideModeration")
            .Description("A lead of the content's neighbourhood decides (HIDE, KEEP_HIDDEN, RESTORE) with a reason, which is logged and told to the author.")
            .Argument<NonNullGraphType<ReportTargetType>>("targetType")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .Argument<NonNullGraphType<ModerationDecisionGraphType>>("decision")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                return await Reports.Case(c.Grains(), c.GetArgument<SubjectType>("targetType"), c.GetArgument<string>("targetId"))
                    .Decide(caller, c.GetArgument<ModerationDecision>("decision"), c.GetArgument<string>("reason"));
            });

        Field<NonNullGraphType<ModerationCaseType>>("appealModeration")
            .Description("The author appeals a decision that keeps their content hidden, once per decision. Undecided by Voisinage:Moderation:AppealDeadline, the content is shown again.")
            .Argument<NonNullGraphType<IdGraphType>>("decisionId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var (moderation, number) = ModerationSubjects.Decision(c.Grains(), c.GetArgument<string>("decisionId"));
                return await moderation.Appeal(caller, number, c.GetArgument<string>("text"));
            });

        Field<NonNullGraphType<ModerationCaseType>>("decideAppeal")
            .Description("An operator, or a lead of another neighbourhood who took no part in the decision, grants an appeal (the content is shown again) or refuses it, with a reason.")
            .Argument<NonNullGraphType<IdGraphType>>("decisionId")
            .Argument<NonNullGraphType<BooleanGraphType>>("grant")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var (moderation, number) = ModerationSubjects.Decision(c.Grains(), c.GetArgument<string>("decisionId"));
                return await moderation.DecideAppeal(caller, number, c.GetArgument<bool>("grant"), c.GetArgument<string>("reason"));
            });
    }

    partial void AddModerationFields();
}
