using Xunit;
using Xunit.Abstractions;

namespace Voisinage.Geo.Tests;

[Trait("Category", "unit")]
public class RadiusTests(ITestOutputHelper output)
{
    private static LatLng Destination(LatLng p, double bearingRad, double meters)
    {
        var d = meters / (H3.EarthRadiusKm * 1000);
        var lat1 = p.Lat * Math.PI / 180;
        var lng1 = p.Lng * Math.PI / 180;
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(bearingRad)));
        var lng2 = lng1 + Math.Atan2(Math.Sin(bearingRad) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
        lng2 = ((lng2 + (3 * Math.PI)) % (2 * Math.PI)) - Math.PI;
        return new LatLng(lat2 * 180 / Math.PI, lng2 * 180 / Math.PI);
    }

    private static LatLng RandomPointInCell(H3Index cell, Random rng)
    {
        // a random point of a random triangle (centre, v_i, v_i+1): inside the cell
        var c = H3.CellToLatLng(cell);
        var b = H3.CellToBoundary(cell);
        var i = rng.Next(b.Length);
        var v1 = b[i];
        var v2 = b[(i + 1) % b.Length];
        double u = rng.NextDouble(), w = rng.NextDouble();
        if (u + w > 1)
        {
            u = 1 - u;
            w = 1 - w;
        }

        static double Wrap(double x, double reference) => x - reference > 180 ? x - 360 : x - reference < -180 ? x + 360 : x;
        var lat = c.Lat + (u * (v1.Lat - c.Lat)) + (w * (v2.Lat - c.Lat));
        var lng = c.Lng + (u * (Wrap(v1.Lng, c.Lng) - c.Lng)) + (w * (Wrap(v2.Lng, c.Lng) - c.Lng));
        return new LatLng(lat, lng > 180 ? lng - 360 : lng < -180 ? lng + 360 : lng);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(7)]
    [InlineData(12)]
    public void DiskCoversEveryPointWithinDistance(int res)
    {
        var rng = new Random(1234 + res);
        var edge = new[] { 1107.712591, 418.6760055, 158.2446558, 59.81085794, 22.6063794, 8.544408276, 3.229482772, 1.220629759, 0.461354684, 0.174375668, 0.065907807, 0.024910561, 0.009415526, 0.003559893, 0.001348575, 0.000509713 }[res] * 1000;
        var checks = 0;
        foreach (var meters in new[] { 0.0, 0.3 * edge, edge, 3 * edge, 10 * edge })
        {
            var k = H3.GridDiskRadiusForMeters(meters, res);
            // random origins, then pentagons and their neighbours (the most distorted cells)
            var origins = new List<H3Index>();
            for (var o = 0; o < 60; o++)
            {
                var lat = Math.Asin((2 * rng.NextDouble()) - 1) * 180 / Math.PI;
                origins.Add(H3.LatLngToCell(new LatLng(lat, (rng.NextDouble() * 360) - 180), res));
            }

            foreach (var bc in new[] { 4, 14, 24, 38, 49, 58, 63, 72, 83, 97, 107, 117 })
            {
                var pentagon = new H3Index((1UL << 59) | ((ulong)res << 52) | ((ulong)bc << 45) | (0x1fffffffffffUL >> (3 * res)));
                Assert.True(pentagon.IsPentagon);
                origins.AddRange(H3.GridDisk(pentagon, 1));
            }

            foreach (var origin in origins)
            {
                var disk = H3.GridDisk(origin, k).ToHashSet();
                for (var s = 0; s < 40; s++)
                {
                    var q = RandomPointInCell(origin, rng);
                    var dist = meters * Math.Sqrt(rng.NextDouble());
                    var p = Destination(q, rng.NextDouble() * 2 * Math.PI, dist);
                    var cell = H3.LatLngToCell(p, res);
                    Assert.True(disk.Contains(cell), $"res {res}, {meters} m, k {k}: {p} from {origin} not covered");
                    checks++;
                }
            }

            output.WriteLine($"res {res}: {meters:F1} m -> k {k}");
        }

        Assert.True(checks > 10000);
    }

    [Fact]
    public void RadiusIsMonotonicAndReasonable()
    {
        var prev = 0;
        for (var m = 0; m <= 5000; m += 50)
        {
            var k = H3.GridDiskRadiusForMeters(m, 9);
            Assert.True(k >= prev);
            prev = k;
        }

        // res 9 centre spacing ~ 300 m: 1 km needs at least ceil(1000/300) rings, the bound stays within ~3x of that
        var k1000 = H3.GridDiskRadiusForMeters(1000, 9);
        Assert.InRange(k1000, 4, 12);
    }
}
