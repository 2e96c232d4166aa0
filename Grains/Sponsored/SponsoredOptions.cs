namespace Voisinage.Grains.Sponsored;

/// <summary>Bounds of sponsored campaigns, section <c>Voisinage:Sponsored</c> (docs/organisations.md, "Sponsored campaigns").</summary>
public sealed class SponsoredOptions
{
    public const string Section = "Voisinage:Sponsored";

    /// <summary>The most impressions one campaign may buy (each is one resident on one day).</summary>
    public int MaxImpressions { get; set; } = 50_000;

    /// <summary>The longest a campaign may run.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromDays(90);
}
