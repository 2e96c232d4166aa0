namespace Voisinage.Grains.RateLimits;

/// <summary>
/// "At most N per window" over the instants of past uses: the arithmetic shared by every per-resident limit
/// (alerts per hour, vouches per 30 days, failed logins, the write quotas).
/// </summary>
public static class SlidingWindow
{
    /// <summary>The uses still inside the window at <paramref name="now"/>, oldest first.</summary>
    public static List<DateTimeOffset> Recent(IEnumerable<DateTimeOffset> uses, TimeSpan window, DateTimeOffset now) =>
        [.. uses.Where(t => now - t < window).Order()];

    /// <summary>
    /// Null when one more use fits in <paramref name="recent"/> (from <see cref="Recent"/>); else how long until the
    /// oldest use that blocks it leaves the window.
    /// </summary>
    public static TimeSpan? RetryAfter(IReadOnlyList<DateTimeOffset> recent, int limit, TimeSpan window, DateTimeOffset now)
    {
        if (recent.Count < limit)
        {
            return null;
        }

        var wait = recent[recent.Count - limit] + window - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
