namespace Voisinage.Grains.Listings;

/// <summary>
/// Whether a listing or post is hidden: a copy its moderation case (<see cref="Moderation.IModerationCaseGrain"/>, which
/// holds the reports and decisions) sets, kept here because every read and feed entry of the content needs it.
/// </summary>
[GenerateSerializer]
public sealed record ModerationState
{
    [Id(1)] public bool Hidden { get; set; }
}
