using Orleans.Concurrency;
using Voisinage.Grains.Moderation;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One official announcement, keyed by its id (<c>ann_</c> + 32 hex). It decides who may publish (an admin or editor of
/// a verified town hall or public agency with a drawn area) and owns the delivery outbox: once saved, a reminder
/// finishes the fan-out to the residents whose home lies in the area, however often it is interrupted. Residents who
/// received it may report it (its moderation case is the operators': <see cref="ModerationSubjects.ForOperators"/>); an
/// operator's decision to hide it withdraws it from every resident's list through the same outbox.
/// </summary>
public interface IAnnouncementGrain : IModeratable
{
    /// <summary>
    /// Publishes it for <paramref name="organisationId"/> (FORBIDDEN for a non-member or another kind, NOT_VERIFIED for an
    /// organisation not verified, CONFLICT without a drawn area, BAD_USER_INPUT for lengths, RATE_LIMITED past the quota),
    /// then delivers it. A retry by the same author answers the announcement already published.
    /// </summary>
    Task<Announcement> Publish(string authorId, string organisationId, AnnouncementKind kind, string title, string body);

    /// <summary>The announcement, or null when there is none.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<Announcement?> Get();

    /// <summary>Whether every neighbourhood in the area has been handed the announcement.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<bool> IsDelivered();
}
