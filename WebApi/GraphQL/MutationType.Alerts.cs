using GraphQL;
using GraphQL.Types;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

public sealed partial class MutationType
{
    partial void AddAlertFields()
    {
        AddPushFields();
        Field<NonNullGraphType<AlertType>>("raiseAlert")
            .Description("Verified members: warns your neighbourhood and every neighbourhood within radiusMeters (0–3,000) of your block. At most 3 per hour.")
            .Argument<NonNullGraphType<AlertKindType>>("kind")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<StringGraphType>("body", a => a.DefaultValue = string.Empty)
            .Argument<IntGraphType>("radiusMeters", a => a.DefaultValue = 0)
            .Argument<AlertPlaceInputType>("place", a => a.Description = "Where it happens (optional; kept as a block-sized cell within 3 km of your block). Residents who chose an alert radius are notified only within it, except of urgent alerts.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IResidentAlertsGrain>(c.RequireCaller()).Raise(new AlertDraft(
                c.GetArgument<AlertKind>("kind"), c.GetArgument<string>("title"), c.GetArgument("body", string.Empty) ?? string.Empty, c.GetArgument("radiusMeters", 0),
                c.GetArgument<AlertPoint?>("place"))));

        Field<NonNullGraphType<AlertType>>("resolveAlert")
            .Description("The raiser or a lead of the raiser's neighbourhood marks an alert resolved, for everyone it reached.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                return await Reports.Alerts(c.Grains(), c.GetArgument<string>("id")).Resolve(caller);
            });

        Field<NonNullGraphType<ReportOutcomeType>>("report")
            .Description("Reports content that breaks the rules, once (CONFLICT again), with an optional reason. Reports from Voisinage:Moderation:ReportsToHide (3) distinct members hide it; its author is told why and may appeal. An official announcement (ANNOUNCEMENT) is reported by residents it reached to the operators' queue, and only an operator hides (withdraws) it.")
            .Argument<NonNullGraphType<ReportTargetType>>("targetType")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                return await Reports.Case(c.Grains(), c.GetArgument<SubjectType>("targetType"), c.GetArgument<string>("targetId"))
                    .Report(caller, c.GetArgument<string?>("reason"));
            });
    }

    partial void AddPushFields();
}
