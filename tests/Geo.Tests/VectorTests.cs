using System.Globalization;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Voisinage.Geo.Tests;

/// <summary>Compares every public function with h3-js 4.5.0 vectors (tools/h3-vectors/generate.mjs).</summary>
[Trait("Category", "unit")]
public class VectorTests(ITestOutputHelper output)
{
    private static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void LatLngToCellMatchesExactlyAtAllResolutions()
    {
        var total = 0;
        var failures = new List<string>();
        foreach (var f in Vectors.Lines("latLngToCell.txt.gz"))
        {
            var p = new LatLng(Vectors.D(f[0]), Vectors.D(f[1]));
            for (var r = 0; r <= 15; r++)
            {
                total++;
                var got = H3.LatLngToCell(p, r).ToString();
                if (got != f[2 + r])
                {
                    failures.Add($"{f[0]},{f[1]} r{r}: expected {f[2 + r]} got {got}");
                }
            }
        }

        output.WriteLine($"{total} point/resolution pairs");
        Assert.True(total > 20000 * 16);
        Assert.Empty(failures);
    }

    [Fact]
    public void CellToLatLngWithinTolerance()
    {
        double maxErr = 0, maxRatio = 0;
        var n = 0;
        foreach (var f in Vectors.Lines("cellToLatLng.txt.gz"))
        {
            var exp = new LatLng(Vectors.D(f[1]), Vectors.D(f[2]));
            var got = H3.CellToLatLng(Vectors.H(f[0]));
            var err = Vectors.ArcDegrees(got, exp);
            var tol = Tolerances.CoordinateDegrees(exp.Lat);
            maxErr = Math.Max(maxErr, err);
            maxRatio = Math.Max(maxRatio, err / tol);
            Assert.True(err <= tol, $"{f[0]}: {got} vs {exp}, {err:E3}° > {tol:E3}°");
            n++;
        }

        output.WriteLine($"{n} cells, max arc error {maxErr:E3}°, max error/tolerance {maxRatio:F3}");
    }

    [Fact]
    public void CellToBoundaryWithinTolerance()
    {
        double maxErr = 0, maxErrNonPolar = 0, maxRatio = 0;
        var n = 0;
        Span<LatLng> buffer = stackalloc LatLng[H3.MaxBoundaryVertices];
        foreach (var f in Vectors.Lines("cellToBoundary.txt.gz"))
        {
            var cell = Vectors.H(f[0]);
            var count = H3.CellToBoundary(cell, buffer);
            Assert.Equal(I(f[1]), count);
            var arr = H3.CellToBoundary(cell);
            Assert.Equal(count, arr.Length);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(buffer[i], arr[i]);
                var exp = new LatLng(Vectors.D(f[2 + (2 * i)]), Vectors.D(f[3 + (2 * i)]));
                var err = Vectors.ArcDegrees(buffer[i], exp);
                var tol = Tolerances.CoordinateDegrees(exp.Lat);
                maxErr = Math.Max(maxErr, err);
                if (Math.Abs(exp.Lat) < 80)
                {
                    maxErrNonPolar = Math.Max(maxErrNonPolar, err);
                }

                maxRatio = Math.Max(maxRatio, err / tol);
                Assert.True(err <= tol, $"{f[0]} vertex {i}: {buffer[i]} vs {exp}, {err:E3}° > {tol:E3}°");
            }

            n++;
        }

