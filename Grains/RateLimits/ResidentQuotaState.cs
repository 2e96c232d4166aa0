namespace Voisinage.Grains.RateLimits;

/// <summary>The instants of a resident's recent uses, per quota (only the quotas with long windows are stored).</summary>
[GenerateSerializer]
public sealed record ResidentQuotaState
{
    [Id(0)] public Dictionary<QuotaKind, List<DateTimeOffset>> Uses { get; init; } = [];
}
