namespace Voisinage.Grains.Alerts;

/// <summary>A resident's side of alerts, keyed by resident id: raising within the hourly limit.</summary>
public interface IResidentAlertsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Raises an alert in the resident's neighbourhood and the neighbourhoods within its radius. Refused, changing
    /// nothing, to unverified residents, non-members, bad input, and beyond the hourly limit (RATE_LIMITED).
    /// </summary>
    Task<Alert> Raise(AlertDraft draft);
}
