namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident: the person behind an account, keyed by a stable opaque id. It holds the profile
/// and, later, the home, the verification and the membership.
/// </summary>
public interface IResidentGrain : IGrainWithStringKey
{
    /// <summary>Creates the resident; repeating it with the same data is harmless.</summary>
    Task Create(string pseudo, string email);

    /// <summary>The resident as they see themselves (private fields included).</summary>
    Task<ResidentProfile?> GetProfile();

    /// <summary>The version a bearer token must carry to be accepted; bumped to revoke every token.</summary>
    Task<int?> GetTokenVersion();
}

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
}

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
