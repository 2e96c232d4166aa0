using Orleans.Concurrency;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// One alert, keyed by its id: the shared record, the neighbourhoods it targets, its reports. It delivers the
/// alert to each target's <see cref="INeighbourhoodAlertsGrain"/> and nothing calls it back, so no cycle forms.
/// </summary>
public interface IAlertGrain : Moderation.IModeratable
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
