using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Moderation;

/// <summary>GraphQL documents and helpers the moderation tests share.</summary>
public static class ModerationApi
{
    public const string CaseFields = """
        subject { type id neighbourhoodId title author { id } }
        reports reasons { reason count } lastReportAt hidden
        decisions { id action byReports reason at appealable appeal { text status reason deadline deciders } }
        """;

    public const string Report = "mutation($t: ReportTarget!, $id: ID!, $r: String) { report(targetType: $t, targetId: $id, reason: $r) { reports hidden } }";

    public const string Decide = "mutation($t: ReportTarget!, $id: ID!, $d: ModerationDecision!, $r: String!) { decideModeration(targetType: $t, targetId: $id, decision: $d, reason: $r) { " + CaseFields + " } }";

    public const string Case = "query($t: ReportTarget!, $id: ID!) { moderationCase(targetType: $t, targetId: $id) { " + CaseFields + " } }";

    public const string Queue = "query($n: ID!, $first: Int, $after: String) { moderationQueue(neighbourhoodId: $n, first: $first, after: $after) { edges { cursor node { " + CaseFields + " } } pageInfo { hasNextPage endCursor } } }";

    public const string Appeal = "mutation($d: ID!, $t: String!) { appealModeration(decisionId: $d, text: $t) { " + CaseFields + " } }";

    public const string DecideAppeal = "mutation($d: ID!, $g: Boolean!, $r: String!) { decideAppeal(decisionId: $d, grant: $g, reason: $r) { " + CaseFields + " } }";

    public const string AppealQueue = "query { appealQueue(first: 100) { edges { node { decisionId deadline case { subject { id } } } } } }";

    public const string Log = "query($n: ID, $r: ID, $first: Int, $after: String) { moderationLog(neighbourhoodId: $n, residentId: $r, first: $first, after: $after) { edges { cursor node { id action byReports actor { id } subjectType subjectId resident { id } reason decisionId } } pageInfo { hasNextPage endCursor } } }";

    public const string Notifications = "query { notifications(first: 50) { edges { node { kind listingId text url } } } }";

    public static async Task<JsonNode> Ok(this ClusterApi f, string query, object? variables, Member who)
    {
        var r = await f.GraphQL(query, variables, who);
        r.AssertNoErrors();
        return r.Data;
    }

    public static List<JsonNode> Nodes(this JsonNode connection) =>
        [.. connection["edges"]!.AsArray().Select(e => e!["node"]!)];
}
