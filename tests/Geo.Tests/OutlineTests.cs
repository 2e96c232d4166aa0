using System.Text.Json;
using Xunit;

namespace Voisinage.Geo.Tests;

[Trait("Category", "unit")]
public class OutlineTests
{
    internal static double PlanarSignedArea(LatLng[] ring)
    {
        double sum = 0;
        var prevLng = ring[0].Lng;
        for (var i = 0; i < ring.Length - 1; i++)
        {
            var a = ring[i];
            var b = ring[i + 1];
            var aLng = Unwrap(a.Lng, prevLng);
            var bLng = Unwrap(b.Lng, aLng);
            prevLng = bLng;
            sum += (aLng * b.Lat) - (bLng * a.Lat);
        }

        return sum / 2;
    }

    private static double Unwrap(double lng, double reference)
    {
        while (lng - reference > 180)
        {
            lng -= 360;
        }

        while (lng - reference < -180)
        {
            lng += 360;
        }

        return lng;
    }

    /// <summary>Same closed ring up to the starting vertex: same vertices (within 1e-9°) in the same cyclic order.</summary>
    internal static bool SameRing(LatLng[] a, LatLng[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var n = a.Length - 1;
        static bool Close(LatLng p, LatLng q) =>
            Math.Abs(p.Lat - q.Lat) < 1e-9 && (Math.Abs(p.Lng - q.Lng) < 1e-9 || Math.Abs(Math.Abs(p.Lng - q.Lng) - 360) < 1e-9);
        for (var shift = 0; shift < n; shift++)
        {
            if (!Close(a[0], b[shift]))
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < n && all; i++)
            {
                all = Close(a[i], b[(i + shift) % n]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void SingleCellOutlineIsItsBoundary()
    {
        var cell = H3.LatLngToCell(new LatLng(48.8566, 2.3522), 9);
        var polys = CellsOutline.ToPolygons([cell]);
        var ring = Assert.Single(Assert.Single(polys));
        var boundary = H3.CellToBoundary(cell);
        Assert.Equal(boundary.Length + 1, ring.Length);
        Assert.True(SameRing(ring, [.. boundary, boundary[0]]));
    }

    [Fact]
    public void DiskWithCentreRemovedHasOneHole()
    {
        var origin = H3.LatLngToCell(new LatLng(48.8566, 2.3522), 9);
        var cells = H3.GridDisk(origin, 2).Where(c => c != origin).ToList();
        var poly = Assert.Single(CellsOutline.ToPolygons(cells));
        Assert.Equal(2, poly.Count);
        Assert.True(PlanarSignedArea(poly[0]) > 0);
        Assert.True(PlanarSignedArea(poly[1]) < 0);
        Assert.True(SameRing(poly[1].Reverse().ToArray(), [.. H3.CellToBoundary(origin), H3.CellToBoundary(origin)[0]]));
    }

    [Fact]
    public void GeoJsonIsWellFormedAndClosed()
    {
        var a = H3.LatLngToCell(new LatLng(48.85, 2.35), 9);
        var b = H3.LatLngToCell(new LatLng(48.90, 2.25), 9);
        var json = CellsOutline.ToGeoJson([a, b]);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("MultiPolygon", doc.RootElement.GetProperty("type").GetString());
        foreach (var poly in doc.RootElement.GetProperty("coordinates").EnumerateArray())
        {
            foreach (var ring in poly.EnumerateArray())
            {
                var pts = ring.EnumerateArray().ToList();
                Assert.Equal(pts[0][0].GetDouble(), pts[^1][0].GetDouble());
                Assert.Equal(pts[0][1].GetDouble(), pts[^1][1].GetDouble());
                Assert.InRange(pts[0][0].GetDouble(), 2.2, 2.4); // [lng, lat]
            }
        }

        var single = CellsOutline.ToGeoJson([a]);
        Assert.StartsWith("{\"type\":\"Polygon\"", single, StringComparison.Ordinal);
        Assert.Equal("[]", JsonSerializer.Serialize(CellsOutline.ToPolygons([])));
    }

    [Fact]
    public void OutlineAreaEqualsSumOfCellAreas()
    {
        var origin = H3.LatLngToCell(new LatLng(45.76, 4.83), 9);
        var cells = H3.GridDisk(origin, 4);
        var poly = Assert.Single(CellsOutline.ToPolygons(cells));
        var ring = poly[0];
        var rad = new double[(ring.Length - 1) * 2];
        for (var i = 0; i < ring.Length - 1; i++)
        {
            rad[i * 2] = ring[i].Lat * Math.PI / 180;
            rad[(i * 2) + 1] = ring[i].Lng * Math.PI / 180;
        }

        var outline = H3.LoopAreaRads2(rad);
        var sum = cells.Sum(H3.CellAreaRads2);
        Assert.Equal(sum, outline, sum * 1e-6);
    }

    [Fact]
    public void MixedResolutionsAreRejected()
    {
        var a = H3.LatLngToCell(new LatLng(1, 1), 9);
        var b = H3.LatLngToCell(new LatLng(1, 1), 8);
        Assert.Throws<ArgumentException>(() => CellsOutline.ToPolygons([a, b]));
    }
}
