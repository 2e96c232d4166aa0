namespace Voisinage.Grains.Feed;

/// <summary>
/// Delivery of a saved post to its neighbourhood's feed (the post grain's outbox), bound from
/// <c>Voisinage:Feed:Outbox</c>.
/// </summary>
public sealed class FeedOutboxOptions
{
    public const string Section = "Voisinage:Feed:Outbox";

    /// <summary>
    /// How soon, then how often, the reminder of a post whose delivery was interrupted (a crash between the save and the
    /// feed) retries it. Orleans does not take a reminder period under one minute.
    /// </summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Fault-injection hook for the crash tests, off (empty) by default: a silo that saves a post whose text contains
    /// this marker stops its process at once (<see cref="Environment.FailFast(string)"/>) after the post and its pending
    /// delivery are saved and before the feed has it. Never set it in production.
    /// </summary>
    public string? CrashAfterSaveMarker { get; set; }
}
