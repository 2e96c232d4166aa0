namespace Voisinage.Grains.Alerts;

/// <summary>A resident's side of alerts, keyed by resident id: raising within the hourly limit.</summary>
public interface IResidentAlertsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Raises an alert in the resident's neighbourhood and the neighbourhoods within its radius. Refused, changing
    /// nothing, to unverified residents, non-members, bad input, and beyond the hourly limit (RATE_LIMITED).
    /// </summary>
    Task<Alert> Raise(AlertDraft draft);

    /// <summary>The alerts the resident raised, oldest first (for the resident's data export).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<Alert>> GetRaised();

    /// <summary>
    /// Account deletion: the resident's pseudo is erased from every alert they raised (the alerts stay, they may matter
    /// to the neighbourhood's safety), then this grain forgets them.
    /// </summary>
    Task Forget();
}
