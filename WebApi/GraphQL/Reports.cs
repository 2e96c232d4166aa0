using GraphQL.Types;
using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;

namespace Voisinage.WebApi.GraphQL;

/// <summary>
/// What <c>report</c> and the moderation fields target: a <see cref="SubjectType"/> and an id, mapped to the subject's
/// <see cref="IModerationCaseGrain"/> (<see cref="ModerationSubjects"/>), where the rules live.
/// </summary>
public static class Reports
{
    /// <summary>The case of the subject named by a target type and id (NOT_FOUND for an id that cannot name one).</summary>
    public static IModerationCaseGrain Case(IGrainFactory grains, SubjectType type, string id) => ModerationSubjects.Case(grains, type, id);

    /// <summary>An alert grain, for a well-formed id only (ids are opaque; anything else names nothing).</summary>
    public static IAlertGrain Alerts(IGrainFactory grains, string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? grains.GetGrain<IAlertGrain>(id)
            : throw VoisinageException.NotFound("No such alert.");
}

/// <summary>What <c>report</c> and the moderation fields can target.</summary>
public sealed class ReportTargetType : EnumerationGraphType<SubjectType>
{
    public ReportTargetType()
    {
        Name = "ReportTarget";
        Description = "What a report or a moderation decision is about: ALERT, LISTING (id lst_…), POST (id pst_…) or ANNOUNCEMENT (an official announcement, id ann_…: moderated by operators only).";
    }
}
