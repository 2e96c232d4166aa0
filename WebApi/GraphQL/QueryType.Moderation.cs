using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Voisinage.Grains.Moderation;
using Voisinage.WebApi.GraphQL.Types;

namespace Voisinage.WebApi.GraphQL;

/// <summary>Moderation: the leads' queue, a content's case, the logs and the appeals (docs/moderation.md).</summary>
public sealed partial class QueryType
{
    partial void AddModerationFields()
    {
        Field<NonNullGraphType<ConnectionType<ModerationCaseType>>>("moderationQueue")
            .Description("Leads of the neighbourhood: its reported or hidden posts, listings and alerts, reports grouped, the most recent first (FORBIDDEN for anyone else).")
            .Argument<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var id = await CanonicalNeighbourhood(c, c.GetArgument<string>("neighbourhoodId"));
                var page = await c.Grains().GetGrain<IModerationQueueGrain>(id).List(caller, c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Items.Select(i => (i.Cursor, i.Case)), page.HasNextPage);
            });

        Field<NonNullGraphType<ConnectionType<ModerationCaseType>>>("operatorsModerationQueue")
            .Description("Operators: reported or withdrawn official announcements, reports grouped, the most recent first (FORBIDDEN for anyone else). Decide with decideModeration (HIDE withdraws it from every resident's list).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var page = await c.Grains().GetGrain<IModerationQueueGrain>(ModerationSubjects.OperatorsQueue).List(caller, c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Items.Select(i => (i.Cursor, i.Case)), page.HasNextPage);
            });

        Field<NonNullGraphType<ModerationCaseType>>("moderationCase")
            .Description("The moderation of one piece of content (reports grouped, decisions, appeals): for its author, the neighbourhood's leads, operators and whoever may decide its appeal.")
            .Argument<NonNullGraphType<ReportTargetType>>("targetType")
            .Argument<NonNullGraphType<IdGraphType>>("targetId")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                return await Reports.Case(c.Grains(), c.GetArgument<SubjectType>("targetType"), c.GetArgument<string>("targetId")).Get(caller);
            });

        Field<NonNullGraphType<ConnectionType<ModerationEntryType>>>("moderationLog")
            .Description("The append-only moderation log, newest first: of a neighbourhood (its leads and operators), of yourself (residentId: yours; operators: anyone's), or of operators' own decisions: grants, revocations, organisations verified or rejected (neither argument; operators).")
            .Argument<IdGraphType>("neighbourhoodId")
            .Argument<IdGraphType>("residentId")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var caller = c.RequireCaller();
                var scope = c.GetArgument<string?>("neighbourhoodId") is { } n ? ModerationLogs.OfNeighbourhood(await CanonicalNeighbourhood(c, n))
                    : c.GetArgument<string?>("residentId") is { } r ? ModerationLogs.OfResident(r)
                    : ModerationLogs.Operators;
                var page = await c.Grains().GetGrain<IModerationLogGrain>(scope).List(caller, c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Entries.Select(e => (e.Id, e)), page.HasNextPage);
            });

        Field<NonNullGraphType<ConnectionType<PendingAppealType>>>("appealQueue")
            .Description("Appeals you may decide, nearest deadline first: all for operators; for leads, those of other neighbourhoods whose decision they took no part in.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var page = await c.Grains().GetGrain<IAppealQueueGrain>(0).List(c.RequireCaller(), c.GetArgument("first", 20), c.GetArgument<string?>("after"));
                return Connections.Of(page.Appeals.Select(a => (a.Cursor, a)), page.HasNextPage);
            });
    }

    partial void AddModerationFields();
}
