namespace Voisinage.Grains.Accounts;

/// <summary>Brute-force limit on logins (SPEC §2), section <c>Voisinage:Login</c>.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Voisinage:Login";

    /// <summary>Failed logins allowed in <see cref="Window"/> before further attempts are refused.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
