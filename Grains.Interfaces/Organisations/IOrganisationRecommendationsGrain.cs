using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The recommendations of one organisation (a business or an association), keyed by its id: one per verified member of a
/// neighbourhood, counted per neighbourhood (like Nextdoor's "Faves"). Recommending twice counts once; who recommended is
/// never shown to anyone, only the counts.
/// </summary>
public interface IOrganisationRecommendationsGrain : IGrainWithStringKey
{
    /// <summary>
    /// The resident recommends the organisation (NOT_VERIFIED, FORBIDDEN outside a neighbourhood, CONFLICT unless it is a
    /// verified business or association); a second recommendation changes nothing.
    /// </summary>
    Task<RecommendationCounts> Recommend(string residentId);

    /// <summary>The resident withdraws their recommendation, if any.</summary>
    Task<RecommendationCounts> Unrecommend(string residentId);

    /// <summary>The resident's account is being deleted: their recommendation, if any, no longer counts (idempotent).</summary>
    Task WithdrawDeleted(string residentId);

    /// <summary>The counts as <paramref name="viewerId"/> (if any) sees them: the total, theirs, and their neighbourhood's.</summary>
    [ReadOnly]
    Task<RecommendationCounts> Get(string? viewerId);
}

/// <summary>How many residents recommend an organisation, whether the viewer does, and how many in the viewer's neighbourhood.</summary>
[GenerateSerializer, Immutable]
public sealed record RecommendationCounts(
    [property: Id(0)] int Total,
    [property: Id(1)] bool Mine,
    [property: Id(2)] int InMyNeighbourhood);
