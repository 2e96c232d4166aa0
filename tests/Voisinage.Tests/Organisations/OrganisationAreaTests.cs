using System.Globalization;
using Voisinage.Grains;
using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using static Voisinage.Tests.Infrastructure.Refusals;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

/// <summary>A town hall's drawn area: residents on both sides of its boundary and in a hole are served or not.</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class OrganisationAreaTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    /// <summary>A GeoJSON square of half-side <paramref name="outer"/> metres around a point, with a square hole of half-side <paramref name="hole"/> if given.</summary>
    internal static string Square((double Lat, double Lng) at, double outer, double? hole = null)
    {
        string Ring(double half, bool clockwise)
        {
            var (dLat, dLng) = (half / 111_320.0, half / (111_320.0 * Math.Cos(at.Lat * Math.PI / 180)));
            (double Lng, double Lat)[] corners = [(at.Lng - dLng, at.Lat - dLat), (at.Lng + dLng, at.Lat - dLat), (at.Lng + dLng, at.Lat + dLat), (at.Lng - dLng, at.Lat + dLat)];
            var ordered = clockwise ? corners.Reverse().ToArray() : corners;
            return "[" + string.Join(",", ordered.Append(ordered[0]).Select(c => string.Create(CultureInfo.InvariantCulture, $"[{c.Lng},{c.Lat}]"))) + "]";
        }

        var rings = hole is { } h ? $"{Ring(outer, false)},{Ring(h, true)}" : Ring(outer, false);
        return $$"""{"type":"Polygon","coordinates":[{{rings}}]}""";
    }

    internal static (double Lat, double Lng) North((double Lat, double Lng) at, double metres) => (at.Lat + (metres / 111_320.0), at.Lng);

    private async Task<(IResidentAccountGrain Admin, IOrganisationGrain TownHall)> TownHall(bool verify = true)
    {
        var admin = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        var created = await Grains.GetGrain<IResidentOrganisationsGrain>(admin.Id()).Create(new OrganisationDraft(OrganisationKind.Commune, "Mairie de Lyon", "69123", null, null, null));
        var townHall = Grains.GetGrain<IOrganisationGrain>(created.Id);
        if (verify)
        {
            await townHall.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        }

        return (admin, townHall);
    }

    private async Task<bool> Serves(IResidentAccountGrain resident, IOrganisationGrain organisation) =>
        (await Grains.GetGrain<IResidentOrganisationsGrain>(resident.Id()).Serving()).Any(o => o.Id == organisation.GetPrimaryKeyString());

    [Fact]
    public async Task Residents_inside_the_boundary_are_served_and_those_outside_or_in_a_hole_are_not()
    {
        var (admin, townHall) = await TownHall();
        var centre = AlertPlaces.Fresh();
        var inHole = await Neighbours.NewResident(Grains, centre);
        var inside = await Neighbours.NewResident(Grains, North(centre, 500));
        var justInside = await Neighbours.NewResident(Grains, North(centre, 650));
        var justOutside = await Neighbours.NewResident(Grains, North(centre, 850));
        var farAway = await Neighbours.NewResident(Grains, North(centre, 20_000));
        var homeless = await Neighbours.NewResident(Grains);

        var drawn = await townHall.SetArea(admin.Id(), Square(centre, outer: 750, hole: 300));
        // (1.5 km)² − (0.6 km)² ≈ 1.89 km², about 0.015 km² per home cell.
        Assert.InRange(drawn.AreaCellCount, 100, 150);
        Assert.True(await Serves(inside, townHall));
        Assert.True(await Serves(justInside, townHall));
        Assert.False(await Serves(justOutside, townHall));
        Assert.False(await Serves(inHole, townHall));
        Assert.False(await Serves(farAway, townHall));
        Assert.Empty(await Grains.GetGrain<IResidentOrganisationsGrain>(homeless.Id()).Serving());

        // Drawn again elsewhere, it leaves the cells (and shards) it no longer covers.
        await townHall.SetArea(admin.Id(), Square(North(centre, 20_000), outer: 400));
        Assert.False(await Serves(inside, townHall));
        Assert.True(await Serves(farAway, townHall));
        Assert.Equal(OrganisationLogAction.AreaSet, (await townHall.GetLog(admin.Id()))[^1].Action);
    }

    [Fact]
    public async Task A_pending_town_hall_serves_nobody_until_verified()
    {
        var (admin, townHall) = await TownHall(verify: false);
        var centre = AlertPlaces.Fresh();
        var resident = await Neighbours.NewResident(Grains, centre);
        await townHall.SetArea(admin.Id(), Square(centre, outer: 300));
        Assert.False(await Serves(resident, townHall));
        await townHall.Decide(TestSettings.OperatorId, verify: true, string.Empty);
        Assert.True(await Serves(resident, townHall));
    }

    [Fact]
    public async Task Areas_are_refused_when_too_large_malformed_drawn_by_a_non_admin_or_for_a_business()
    {
        var (admin, townHall) = await TownHall();
        var editor = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        await townHall.AddMember(admin.Id(), editor.Id(), OrganisationRole.Editor);
        var centre = AlertPlaces.Fresh();

        await AssertRefused(ErrorCodes.AreaTooLarge, () => townHall.SetArea(admin.Id(), Square(centre, outer: 25_000)));
        await AssertRefused(ErrorCodes.BadUserInput, () => townHall.SetArea(admin.Id(), """{"type":"Point","coordinates":[2.3,48.8]}"""));
        await AssertRefused(ErrorCodes.BadUserInput, () => townHall.SetArea(admin.Id(), "{"));
        await AssertRefused(ErrorCodes.Forbidden, () => townHall.SetArea(editor.Id(), Square(centre, outer: 300)));
        Assert.Equal(0, (await townHall.Get())!.AreaCellCount);

        var owner = await Neighbours.NewVerifiedResident(Grains, AlertPlaces.Fresh());
        var shop = await Grains.GetGrain<IResidentOrganisationsGrain>(owner.Id())
            .Create(new OrganisationDraft(OrganisationKind.Business, "Boulangerie", "73282932000074", null, null, "1 rue du Four"));
        await AssertRefused(ErrorCodes.BadUserInput, () => Grains.GetGrain<IOrganisationGrain>(shop.Id).SetArea(owner.Id(), Square(centre, outer: 300)));
    }
}
