namespace Voisinage.Grains.Alerts;

/// <summary>A sealed page: consecutive sequences of one neighbourhood's history.</summary>
[GenerateSerializer]
public sealed record AlertHistoryPageState
{
    [Id(0)] public List<Alert> Alerts { get; init; } = [];
}
