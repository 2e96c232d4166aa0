namespace Voisinage.Grains.Residents;

/// <summary>The state of a resident's verification (SPEC §3).</summary>
public enum VerificationStatus
{
    Unverified = 0,
    Verified = 1,
}

/// <summary>How a resident was verified.</summary>
public enum VerificationMethod
{
    Cooptation = 1,
    Geolocation = 2,
    Postcard = 3,
}

/// <summary>Where a resident stands with verification.</summary>
[GenerateSerializer, Immutable]
public sealed record Verification(
    [property: Id(0)] VerificationStatus Status,
    [property: Id(1)] VerificationMethod? Method,
    [property: Id(2)] DateTimeOffset? VerifiedAt)
{
    public static Verification None { get; } = new(VerificationStatus.Unverified, null, null);

    public bool IsVerified => Status == VerificationStatus.Verified;
}
