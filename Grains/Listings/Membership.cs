using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>Who may do what with content: the checks every content grain shares.</summary>
internal static class Membership
{
    /// <summary>The canonical neighbourhood of a verified member, or the refusal (NOT_VERIFIED, FORBIDDEN).</summary>
    public static async Task<(string NeighbourhoodId, ResidentProfile Profile)> RequireVerifiedMember(IGrainFactory grains, string residentId)
    {
        var resident = grains.GetGrain<IResidentGrain>(residentId);
        var profile = await resident.GetProfile()
            ?? throw new VoisinageException(ErrorCodes.Unauthenticated, "This account no longer exists.");
        if (!profile.Verification.IsVerified)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "Only verified residents can publish.");
        }

        var neighbourhoodId = await resident.GetNeighbourhoodId()
            ?? throw VoisinageException.Forbidden("Join a neighbourhood first.");
        var neighbourhood = grains.GetGrain<INeighbourhoodGrain>(neighbourhoodId);
        var canonical = await NeighbourhoodLookup.Resolve(grains, neighbourhoodId) ?? neighbourhoodId;
        if (!await grains.GetGrain<INeighbourhoodGrain>(canonical).IsMember(residentId))
        {
            throw VoisinageException.Forbidden("Only members of the neighbourhood can publish here.");
        }

        return (canonical, profile);
    }

    /// <summary>Whether the resident belongs to one of the neighbourhoods (aliases of merged ones are followed).</summary>
    public static async Task<bool> IsMemberOfAny(IGrainFactory grains, IEnumerable<string> neighbourhoodIds, string residentId)
    {
        foreach (var id in neighbourhoodIds)
        {
            if (await NeighbourhoodLookup.Resolve(grains, id) is { } current && await grains.GetGrain<INeighbourhoodGrain>(current).IsMember(residentId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the resident is a lead of the neighbourhood (after following a merge).</summary>
    public static async Task<bool> IsLead(IGrainFactory grains, string neighbourhoodId, string residentId)
    {
        var canonical = await NeighbourhoodLookup.Resolve(grains, neighbourhoodId) ?? neighbourhoodId;
        try
        {
            var details = await grains.GetGrain<INeighbourhoodGrain>(canonical).GetDetails(residentId);
            return details.Leads.Contains(residentId);
        }
        catch (VoisinageException e) when (e.Code is ErrorCodes.Forbidden or ErrorCodes.NotFound)
        {
            return false;
        }
    }

    /// <summary>Checks a free text: trimmed, non-empty, at most <paramref name="max"/> characters.</summary>
    public static string Text(string? value, string name, int max, bool required = true)
    {
        var text = value?.Trim() ?? string.Empty;
        if (required && text.Length == 0)
        {
            throw VoisinageException.BadInput($"{name} is required.");
        }

        return text.Length <= max ? text : throw VoisinageException.BadInput($"{name} is at most {max} characters.");
    }
}
