namespace Voisinage.Grains.Accounts;

[GenerateSerializer]
public sealed record PseudoState
{
    [Id(0)] public string? AccountKey { get; init; }
    [Id(1)] public DateTimeOffset ReservedAt { get; init; }
}
