namespace Voisinage.Grains.RateLimits;

/// <summary>The writes a resident may make a bounded number of times per window (<c>Voisinage:RateLimits:Resident</c>).</summary>
public enum QuotaKind
{
    Post = 0,
    Listing = 1,
    Response = 2,
    Message = 3,
    Report = 4,
    Postcard = 5,
    PushDevice = 6,
    Organisation = 7,
    Recommendation = 8,

    /// <summary>Confirmation emails sent again on request.</summary>
    EmailConfirmation = 9,

    /// <summary>Password-reset requests for one email (key <c>reset-email:…</c>).</summary>
    PasswordReset = 10,

    /// <summary>Password-reset requests from one client address (key <c>reset-address:…</c>), whatever the email.</summary>
    PasswordResetAddress = 11,

    /// <summary>Passkey sign-in challenges issued to one client address (key <c>passkey-address:…</c>).</summary>
    PasskeySignInAddress = 12,
    /// <summary>Official announcements published for an organisation (each reaches a whole area).</summary>
    Announcement = 13,

    /// <summary>Sponsored campaigns created for a business (each is checked by an operator).</summary>
    Campaign = 14,
}

/// <summary>
/// One resident's write quotas, keyed by the resident id: one activation per resident counts their writes whichever
/// front-end or silo they come through. Every writing grain spends from it once its own rules have passed, just
/// before it writes.
/// </summary>
public interface IResidentQuotaGrain : IGrainWithStringKey
{
    /// <summary>Spends one use of <paramref name="kind"/>, or refuses with <c>RATE_LIMITED</c> and a retry-after.</summary>
    Task Spend(QuotaKind kind);

    /// <summary>The instants of the recent uses still counted, per quota (for the resident's data export).</summary>
    Task<IReadOnlyDictionary<QuotaKind, IReadOnlyList<DateTimeOffset>>> GetRecentUses();

    /// <summary>Erases every use (account closure): the stored row goes with them.</summary>
    Task Forget();
}
