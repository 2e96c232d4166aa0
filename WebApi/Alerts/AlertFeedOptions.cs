namespace Voisinage.WebApi.Alerts;

/// <summary>Front-end side of the alert fan-out, section <c>Voisinage:AlertFeeds</c>.</summary>
public sealed class AlertFeedOptions
{
    public const string Section = "Voisinage:AlertFeeds";

    /// <summary>
    /// How often each live feed renews its watch of its neighbourhood's channel and reads the history beyond its last
    /// sequence, to recover an event lost on the way (a channel whose silo died forgets its watchers). Must be shorter
    /// than <c>Voisinage:Alerts:WatchLifetime</c>.
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(30);
}
