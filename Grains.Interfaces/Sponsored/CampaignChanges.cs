namespace Voisinage.Grains.Sponsored;

/// <summary>
/// What a business changes in a campaign it runs: each field given replaces the campaign's, each null keeps it. The
/// target is not editable (its cells are fixed when created).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CampaignChanges(
    [property: Id(0)] string? Title,
    [property: Id(1)] string? Text,
    [property: Id(2)] DateTimeOffset? StartsAt,
    [property: Id(3)] DateTimeOffset? EndsAt,
    [property: Id(4)] int? Impressions);

/// <summary>What a business did to its campaign after creating it (its log, for its members and operators).</summary>
public enum CampaignLogAction
{
    Edited = 1,
    Paused = 2,
    Resumed = 3,
    Cancelled = 4,
}

/// <summary>
/// One change of a campaign by a member of its business: who, when, and for an edit the fields changed and whether it
/// went back to the operators (<c>PENDING</c>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CampaignLogEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] CampaignLogAction Action,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string Detail);
