namespace Voisinage.Grains.Email;

[GenerateSerializer]
public sealed record DigestState
{
    /// <summary>What the last digest covered up to (or when digests were turned on): the next one starts there.</summary>
    [Id(0)] public DateTimeOffset? CoveredUpTo { get; init; }

    /// <summary>When the next digest is due; null while digests are off.</summary>
    [Id(1)] public DateTimeOffset? NextDueAt { get; init; }

    /// <summary>Resolved alerts already told (the latest 100): a resolution is in one digest only.</summary>
    [Id(2)] public IReadOnlyList<string> ResolvedTold { get; init; } = [];

    /// <summary>The frequency and time zone from the preferences, copied at each change (the digest never calls back).</summary>
    [Id(3)] public Notifications.DigestFrequency Frequency { get; init; }

    [Id(4)] public string TimeZone { get; init; } = Notifications.NotificationPreferences.DefaultTimeZone;
}
