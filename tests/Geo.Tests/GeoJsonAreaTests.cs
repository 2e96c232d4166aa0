using Xunit;

namespace Voisinage.Geo.Tests;

/// <summary>
/// GeoJSON areas turned into cells by centre containment. Expected ids come from h3-js 4.5.0's <c>polygonToCells</c>
/// on the same rings (around the Place des Vosges, Paris).
/// </summary>
[Trait("Category", "unit")]
public class GeoJsonAreaTests
{
    private const string Square = """
        {"type":"Polygon","coordinates":[[[2.3621467536911256,48.85331422206252],[2.368973246308874,48.85331422206252],
        [2.368973246308874,48.85780577793747],[2.3621467536911256,48.85780577793747],[2.3621467536911256,48.85331422206252]]]}
        """;

    private const string Outer = "[[2.3553202610733774,48.848822666187566],[2.3757997389266223,48.848822666187566],[2.3757997389266223,48.86229733381243],[2.3553202610733774,48.86229733381243]]";
    private const string Hole = "[[2.3614641044293507,48.852865066475026],[2.3614641044293507,48.85825493352497],[2.369655895570649,48.85825493352497],[2.369655895570649,48.852865066475026]]";

    [Fact]
    public void SquareGivesExactlyTheCellsH3JsGives()
    {
        string[] expected =
        [
            "8a1fb46620cffff", "8a1fb46620dffff", "8a1fb4662287fff", "8a1fb4662297fff", "8a1fb46622a7fff", "8a1fb46622b7fff",
            "8a1fb4662387fff", "8a1fb466238ffff", "8a1fb4662397fff", "8a1fb466239ffff", "8a1fb4662667fff", "8a1fb4662747fff",
            "8a1fb466274ffff", "8a1fb4662757fff", "8a1fb466275ffff", "8a1fb4662767fff", "8a1fb466276ffff", "8a1fb4662777fff",
        ];
        var area = GeoJsonArea.Parse(Square, 1000);
        Assert.Equal(expected, area.ToCells(10).Select(c => c.ToString()));
        Assert.InRange(area.EstimateCells(10), expected.Length * 0.7, expected.Length * 1.3);
    }

    [Fact]
    public void HoleRemovesExactlyTheCellsWhoseCentresAreInIt()
    {
        string[] withoutHole =
        [
            "891fb464483ffff", "891fb464493ffff", "891fb464497ffff", "891fb46449bffff", "891fb466203ffff", "891fb466207ffff",
            "891fb46620bffff", "891fb46620fffff", "891fb466223ffff", "891fb466227ffff", "891fb46622bffff", "891fb46622fffff",
            "891fb466233ffff", "891fb466237ffff", "891fb46623bffff", "891fb466247ffff", "891fb466263ffff", "891fb466267ffff",
            "891fb46626bffff", "891fb46626fffff", "891fb466273ffff", "891fb466277ffff", "891fb46627bffff", "891fb4671b7ffff",
        ];
        string[] inHole = ["891fb46620fffff", "891fb46622bffff", "891fb46623bffff", "891fb466277ffff"];

        var whole = GeoJsonArea.Parse($$"""{"type":"Polygon","coordinates":[{{Outer}}]}""", 1000).ToCells(9);
        var holed = GeoJsonArea.Parse($$$"""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[{{{Outer}}},{{{Hole}}}]}}""", 1000).ToCells(9);
        Assert.Equal(withoutHole, whole.Select(c => c.ToString()));
        Assert.Equal(withoutHole.Except(inHole), holed.Select(c => c.ToString()));
    }

    [Fact]
    public void CellIsInTheAreaExactlyWhenItsCentreIs()
    {
        var area = GeoJsonArea.Parse($$"""{"type":"MultiPolygon","coordinates":[[{{Outer}},{{Hole}}]]}""", 1000);
        var cells = area.ToCells(10).ToHashSet();
        var centre = H3.LatLngToCell(new LatLng(48.85556, 2.36556), 10);
        var inside = 0;
        foreach (var cell in H3.GridDisk(centre, 12))
        {
            var c = H3.CellToLatLng(cell);
            var expected = Contains(area.Polygons[0][0], c) && !Contains(area.Polygons[0][1], c);
            Assert.True(expected == cells.Contains(cell), $"{cell}: centre {(expected ? "inside" : "outside")}");
            inside += expected ? 1 : 0;
        }

        // The disk reaches both the hole and beyond the outer ring, so both answers were checked.
        Assert.InRange(inside, 1, H3.MaxGridDiskSize(12) - 1);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"Point","coordinates":[2.36,48.85]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[2.36,48.85],[2.37,48.85],[2.36,48.85]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[2.36,48.85],[2.37,48.85],[2.37,91]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[2.36,"48.85"],[2.37,48.85],[2.37,48.86]]]}""")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""")]
    public void MalformedAreasAreRefused(string json) =>
        Assert.ThrowsAny<ArgumentException>(() => GeoJsonArea.Parse(json, 1000));

    [Fact]
    public void TooManyPositionsAreRefusedBeforeAnythingIsComputed() =>
        Assert.Throws<ArgumentException>(() => GeoJsonArea.Parse(Square, 4));

    /// <summary>Ray casting in the lat/lng plane: the same straight-edge model H3's polygon fill uses, written independently.</summary>
    private static bool Contains(IReadOnlyList<LatLng> ring, LatLng p)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat) && p.Lng < ((b.Lng - a.Lng) * (p.Lat - a.Lat) / (b.Lat - a.Lat)) + a.Lng)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
