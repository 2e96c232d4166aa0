using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// Organisations by status (one grain, key 0; organisations are few: at most a few per commune, and each entry is a
/// summary): the operators' queue of pending ones and the public list of verified ones. Each organisation tells it its
/// status after every change; the organisation stays the authority.
/// </summary>
public interface IOrganisationDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Records an organisation's current status (idempotent).</summary>
    Task Set(string organisationId, OrganisationStatus status);

    /// <summary>Records whether an organisation is orphaned (no member left; idempotent).</summary>
    Task SetOrphaned(string organisationId, bool orphaned);

    /// <summary>The orphaned organisations' ids, most recent first, at most <paramref name="first"/> (1–100); for operators (FORBIDDEN for others).</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> Orphaned(string viewerId, int first);

    /// <summary>
    /// Ids with <paramref name="status"/>, newest first, at most <paramref name="first"/> (1–100). Verified ones are public;
    /// pending and rejected ones are for operators (FORBIDDEN for others).
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> List(string? viewerId, OrganisationStatus status, int first);
}
