using Voisinage.Grains;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using static Voisinage.Tests.Infrastructure.Refusals;

namespace Voisinage.Tests.Organisations;

/// <summary>The reach of an association or business: chosen neighbourhoods, or a radius around a business's premises.</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OrganisationReachTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    /// <summary>A verified business whose premises are at <paramref name="premises"/> (or not placed), created by a fresh verified resident there.</summary>
    internal static async Task<(IResidentAccountGrain Admin, IOrganisationGrain Business)> Business(IGrainFactory grains, (double Lat, double Lng) premises, bool placed = true, bool verify = true)
    {
        var admin = await Neighbours.NewVerifiedResident(grains, premises);
        var draft = new OrganisationDraft(OrganisationKind.Business, "Boulangerie du port", "73282932000074", null, null, "1 quai du Port")
        {
            Latitude = placed ? premises.Lat : null,
            Longitude = placed ? premises.Lng : null,
        };
        var created = await grains.GetGrain<IResidentOrganisationsGrain>(admin.Id()).Create(draft);
        var business = grains.GetGrain<IOrganisationGrain>(created.Id);
        if (verify)
        {
            await business.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        }

        return (admin, business);
    }

    private async Task<bool> Reaches(IResidentAccountGrain resident, IOrganisationGrain organisation) =>
        (await Grains.GetGrain<IResidentOrganisationsGrain>(resident.Id()).Serving()).Any(o => o.Id == organisation.GetPrimaryKeyString());

    [Fact]
    public async Task A_business_reaches_the_homes_within_its_radius_and_no_further()
    {
        var premises = AlertPlaces.Fresh();
        var (admin, business) = await Business(Grains, premises);
        var near = await Neighbours.NewResident(Grains, premises.North(800));
        var far = await Neighbours.NewResident(Grains, premises.North(1_300));

        var set = await business.SetReach(admin.Id(), new ReachRequest([], 1_000, null, null));

        // π × 1 km² ≈ 3.14 km², about 0.015 km² per home cell.
        Assert.InRange(set.AreaCellCount, 170, 250);
        Assert.Equal(1_000, set.Reach!.RadiusMeters);
        Assert.Equal(premises.Lat, set.Latitude);
        Assert.True(await Reaches(near, business));
        Assert.False(await Reaches(far, business));
        Assert.Equal(OrganisationLogAction.ReachSet, (await business.GetLog(admin.Id()))[^1].Action);

        // Moving the premises in the same request moves the reach with them.
        // (Now 200 m from the far home and 700 m from the near one: both well clear of the edge.)
        var moved = premises.North(1_500);
        await business.SetReach(admin.Id(), new ReachRequest([], 400, moved.Lat, moved.Lng));
        Assert.True(await Reaches(far, business));
        Assert.False(await Reaches(near, business));
    }

    [Fact]
    public async Task An_association_reaches_chosen_neighbourhoods_among_its_members_and_nearby_ones()
    {
        var here = AlertPlaces.Fresh();
        var (admin, own) = await AlertPlaces.Found(Grains, here);
        var (_, nearby) = await AlertPlaces.Found(Grains, here.North(2_000));
        var (_, distant) = await AlertPlaces.Found(Grains, here.North(12_000));
        var inNearby = await AlertPlaces.Join(Grains, here.North(2_000), nearby);
        var created = await Grains.GetGrain<IResidentOrganisationsGrain>(admin.Id())
            .Create(new OrganisationDraft(OrganisationKind.Association, "Amicale du port", "W291234567", null, null, null));
        var association = Grains.GetGrain<IOrganisationGrain>(created.Id);
        await association.Decide(TestSettings.OperatorId, verify: true, string.Empty);

        var candidates = (await association.ReachCandidates(admin.Id())).Select(c => c.Id).ToList();
        Assert.Contains(own, candidates);
        Assert.Contains(nearby, candidates);
        Assert.DoesNotContain(distant, candidates);

        var set = await association.SetReach(admin.Id(), new ReachRequest([nearby], null, null, null));
        Assert.Equal([nearby], set.Reach!.NeighbourhoodIds);
        Assert.True(set.AreaCellCount > 0);
        Assert.True(await Reaches(inNearby, association));
        Assert.False(await Reaches(admin, association));

        await AssertRefused(ErrorCodes.BadUserInput, () => association.SetReach(admin.Id(), new ReachRequest([distant], null, null, null)));
        await AssertRefused(ErrorCodes.NotFound, () => association.SetReach(admin.Id(), new ReachRequest(["not-a-cell"], null, null, null)));
        Assert.Equal([nearby], (await association.Get())!.Reach!.NeighbourhoodIds);
    }

    [Fact]
    public async Task Refused_reaches_change_nothing()
    {
        var premises = AlertPlaces.Fresh();
        var (admin, business) = await Business(Grains, premises);
        var (unplacedAdmin, unplaced) = await Business(Grains, AlertPlaces.Fresh(), placed: false);
        var editor = await Neighbours.NewVerifiedResident(Grains, premises);
        await business.AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        var association = Grains.GetGrain<IOrganisationGrain>((await Grains.GetGrain<IResidentOrganisationsGrain>(admin.Id())
            .Create(new OrganisationDraft(OrganisationKind.Association, "Amicale", "W291234568", null, null, null))).Id);

        await AssertRefused(ErrorCodes.Forbidden, () => business.SetReach(editor.Id(), new ReachRequest([], 1_000, null, null)));
        await AssertRefused(ErrorCodes.Forbidden, () => business.ReachCandidates(editor.Id()));
        await AssertRefused(ErrorCodes.BadUserInput, () => business.SetReach(admin.Id(), new ReachRequest([], 6_000, null, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => business.SetReach(admin.Id(), new ReachRequest([], 50, null, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => business.SetReach(admin.Id(), new ReachRequest([], null, null, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => business.SetReach(admin.Id(), new ReachRequest([], 1_000, premises.Lat, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => business.SetReach(admin.Id(), new ReachRequest([], 1_000, 91, 0)));
        await AssertRefused(ErrorCodes.BadUserInput, () => unplaced.SetReach(unplacedAdmin.Id(), new ReachRequest([], 1_000, null, null)));

        // An association has no public premises: neither a point nor a radius.
        await AssertRefused(ErrorCodes.BadUserInput, () => association.SetReach(admin.Id(), new ReachRequest([], 1_000, null, null)));
        await AssertRefused(ErrorCodes.BadUserInput, () => association.SetReach(admin.Id(), new ReachRequest([], null, premises.Lat, premises.Lng)));
        await AssertRefused(ErrorCodes.BadUserInput, () => Grains.GetGrain<IResidentOrganisationsGrain>(admin.Id()).Create(
            new OrganisationDraft(OrganisationKind.Association, "Amicale bis", "W291234569", null, null, null) { Latitude = premises.Lat, Longitude = premises.Lng }));

        Assert.Null((await business.Get())!.Reach);
        Assert.Equal(0, (await business.Get())!.AreaCellCount);
        Assert.Null((await association.Get())!.Reach);
        Assert.DoesNotContain((await business.GetLog(admin.Id())), e => e.Action == OrganisationLogAction.ReachSet);
    }
}
