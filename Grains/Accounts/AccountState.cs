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

    /// <summary>When the owner followed the confirmation link; null until then.</summary>
    [Id(5)] public DateTimeOffset? EmailConfirmedAt { get; init; }

    /// <summary>SHA-256 of the latest confirmation link's secret; cleared once used.</summary>
    [Id(6)] public string? ConfirmationHash { get; init; }

    /// <summary>SHA-256 of the latest password-reset link's secret; cleared once used.</summary>
    [Id(7)] public string? ResetHash { get; init; }

    [Id(8)] public DateTimeOffset? ResetExpiresAt { get; init; }
}
