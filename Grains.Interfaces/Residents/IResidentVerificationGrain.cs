using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident's home and verification (SPEC §3): the home cell (private), the verification and its evidence on each
/// path (cooptation, geolocation, postcard). A face of the resident grain, same activation and state as
/// <see cref="IResidentAccountGrain"/>: moving home drops the verification and the membership in one write.
/// </summary>
public interface IResidentVerificationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Declares the home: only its res-10 cell is kept. Moving to another cell drops the verification,
    /// its evidence and the neighbourhood membership.
    /// </summary>
    Task<ResidentProfile> SetHome(double lat, double lng);

    /// <summary>What a candidate needs to know about a voucher. Read-only, so it interleaves and two residents vouching for each other cannot deadlock.</summary>
    [AlwaysInterleave]
    Task<VoucherCard> GetVoucherCard();

    /// <summary>Records a vouch for this resident by a verified neighbour (cooptation).</summary>
    Task<Verification> ReceiveVouch(string voucherId);

    /// <summary>Drops a vouch that has not verified this resident yet (the voucher deleted their account).</summary>
    Task WithdrawVouch(string voucherId);

    /// <summary>The evidence gathered so far on each verification path and the configured thresholds. Read-only.</summary>
    [AlwaysInterleave]
    Task<VerificationProgress> GetVerificationProgress();

    /// <summary>Counts a location fix towards geolocation verification, or refuses it.</summary>
    Task<LocationProgress> SubmitLocationFix(double lat, double lng, double accuracyMeters);

    /// <summary>Orders a postcard with a single-use code to the given postal address.</summary>
    Task<DateTimeOffset> RequestPostcard(string postalAddress);

    /// <summary>Checks the code of the postcard.</summary>
    Task<Verification> ConfirmPostcardCode(string code);
}

/// <summary>A voucher as a candidate sees them: verified or not, and their block cell.</summary>
[GenerateSerializer, Immutable]
public sealed record VoucherCard([property: Id(0)] bool Exists, [property: Id(1)] bool Verified, [property: Id(2)] string? BlockCell);

/// <summary>Progress of geolocation verification after a fix.</summary>
[GenerateSerializer, Immutable]
public sealed record LocationProgress(
    [property: Id(0)] int CountingFixes,
    [property: Id(1)] int DistinctDays,
    [property: Id(2)] Verification Verification);
