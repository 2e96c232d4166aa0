namespace Voisinage.Grains.RateLimits;

/// <summary>
/// Per-resident write quotas, section <c>Voisinage:RateLimits:Resident</c> (e.g. <c>Post:Limit</c>,
/// <c>Post:Window</c>). The defaults leave room for a busy but human neighbour and stop a script.
/// </summary>
public sealed class ResidentQuotaOptions
{
    public const string Section = "Voisinage:RateLimits:Resident";

    public QuotaRule Post { get; set; } = new() { Limit = 20, Window = TimeSpan.FromHours(1) };

    public QuotaRule Listing { get; set; } = new() { Limit = 20, Window = TimeSpan.FromHours(1) };

    public QuotaRule Response { get; set; } = new() { Limit = 30, Window = TimeSpan.FromHours(1) };

    public QuotaRule Message { get; set; } = new() { Limit = 120, Window = TimeSpan.FromHours(1) };

    public QuotaRule Report { get; set; } = new() { Limit = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>Each postcard is printed and posted (real money): 3 per 90 days, used-up codes included.</summary>
    public QuotaRule Postcard { get; set; } = new() { Limit = 3, Window = TimeSpan.FromDays(90) };

    /// <summary>Push subscriptions registered or removed (each may send requests to a push service): 20 per hour.</summary>
    public QuotaRule PushDevice { get; set; } = new() { Limit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Organisations created (each one is checked by an operator): 3 per 30 days.</summary>
    public QuotaRule Organisation { get; set; } = new() { Limit = 3, Window = TimeSpan.FromDays(30) };

    /// <summary>Organisations recommended (withdrawing is free; recommending again spends one): 30 per hour.</summary>
    public QuotaRule Recommendation { get; set; } = new() { Limit = 30, Window = TimeSpan.FromHours(1) };
    /// <summary>Official announcements (each notifies a whole commune): 10 per day.</summary>
    public QuotaRule Announcement { get; set; } = new() { Limit = 10, Window = TimeSpan.FromDays(1) };

    /// <summary>Sponsored campaigns created (each is checked by an operator): 10 per 30 days.</summary>
    public QuotaRule Campaign { get; set; } = new() { Limit = 10, Window = TimeSpan.FromDays(30) };

    /// <summary>Confirmation emails sent again: 5 per day (each is a real email).</summary>
    public QuotaRule EmailConfirmation { get; set; } = new() { Limit = 5, Window = TimeSpan.FromDays(1) };

    /// <summary>Password-reset emails: 5 per hour for one email.</summary>
    public QuotaRule PasswordReset { get; set; } = new() { Limit = 5, Window = TimeSpan.FromHours(1) };

    /// <summary>Password-reset requests from one client address: 20 per hour (a household or an office shares one).</summary>
    public QuotaRule PasswordResetAddress { get; set; } = new() { Limit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Passkey sign-in challenges from one client address: 60 per hour (each is an activation held 5 minutes).</summary>
    public QuotaRule PasskeySignInAddress { get; set; } = new() { Limit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Quotas with a window at least this long are saved with each use; shorter ones live in the activation's memory
    /// only (no storage write per message; a deactivation forgives at most one short window, and the edge limiter
    /// per account still applies).
    /// </summary>
    public TimeSpan PersistFrom { get; set; } = TimeSpan.FromHours(6);

    public QuotaRule For(QuotaKind kind) => kind switch
    {
        QuotaKind.Post => Post,
        QuotaKind.Listing => Listing,
        QuotaKind.Response => Response,
        QuotaKind.Message => Message,
        QuotaKind.Report => Report,
        QuotaKind.Postcard => Postcard,
        QuotaKind.PushDevice => PushDevice,
        QuotaKind.Organisation => Organisation,
        QuotaKind.Recommendation => Recommendation,
        QuotaKind.EmailConfirmation => EmailConfirmation,
        QuotaKind.PasswordReset => PasswordReset,
        QuotaKind.PasswordResetAddress => PasswordResetAddress,
        QuotaKind.PasskeySignInAddress => PasskeySignInAddress,
        QuotaKind.Announcement => Announcement,
        QuotaKind.Campaign => Campaign,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
