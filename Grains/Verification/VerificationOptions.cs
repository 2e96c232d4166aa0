namespace Voisinage.Grains.Verification;

/// <summary>Thresholds of the three verification paths (SPEC §3), section <c>Voisinage:Verification</c>.</summary>
public sealed class VerificationOptions
{
    public const string Section = "Voisinage:Verification";

    /// <summary>Distinct verified vouchers needed.</summary>
    public int VouchesNeeded { get; set; } = 2;

    /// <summary>Largest grid distance between the voucher's and the candidate's block cells (res 9).</summary>
    public int VouchMaxGridDistance { get; set; } = 2;

    /// <summary>Vouches one resident may give in <see cref="VouchQuotaWindow"/>.</summary>
    public int VouchQuota { get; set; } = 5;

    public TimeSpan VouchQuotaWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A fix counts when its accuracy is at most this many metres…</summary>
    public double FixMaxAccuracyMeters { get; set; } = 50;

    /// <summary>…and its res-10 cell is within this grid distance of the home cell.</summary>
    public int FixMaxGridDistance { get; set; } = 1;

    public int FixesNeeded { get; set; } = 3;

    /// <summary>Distinct calendar days (in <see cref="TimeZone"/>) the counting fixes must span.</summary>
    public int FixDistinctDaysNeeded { get; set; } = 2;

    public string TimeZone { get; set; } = "Europe/Paris";

    public TimeSpan PostcardValidity { get; set; } = TimeSpan.FromDays(30);

    public int PostcardMaxAttempts { get; set; } = 5;

    /// <summary>Resident ids of the operators (who read the postcard outbox).</summary>
    public IList<string> Operators { get; } = [];
}
