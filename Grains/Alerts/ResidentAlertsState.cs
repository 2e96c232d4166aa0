namespace Voisinage.Grains.Alerts;

[GenerateSerializer]
public sealed record ResidentAlertsState
{
    /// <summary>When the resident raised alerts within the current window (older ones are dropped).</summary>
    [Id(0)] public List<DateTimeOffset> RecentRaises { get; init; } = [];

    /// <summary>Ids of the alerts the resident raised (for the data export and account deletion).</summary>
    [Id(1)] public List<string> Raised { get; init; } = [];
}
