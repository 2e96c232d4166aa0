using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Residents;

/// <summary>
/// The refusals and comparisons every feature makes on a resident's <see cref="Standing"/>: one call to the resident,
/// then these. Ids a grain holds (a listing's audience, a post's neighbourhood) may be aliases of merged neighbourhoods;
/// they are followed only when they are not already the resident's own (canonical) neighbourhood.
/// </summary>
internal static class StandingRules
{
    /// <summary>The refusal of content (posts, listings) from a resident who is not verified.</summary>
    public const string NotVerifiedToPublish = "Only verified residents can publish.";

    /// <summary>The refusal of content from a verified resident who belongs to no neighbourhood.</summary>
    public const string NotMemberToPublish = "Join a neighbourhood first.";

    /// <summary>The one call: where the resident stands now.</summary>
    public static Task<Standing> StandingOf(this IGrainFactory grains, string residentId) =>
        grains.GetGrain<IResidentMembershipGrain>(residentId).GetStanding();

    /// <summary>The profile of a verified resident, or the refusal (UNAUTHENTICATED for a closed account, NOT_VERIFIED).</summary>
    public static ResidentProfile RequireVerified(this Standing standing, string refusal)
    {
        var profile = standing.Profile ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        return profile.Verification.IsVerified ? profile : throw new VoisinageException(ErrorCodes.NotVerified, refusal);
    }

    /// <summary>The resident's canonical neighbourhood, or FORBIDDEN with <paramref name="refusal"/>.</summary>
    public static string RequireNeighbourhood(this Standing standing, string refusal) =>
        standing.NeighbourhoodId ?? throw VoisinageException.Forbidden(refusal);

    /// <summary>The canonical neighbourhood and profile of a verified member, or the refusal (UNAUTHENTICATED, NOT_VERIFIED, FORBIDDEN).</summary>
    public static (string NeighbourhoodId, ResidentProfile Profile) RequireVerifiedMember(this Standing standing, string notVerified, string notMember)
    {
        var profile = standing.RequireVerified(notVerified);
        return (standing.RequireNeighbourhood(notMember), profile);
    }

    /// <summary>Whether the resident belongs to one of the neighbourhoods (aliases of merged ones are followed).</summary>
    public static async Task<bool> IsMemberOfAny(this Standing standing, IGrainFactory grains, IEnumerable<string> neighbourhoodIds)
    {
        if (standing.NeighbourhoodId is not { } mine)
        {
            return false;
        }

        foreach (var id in neighbourhoodIds)
        {
            if (id == mine || await NeighbourhoodLookup.Resolve(grains, id) == mine)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the resident is a lead of the neighbourhood (after following a merge).</summary>
    public static async Task<bool> IsLeadOf(this Standing standing, IGrainFactory grains, string neighbourhoodId) =>
        standing.Level == StandingLevel.Lead && await standing.IsMemberOfAny(grains, [neighbourhoodId]);
}
