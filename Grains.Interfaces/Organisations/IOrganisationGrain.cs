using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One organisation, keyed by its id: its public data, its members and roles, and its append-only log. It is the one
/// place that decides who may act for the organisation (<see cref="RoleOf"/>). Every refusal changes nothing.
/// </summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates it, PENDING, with <paramref name="creatorId"/> as its admin (NOT_VERIFIED unless a verified resident;
    /// INVALID_IDENTIFIER or INVALID_CHECK_DIGIT for a bad identifier; RATE_LIMITED past the creation quota). Called by
    /// the creator's <see cref="IResidentOrganisationsGrain"/>, which chose the id.
    /// </summary>
    Task<Organisation> Create(string creatorId, OrganisationDraft draft);

    /// <summary>The public data, or null when there is no such organisation.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<Organisation?> Get();

    /// <summary>An operator verifies (<paramref name="verify"/>) or rejects it with a reason (FORBIDDEN for others).</summary>
    Task<Organisation> Decide(string operatorId, bool verify, string reason);

    /// <summary>
    /// An admin adds a verified resident with a role, or changes a member's role (the last admin stays one). For an
    /// <see cref="Organisation.Orphaned"/> organisation an operator names its new admin (role ADMIN only).
    /// </summary>
    Task<IReadOnlyList<OrganisationMember>> AddMember(string actorId, string residentId, OrganisationRole role);

    /// <summary>An admin removes a member, or a member leaves (CONFLICT for the last admin).</summary>
    Task<IReadOnlyList<OrganisationMember>> RemoveMember(string actorId, string residentId);

    /// <summary>
    /// The resident's account is being deleted (a closure step): they leave whatever their role, and their id becomes
    /// "deleted" throughout the log. Left without an admin, the longest-standing editor becomes admin; left without any
    /// member, the organisation is <see cref="Organisation.Orphaned"/> (listed to operators). Idempotent.
    /// </summary>
    Task RemoveDeletedMember(string residentId);

    /// <summary>
    /// An admin of a town hall or public agency draws the area it serves: a GeoJSON Polygon or MultiPolygon (holes
    /// allowed), kept as the home cells whose centres lie in it (AREA_TOO_LARGE past the cap), and indexed by shard.
    /// </summary>
    Task<Organisation> SetArea(string actorId, string geoJson);

    /// <summary>
    /// An admin of an association or business sets its reach: neighbourhoods among <see cref="ReachCandidates"/>, or
    /// (a business) a radius around its premises, whose point it may give here. Kept and indexed like a drawn area.
    /// </summary>
    Task<Organisation> SetReach(string actorId, ReachRequest request);

    /// <summary>
    /// For an admin of an association or business: the neighbourhoods it may reach, those of its members and those
    /// near them or near a business's premises (within the reach radius cap). No member's home is read out.
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<ReachCandidate>> ReachCandidates(string actorId);

    /// <summary>The area's or reach's home cells, compacted (H3 indexes); empty until set. An area is public, like a commune's boundary.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> GetAreaCells();

    /// <summary>The members, for members and operators.</summary>
    [ReadOnly]
    Task<IReadOnlyList<OrganisationMember>> GetMembers(string viewerId);

    /// <summary>The log, oldest first, for the organisation's admins and operators.</summary>
    [ReadOnly]
    Task<IReadOnlyList<OrganisationLogEntry>> GetLog(string viewerId);

    /// <summary>
    /// Whether <paramref name="memberId"/> may publish a listing for this organisation in <paramref name="neighbourhoodIds"/>:
    /// an admin or editor (FORBIDDEN otherwise) of an association or business (FORBIDDEN for other kinds), VERIFIED
    /// (NOT_VERIFIED), with its reach set (CONFLICT), each neighbourhood within the reach (BAD_USER_INPUT; NOT_FOUND for
    /// an unknown one), 1 to 20 of them. Answers the verified name the listing shows and the neighbourhoods' current ids.
    /// </summary>
    [ReadOnly]
    Task<OrganisationPublisher> AuthorizeListing(string memberId, IReadOnlyList<string> neighbourhoodIds);

    /// <summary>The resident's role, or null if not a member.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<OrganisationRole?> RoleOf(string residentId);
}
