using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

/// <summary>Organisations for announcement tests: created by a fresh verified resident (their admin), verified by the test operator unless told otherwise.</summary>
internal static class TownHalls
{
    public static async Task<(IResidentAccountGrain Admin, IOrganisationGrain Organisation)> Create(
        IGrainFactory grains, OrganisationKind kind, string identifier, bool verify = true, string? publicAddress = null,
        Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock = null)
    {
        var admin = await Neighbours.NewVerifiedResident(grains, AlertPlaces.Fresh(), clock);
        var created = await grains.GetGrain<IResidentOrganisationsGrain>(admin.Id())
            .Create(new OrganisationDraft(kind, "Mairie de Quimper", identifier, null, null, publicAddress));
        var organisation = grains.GetGrain<IOrganisationGrain>(created.Id);
        if (verify)
        {
            await organisation.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        }

        return (admin, organisation);
    }
}
