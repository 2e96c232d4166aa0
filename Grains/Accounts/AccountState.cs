namespace Voisinage.Grains.Accounts;

[GenerateSerializer]
public sealed record AccountState
{
    [Id(0)] public string? ResidentId { get; init; }
    [Id(1)] public string? Pseudo { get; init; }
    [Id(2)] public string? PasswordHash { get; init; }
    [Id(3)] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Failed logins still inside the throttle window, oldest first.</summary>
    [Id(4)] public IReadOnlyList<DateTimeOffset> RecentFailures { get; init; } = [];
}
