namespace Voisinage.Grains.Residents;

[GenerateSerializer]
public sealed record ResidentState
{
    [Id(0)] public string? Pseudo { get; init; }
    [Id(1)] public string? Email { get; init; }
    [Id(2)] public DateTimeOffset CreatedAt { get; init; }
    [Id(3)] public Verification Verification { get; init; } = Verification.None;
    [Id(4)] public string? HomeCell { get; init; }
    [Id(5)] public string? NeighbourhoodId { get; init; }
    [Id(6)] public int ThanksReceived { get; init; }
    [Id(7)] public int TokenVersion { get; init; }
}
