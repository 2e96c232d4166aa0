using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// One alert, keyed by its id: the shared record, the neighbourhoods it targets, its reports. It delivers the
/// alert to each target's <see cref="INeighbourhoodAlertsGrain"/> and nothing calls it back, so no cycle forms.
/// </summary>
public interface IAlertGrain : IGrainWithStringKey, IReportableGrain
{
    /// <summary>Records and delivers a new alert (idempotent: a retry redelivers what is missing). Returns the origin's copy.</summary>
    Task<Alert> Create(Alert alert, IReadOnlyList<string> targets);

    /// <summary>The raiser or a lead of the origin neighbourhood marks the alert resolved, everywhere it was delivered.</summary>
    Task<Alert> Resolve(string residentId);

    /// <summary>Erases the raiser's pseudo wherever the alert was delivered (the raiser deleted their account).</summary>
    Task EraseRaiser(string residentId);

    /// <summary>The shared record, or null.</summary>
    [ReadOnly]
    Task<Alert?> Get();
}

/// <summary>
/// Anything members can report (SPEC §5 <c>report</c>): alerts now, posts and listings later. Reports from
/// distinct members hide the target. The GraphQL <c>report</c> mutation dispatches on a target type to a grain
/// implementing this.
/// </summary>
public interface IReportableGrain : IAddressable
{
    /// <summary>Records a report by a member who can see the target; a second report by the same member is a CONFLICT.</summary>
    Task<ReportOutcome> Report(string reporterId, string? reason);
}
