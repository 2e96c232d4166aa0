using Orleans.Concurrency;
using Voisinage.Grains.Feed;

namespace Voisinage.Grains.Sponsored;

/// <summary>The advertisers a resident hid (never shown to them again), keyed by the resident id.</summary>
public interface IResidentSponsoredGrain : IGrainWithStringKey
{
    /// <summary>Hides an advertiser (an organisation id); hiding again changes nothing. At most a few hundred.</summary>
    Task Hide(string organisationId);

    /// <summary>Shows an advertiser again.</summary>
    Task Unhide(string organisationId);

    /// <summary>
    /// Notes a campaign that is about to name the resident (as its creator or in its log), before the campaign saves it,
    /// so that the account closure finds every campaign holding their id. Noting again changes nothing.
    /// </summary>
    Task NoteCampaign(string campaignId);

    /// <summary>
    /// Account closure: each noted campaign replaces the resident's id with <see cref="Residents.ResidentIds.Deleted"/>
    /// (the business keeps its campaign and log), then the hidden advertisers and the notes are deleted, row included.
    /// Idempotent: a closure resumed after a crash repeats what is left.
    /// </summary>
    Task Forget();

    [ReadOnly]
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> Hidden();
}

/// <summary>
/// Reads a neighbourhood feed for a member with sponsored items inserted (stateless, keyed 0): at most one after every
/// 10 items, from running campaigns whose area holds the reader's home (read on the silo), never from a hidden advertiser.
/// </summary>
public interface ISponsoredFeedGrain : IGrainWithIntegerKey
{
    /// <summary>The page <see cref="IFeedGrain.Read"/> gives, with sponsored entries (type <see cref="FeedItemType.Sponsored"/>) inserted.</summary>
    Task<FeedPage> Read(string viewerId, string neighbourhoodId, int first, string? after);
}
