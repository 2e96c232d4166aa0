namespace Voisinage.Grains.Residents;

/// <summary>A resident's own view of their profile.</summary>
[GenerateSerializer, Immutable]
public sealed record ResidentProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Pseudo,
    [property: Id(2)] string Email,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] Verification Verification,
    [property: Id(5)] string? HomeCell,
    [property: Id(6)] string? NeighbourhoodId,
    [property: Id(7)] int ThanksReceived);
