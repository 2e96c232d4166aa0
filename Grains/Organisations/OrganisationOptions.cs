namespace Voisinage.Grains.Organisations;

/// <summary>Limits of the organisations' areas, section <c>Voisinage:Organisations</c> (docs/organisations.md).</summary>
public sealed class OrganisationOptions
{
    public const string Section = "Voisinage:Organisations";

    /// <summary>
    /// The most home cells (H3 res 10, about 0.015 km² each) an area may cover: 100,000 is about 1,500 km², more than any
    /// commune of metropolitan France. Larger areas are refused with AREA_TOO_LARGE, before the fill when the estimate
    /// already says so.
    /// </summary>
    public int MaxAreaCells { get; set; } = 100_000;

    /// <summary>The most positions a GeoJSON area may list (a detailed commune boundary has a few thousand).</summary>
    public int MaxAreaPositions { get; set; } = 20_000;

    /// <summary>
    /// The largest radius (metres) of an association's or business's reach, and how far from its premises or its
    /// members' neighbourhoods a neighbourhood it chooses may lie: local reach, not a region.
    /// </summary>
    public int MaxReachMeters { get; set; } = 5_000;

    /// <summary>How long a front-end's watch of the announcements' live path lasts unless renewed (it renews well before).</summary>
    public TimeSpan LiveWatchLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most an announcement's outbox waits for the front-ends to notify their connected residents before the fan-out
    /// starts: enough for thousands of connections, short enough that a lost front-end delays nobody much.
    /// </summary>
    public TimeSpan LiveWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The most <c>publish</c> waits for the notification fan-out once the announcement is listed and live; past it, it
    /// answers and the outbox finishes in the background (a commune of 50,000 takes about a minute on two cores).
    /// </summary>
    public TimeSpan PublishWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Batches of the notification fan-out in flight at once: each call is short (one batch of
    /// <c>IAnnouncementDeliveryGrain.BatchSize</c> residents), and few are queued, so none nears Orleans' response
    /// timeout and reads of lists and live traffic are not stuck behind a commune's worth of messages.
    /// </summary>
    public int BatchesInFlight { get; set; } = 8;
}
