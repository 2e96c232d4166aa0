using Orleans.Concurrency;

namespace Voisinage.Grains.Sponsored;

/// <summary>
/// One sponsored campaign (<c>cmp_</c> + 32 hex, chosen by the API), keyed by its id. It alone decides whether it is
/// created, approved, shown and counted: its counter stops at the impressions bought, whatever the concurrency.
/// </summary>
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>
    /// An admin or editor of a verified business creates it, PENDING (FORBIDDEN for a non-member or another kind,
    /// NOT_VERIFIED for an unverified business, CONFLICT before the reach is set, BAD_USER_INPUT for bad fields or a
    /// target outside the reach, RATE_LIMITED past the quota). A retry by the same author answers the same campaign.
    /// </summary>
    Task<Campaign> Create(string actorId, string organisationId, CampaignDraft draft);

    /// <summary>The campaign, or null.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<Campaign?> Get();

    /// <summary>An operator approves it, or rejects it with a reason (FORBIDDEN for others, CONFLICT once decided). Logged for operators.</summary>
    Task<Campaign> Decide(string operatorId, bool approve, string reason);

    /// <summary>
    /// Counts an impression for a resident reading <paramref name="neighbourhoodId"/>'s feed: once per resident per day.
    /// True when it may be shown (counted now or already today, and that count saved); false once it is not running or has
    /// no impressions left. Interleaves with every other call (feed reads of the whole target call it).
    /// </summary>
    [AlwaysInterleave]
    Task<bool> Serve(string residentId, string neighbourhoodId);

    /// <summary>The statistics, for the business's members and operators (FORBIDDEN for others).</summary>
    Task<CampaignStatistics> Statistics(string viewerId);

    /// <summary>
    /// An admin or editor of the business changes its title, text, dates or impressions (never below those delivered;
    /// BAD_USER_INPUT as on creation). A new title or text of an approved or paused campaign sends it back to the
    /// operators (PENDING, out of every feed until approved again) and spends the campaign quota like a new one.
    /// CONFLICT once rejected or cancelled; FORBIDDEN for anyone else; NOT_VERIFIED if the business no longer is.
    /// An edit that changes nothing writes nothing. Logged.
    /// </summary>
    Task<Campaign> Edit(string actorId, CampaignChanges changes);

    /// <summary>An admin or editor pauses an approved campaign: it is served to nobody until resumed (CONFLICT otherwise). Logged.</summary>
    Task<Campaign> Pause(string actorId);

    /// <summary>An admin or editor resumes a paused campaign, approved again (CONFLICT otherwise, NOT_VERIFIED if the business no longer is). Logged.</summary>
    Task<Campaign> Resume(string actorId);

    /// <summary>An admin or editor cancels a pending, approved or paused campaign, for good (CONFLICT once rejected or cancelled). Logged.</summary>
    Task<Campaign> Cancel(string actorId);

    /// <summary>What the business did to the campaign since it was created, oldest first, for its members and operators (FORBIDDEN for others).</summary>
    [ReadOnly]
    Task<IReadOnlyList<CampaignLogEntry>> GetLog(string viewerId);

    /// <summary>
    /// A member deleted their account (the closure, through <see cref="IResidentSponsoredGrain.Forget"/>): as creator and
    /// as the actor of log entries they become <see cref="Residents.ResidentIds.Deleted"/>; the campaign and what was done
    /// stay for the business. Idempotent.
    /// </summary>
    Task Forget(string residentId);
}

/// <summary>The campaigns of each business and the operators' queue, keyed 0 (told by each campaign after each change).</summary>
public interface ICampaignDirectoryGrain : IGrainWithIntegerKey
{
    Task Set(string campaignId, string organisationId, CampaignStatus status);

    /// <summary>The campaigns waiting for an operator, oldest first (FORBIDDEN for others).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Pending(string viewerId);

    /// <summary>A business's campaigns, newest first, for its members and operators (FORBIDDEN for others).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> OfOrganisation(string viewerId, string organisationId);
}
