namespace Voisinage.WebApi.Alerts;

/// <summary>Front-end side of the alert fan-out, section <c>Voisinage:AlertFeeds</c>.</summary>
public sealed class AlertFeedOptions
{
    public const string Section = "Voisinage:AlertFeeds";

    /// <summary>
    /// How often each live feed compares its last sequence with the neighbourhood's history, to recover an event a
    /// stream lost silently (e.g. a memory queue that died with its silo). Zero turns it off.
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First delay before re-subscribing after a stream error; doubles up to <see cref="MaxResubscribeDelay"/>.</summary>
    public TimeSpan ResubscribeDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxResubscribeDelay { get; set; } = TimeSpan.FromSeconds(10);
}
