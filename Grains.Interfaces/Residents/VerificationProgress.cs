namespace Voisinage.Grains.Residents;

/// <summary>
/// How far an unverified resident is on each of the three paths, with the thresholds this server is configured with
/// (SPEC §3), so a client never hard-codes them.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record VerificationProgress(
    [property: Id(0)] int FixesCounted,
    [property: Id(1)] int FixesNeeded,
    [property: Id(2)] int DaysCounted,
    [property: Id(3)] int DaysNeeded,
    [property: Id(4)] double FixMaxAccuracyMeters,
    [property: Id(5)] int VouchesReceived,
    [property: Id(6)] int VouchesNeeded,
    [property: Id(7)] DateTimeOffset? PostcardExpiresAt);
