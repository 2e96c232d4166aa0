using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.Grains.Organisations;

/// <summary>Who may publish events and offers for the organisation, and where (see <see cref="IOrganisationGrain.AuthorizeListing"/>).</summary>
internal sealed partial class OrganisationGrain
{
    /// <summary>Most neighbourhoods one listing of an organisation goes to (as a campaign's targets).</summary>
    public const int MaxListingNeighbourhoods = 20;

    public async Task<OrganisationPublisher> AuthorizeListing(string memberId, IReadOnlyList<string> neighbourhoodIds)
    {
        var organisation = Current;
        if (RoleOfMember(memberId) is null)
        {
            throw VoisinageException.Forbidden("Only the organisation's admins and editors publish for it.");
        }

        if (organisation.Kind is not (OrganisationKind.Association or OrganisationKind.Business))
        {
            throw VoisinageException.Forbidden("Only an association or a business publishes events and offers.");
        }

        if (organisation.Status != OrganisationStatus.Verified)
        {
            throw new VoisinageException(ErrorCodes.NotVerified, "An organisation publishes once an operator has verified it.");
        }

        if (organisation.Reach is not { } reach)
        {
            throw VoisinageException.Conflict("Set the organisation's reach before publishing.");
        }

        var ids = neighbourhoodIds.Distinct().ToList();
        if (ids.Count is 0 or > MaxListingNeighbourhoods)
        {
            throw VoisinageException.BadInput($"Publish in 1 to {MaxListingNeighbourhoods} neighbourhoods of the organisation's reach.");
        }

        ids.ForEach(id => Cells.ParseBlock(id));
        var area = state.State.AreaCells.Select(H3Index.Parse).ToHashSet();
        var chosen = new List<string>();
        foreach (var id in ids)
        {
            var summary = await NeighbourhoodLookup.Summary(GrainFactory, id) ?? throw VoisinageException.NotFound("No such neighbourhood.");
            // Chosen as the reach, or owning a block the reach's cells touch (a radius, or a neighbourhood merged since).
            if (!reach.NeighbourhoodIds.Contains(summary.Id) && !summary.Cells.Any(b => OrganisationReachRules.Touches(area, H3Index.Parse(b))))
            {
                throw VoisinageException.BadInput($"The neighbourhood {summary.Name} is outside the organisation's reach.");
            }

            chosen.Add(summary.Id);
        }

        return new OrganisationPublisher(organisation.Name, [.. chosen.Distinct()]);
    }
}
