using Orleans.Concurrency;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A resident: the person behind an account, keyed by a stable opaque id. It holds the profile,
/// the home cell (private), the verification and its evidence (SPEC §3).
/// </summary>
public interface IResidentGrain : IGrainWithStringKey
{
    /// <summary>Creates the resident; repeating it with the same data is harmless.</summary>
    Task Create(string pseudo, string email);

    /// <summary>The resident as they see themselves (private fields included), or null if there is none.</summary>
    Task<ResidentProfile?> GetProfile();

    /// <summary>The version a bearer token must carry to be accepted; null once the account is gone.</summary>
    [AlwaysInterleave]
    Task<int?> GetTokenVersion();

    /// <summary>Revokes every token issued so far (log out everywhere); returns who is signed in with the new version.</summary>
    Task<Accounts.SignedIn> RevokeTokens();

    /// <summary>Changes the password (the current one required), then revokes every token issued before; returns the new sign-in.</summary>
    Task<Accounts.SignedIn> ChangePassword(string currentPassword, string newPassword);

    /// <summary>Mails a new email-confirmation link (a <c>EmailConfirmation</c> quota use); nothing when already confirmed.</summary>
    Task ResendEmailConfirmation();

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

    /// <summary>Founds a neighbourhood on this verified resident's block cell, which must belong to none.</summary>
    Task<string> FoundNeighbourhood(string name);

    /// <summary>
    /// Joins the neighbourhood that owns this resident's block cell, or annexes the cell if it is unowned and adjacent;
    /// returns the neighbourhood this resident belongs to afterwards.
    /// </summary>
    Task<NeighbourhoodSummary> JoinNeighbourhood(string neighbourhoodId);

    /// <summary>Leaves the home neighbourhood, if any.</summary>
    Task LeaveNeighbourhood();

    /// <summary>As a lead of the home neighbourhood, proposes to merge it with an adjacent one.</summary>
    Task<MergeProposal> ProposeMerge(string neighbourhoodId);

    /// <summary>As a lead of the home neighbourhood, accepts a proposal made to it; the merge runs. Returns the survivor's id.</summary>
    Task<string> AcceptMerge(string proposalId);

    /// <summary>
    /// As a lead of the home neighbourhood, makes another member a lead (logged in the neighbourhood's moderation log).
    /// <paramref name="neighbourhoodId"/> (any id it answers to) must be that neighbourhood: a lead of another one is FORBIDDEN.
    /// </summary>
    Task NameLead(string neighbourhoodId, string memberId);

    /// <summary>Whether this resident is an operator from now on, overriding the configuration. Called by <c>IOperatorsGrain</c> only.</summary>
    Task SetOperator(bool isOperator);

    /// <summary>
    /// The id of this resident's home neighbourhood as it is now (following merges and splits), or null.
    /// What other domains (alerts, listings, messaging) use to scope a resident.
    /// </summary>
    [AlwaysInterleave]
    Task<string?> GetNeighbourhoodId();

    /// <summary>
    /// The resident's push grain registered a device: from now on every membership change (join, leave, move) reaches
    /// it through <see cref="Alerts.IResidentPushGrain.FollowMembership"/>, and once at once. Before the first device
    /// nothing is sent there, so onboarding activates no push grain. One-way: the push grain never waits on the resident.
    /// </summary>
    [OneWay]
    Task FollowedByPush();

    /// <summary>
    /// Where this resident stands (no account, non-member, member, verified member or lead, operator or not) with their
    /// canonical neighbourhood: the one check every feature makes before letting a resident act or read. Read-only, so it
    /// interleaves: a grain this resident is waiting on (erasing their alerts, say) may ask it without a deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task<Standing> GetStanding();

    /// <summary>Everything Voisinage holds about this resident, as JSON (GDPR access right).</summary>
    Task<string> ExportData();

    /// <summary>Deletes the account after checking the password: membership, home, vouches and tokens are gone.</summary>
    Task DeleteAccount(string password);
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

    public bool IsVerified => Status == VerificationStatus.Verified;
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

/// <summary>A voucher as a candidate sees them: verified or not, and their block cell.</summary>
[GenerateSerializer, Immutable]
public sealed record VoucherCard([property: Id(0)] bool Exists, [property: Id(1)] bool Verified, [property: Id(2)] string? BlockCell);

/// <summary>Progress of geolocation verification after a fix.</summary>
[GenerateSerializer, Immutable]
public sealed record LocationProgress(
    [property: Id(0)] int CountingFixes,
    [property: Id(1)] int DistinctDays,
    [property: Id(2)] Verification Verification);
