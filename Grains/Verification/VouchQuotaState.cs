namespace Voisinage.Grains.Verification;

[GenerateSerializer]
public sealed record VouchQuotaState
{
    [Id(0)] public IReadOnlyList<VouchGiven> Given { get; init; } = [];
}