        output.WriteLine($"{n} cells, max vertex arc error {maxErr:E3}° (|lat|<80: {maxErrNonPolar:E3}°), max error/tolerance {maxRatio:F3}");
    }

    [Fact]
    public void CellAreaMatches()
    {
        var maxRel = new double[16];
        foreach (var f in Vectors.Lines("cellArea.txt.gz"))
        {
            var cell = Vectors.H(f[0]);
            var exp = Vectors.D(f[1]);
            var got = H3.CellAreaKm2(cell);
            var rel = Math.Abs(got - exp) / exp;
            maxRel[cell.Resolution] = Math.Max(maxRel[cell.Resolution], rel);
            Assert.True(Math.Abs(got - exp) <= Tolerances.AreaKm2(exp), $"{f[0]}: {got} vs {exp} (rel {rel:E2})");
            var expRads2 = Vectors.D(f[2]);
            var gotRads2 = H3.CellAreaRads2(cell);
            Assert.True(Math.Abs(gotRads2 - expRads2) <= Tolerances.AreaKm2(expRads2), $"{f[0]}: {gotRads2} vs {expRads2} sr");
        }

        // The faithful vertices behind the areas are h3-js's own: converted to degrees as h3-js does (rad * 180 / PI),
        // every coordinate of every vector boundary is reproduced to the last bit.
        var mismatches = 0;
        Span<double> v = stackalloc double[H3.MaxBoundaryVertices * 2];
        foreach (var f in Vectors.Lines("cellToBoundary.txt.gz"))
        {
            var n = Voisinage.Geo.Internal.Boundary.CellBoundaryFaithful(Vectors.H(f[0]).Value, v);
            Assert.Equal(I(f[1]), n);
            for (var i = 0; i < n * 2; i++)
            {
                if (v[i] * 180 / Math.PI != Vectors.D(f[2 + i]))
                {
                    mismatches++;
                }
            }
        }

        Assert.Equal(0, mismatches);

        static double Band(double[] m, int lo, int hi) => m[lo..(hi + 1)].Max();
        output.WriteLine($"max relative area deviation: res 0-5 {Band(maxRel, 0, 5):E2}, res 6-8 {Band(maxRel, 6, 8):E2}, " +
                         $"res 9-11 {Band(maxRel, 9, 11):E2}, res 12-15 {Band(maxRel, 12, 15):E2}");
        output.WriteLine("per resolution: " + string.Join(' ', maxRel.Select((r, i) => $"{i}:{r:E1}")));
    }

    [Fact]
    public void CellToParentMatches()
    {
        foreach (var f in Vectors.Lines("cellToParent.txt.gz"))
        {
            var cell = Vectors.H(f[0]);
            for (var p = 0; p <= cell.Resolution; p++)
            {
                Assert.Equal(f[1 + p], H3.CellToParent(cell, p).ToString());
            }
        }
    }

    [Fact]
    public void CellToChildrenMatches()
    {
        foreach (var f in Vectors.Lines("cellToChildren.txt.gz"))
        {
            var cell = Vectors.H(f[0]);
            var res = I(f[1]);
            var got = H3.CellToChildren(cell, res).Select(c => c.ToString()).ToArray();
            Assert.Equal(f[2..], got);
            Assert.Equal(got.Length, H3.CellToChildrenSize(cell, res));
        }
    }

    [Fact]
    public void GridDiskMatchesAsSet()
    {
        var pentagonOrigins = 0;
        Span<H3Index> span = stackalloc H3Index[H3.MaxGridDiskSize(3)];
        foreach (var f in Vectors.Lines("gridDisk.txt.gz"))
        {
            var origin = Vectors.H(f[0]);
            var k = I(f[1]);
            var expected = f[2..].ToHashSet();
            var got = H3.GridDisk(origin, k);
            Assert.Equal(origin, got[0]);
            Assert.Equal(expected.Count, got.Length);
            Assert.True(expected.SetEquals(got.Select(c => c.ToString())), $"gridDisk({f[0]}, {k})");

            var n = H3.GridDisk(origin, k, span);
            Assert.True(expected.SetEquals(span[..n].ToArray().Select(c => c.ToString())));
            if (origin.IsPentagon)
            {
                pentagonOrigins++;
            }
        }

        Assert.True(pentagonOrigins >= 100);
    }

    [Fact]
    public void GridDistanceMatchesIncludingFailures()
    {
        int ok = 0, throws = 0;
        foreach (var f in Vectors.Lines("gridDistance.txt.gz"))
        {
            var a = Vectors.H(f[0]);
            var b = Vectors.H(f[1]);
            if (f[2] == "X")
            {
                Assert.Throws<H3Exception>(() => H3.GridDistance(a, b));
                throws++;
            }
            else
            {
                Assert.Equal(I(f[2]), H3.GridDistance(a, b));
                ok++;
            }
        }

        output.WriteLine($"gridDistance: {ok} values, {throws} expected failures");
        Assert.True(throws > 100);
    }

    [Fact]
    public void AreNeighborCellsMatches()
    {
        foreach (var f in Vectors.Lines("areNeighborCells.txt.gz"))
        {
            var a = Vectors.H(f[0]);
            var b = Vectors.H(f[1]);
            if (f[2] == "X")
            {
                Assert.ThrowsAny<ArgumentException>(() => H3.AreNeighborCells(a, b));
            }
            else
            {
                Assert.Equal(f[2] == "1", H3.AreNeighborCells(a, b));
            }
        }
    }

    [Fact]
    public void IsValidCellMatches()
    {
        int valid = 0, invalid = 0;
        foreach (var f in Vectors.Lines("isValidCell.txt.gz"))
        {
            var expected = f[1] == "1";
            Assert.Equal(expected, H3.IsValidCell(Vectors.H(f[0])));
            _ = expected ? valid++ : invalid++;
        }

        Assert.True(valid > 1000 && invalid > 1000);
    }

    [Fact]
    public void DistanceMetersMatchesGreatCircleDistance()
    {
        foreach (var f in Vectors.Lines("greatCircleDistance.txt.gz"))
        {
            var exp = Vectors.D(f[4]);
            var got = H3.DistanceMeters(new LatLng(Vectors.D(f[0]), Vectors.D(f[1])), new LatLng(Vectors.D(f[2]), Vectors.D(f[3])));
            Assert.True(Math.Abs(got - exp) <= (1e-9 * exp) + 1e-6, $"{string.Join(' ', f)}: {got}");
        }
    }

    [Fact]
    public void PolygonToCellsMatchesAsSet()
    {
        var polygons = Vectors.Json("polygonToCells.json.gz");
        var seen = 0;
        foreach (var p in polygons.EnumerateArray())
        {
            var loops = p.GetProperty("loops").EnumerateArray()
                .Select(l => (IReadOnlyList<LatLng>)l.EnumerateArray().Select(c => new LatLng(c[0].GetDouble(), c[1].GetDouble())).ToList())
                .ToList();
            var res = p.GetProperty("res").GetInt32();
            var expected = p.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToHashSet();
            var got = H3.PolygonToCells(loops, res).Select(c => c.ToString()).ToList();
            Assert.Equal(got.Count, got.Distinct().Count());
            var missing = expected.Except(got).ToList();
            var extra = got.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0, $"{p.GetProperty("name").GetString()} r{res}: missing {missing.Count} [{string.Join(',', missing.Take(5))}], extra {extra.Count} [{string.Join(',', extra.Take(5))}]");
            output.WriteLine($"{p.GetProperty("name").GetString()} r{res}: {got.Count} cells");
            seen++;
        }

        Assert.True(seen >= 20);
    }

    [Fact]
    public void CompactAndUncompactMatchAsSets()
    {
        foreach (var c in Vectors.Json("compact.json.gz").EnumerateArray())
        {
            var cells = c.GetProperty("cells").EnumerateArray().Select(x => Vectors.H(x.GetString()!)).ToList();
            if (c.TryGetProperty("duplicates", out _))
            {
                // Deliberate divergence: h3-js answers inconsistently here (see generate.mjs); we reject duplicates.
                Assert.Throws<H3Exception>(() => H3.CompactCells(cells));
                continue;
            }

            var res = c.GetProperty("res").GetInt32();
            var compacted = H3.CompactCells(cells);
            var expectedCompacted = c.GetProperty("compacted").EnumerateArray().Select(x => x.GetString()!).ToHashSet();
            Assert.Equal(expectedCompacted.Count, compacted.Length);
            Assert.True(expectedCompacted.SetEquals(compacted.Select(x => x.ToString())), c.GetProperty("name").GetString());
            var uncompacted = H3.UncompactCells(compacted, res);
            var expectedUncompacted = c.GetProperty("uncompacted").EnumerateArray().Select(x => x.GetString()!).ToHashSet();
            Assert.Equal(expectedUncompacted.Count, uncompacted.Length);
            Assert.True(expectedUncompacted.SetEquals(uncompacted.Select(x => x.ToString())));
        }
    }

    [Fact]
    public void OutlineMatchesCellsToMultiPolygon()
    {
        foreach (var o in Vectors.Json("cellsToMultiPolygon.json.gz").EnumerateArray())
        {
            var name = o.GetProperty("name").GetString();
            var cells = o.GetProperty("cells").EnumerateArray().Select(x => Vectors.H(x.GetString()!)).ToList();
            var expected = o.GetProperty("multiPolygon").EnumerateArray()
                .Select(poly => poly.EnumerateArray()
                    .Select(ring => ring.EnumerateArray().Select(c => new LatLng(c[1].GetDouble(), c[0].GetDouble())).ToArray())
                    .ToList())
                .ToList();
            var got = CellsOutline.ToPolygons(cells);
            Assert.True(expected.Count == got.Count, $"{name}: {expected.Count} polygons expected, got {got.Count}");

            foreach (var poly in got)
            {
                for (var r = 0; r < poly.Count; r++)
                {
                    var ring = poly[r];
                    Assert.Equal(ring[0], ring[^1]);
                    var area = OutlineTests.PlanarSignedArea(ring);
                    Assert.True(r == 0 ? area > 0 : area < 0, $"{name}: ring {r} orientation");
                }
            }

            // Each h3-js polygon has a counterpart with the same rings (as vertex sets) and orientation.
            foreach (var ePoly in expected)
            {
                var match = got.SingleOrDefault(g => OutlineTests.SameRing(g[0], ePoly[0]));
                Assert.True(match is not null, $"{name}: no outer ring matching h3-js");
                Assert.Equal(ePoly.Count, match!.Count);
                Assert.Equal(Math.Sign(OutlineTests.PlanarSignedArea(ePoly[0])), Math.Sign(OutlineTests.PlanarSignedArea(match[0])));
                foreach (var eHole in ePoly.Skip(1))
                {
                    Assert.Contains(match.Skip(1), h => OutlineTests.SameRing(h, eHole));
                }
            }

            using var doc = JsonDocument.Parse(CellsOutline.ToGeoJson(cells));
            Assert.Equal(expected.Count == 1 ? "Polygon" : "MultiPolygon", doc.RootElement.GetProperty("type").GetString());
        }
    }
}
