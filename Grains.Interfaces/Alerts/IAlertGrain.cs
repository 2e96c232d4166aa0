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

    /// <summary>
    /// The raiser deleted their account: wherever the alert was delivered, its raiser becomes <see cref="Alert.ErasedPseudo"/>
    /// with the id <see cref="Residents.ResidentIds.Deleted"/>. Idempotent.
    /// </summary>
    Task EraseRaiser(string residentId);

    /// <summary>The shared record, or null.</summary>
    [ReadOnly]
    Task<Alert?> Get();
}
