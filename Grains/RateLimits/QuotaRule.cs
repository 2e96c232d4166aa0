namespace Voisinage.Grains.RateLimits;

/// <summary>At most <see cref="Limit"/> uses per <see cref="Window"/>.</summary>
public sealed class QuotaRule
{
    public int Limit { get; set; }

    public TimeSpan Window { get; set; }
}
