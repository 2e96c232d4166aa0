using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Alerts;

/// <summary>Places for alert tests: each call gives a fresh spot in Brittany, far from every other test's neighbourhoods.</summary>
public static class AlertPlaces
{
    private static int _next;

    /// <summary>A point about 20 km from any other this run handed out.</summary>
    public static (double Lat, double Lng) Fresh()
    {
        var n = Interlocked.Increment(ref _next);
        return (47.0 + (n % 20 * 0.2), -4.0 + (n / 20 * 0.3) + (Environment.ProcessId % 7 * 0.01));
    }

    /// <summary>About <paramref name="metres"/> north of a point.</summary>
    public static (double Lat, double Lng) North(this (double Lat, double Lng) p, double metres) => (p.Lat + (metres / 111_320.0), p.Lng);

    /// <summary>The centre of a block cell, as a point.</summary>
    public static (double Lat, double Lng) Centre(Voisinage.Geo.H3Index block)
    {
        var centre = Voisinage.Geo.H3.CellToLatLng(block);
        return (centre.Lat, centre.Lng);
    }

    /// <summary>A verified resident at a point who founds a neighbourhood there; returns them and its id.</summary>
    public static async Task<(IResidentAccountGrain Founder, string NeighbourhoodId)> Found(IGrainFactory grains, (double Lat, double Lng) at)
    {
        var founder = await Neighbours.NewVerifiedResident(grains, at);
        var id = await founder.AsMembership().FoundNeighbourhood($"Quartier {Guid.NewGuid().ToString("N")[..6]}");
        return (founder, id);
    }

    /// <summary>A verified resident at a point who joins the neighbourhood there.</summary>
    public static async Task<IResidentAccountGrain> Join(IGrainFactory grains, (double Lat, double Lng) at, string neighbourhoodId)
    {
        var member = await Neighbours.NewVerifiedResident(grains, at);
        await member.AsMembership().JoinNeighbourhood(neighbourhoodId);
        return member;
    }
}
