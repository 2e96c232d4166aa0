using Xunit;

namespace Voisinage.Geo.Tests;

[Trait("Category", "unit")]
public class InvalidInputTests
{
    private static readonly H3Index Cell = H3.LatLngToCell(new LatLng(48.8566, 2.3522), 9);
    private static readonly H3Index Invalid = H3Index.Parse("8928308280fffff7");

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.NaN)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(0, double.NegativeInfinity)]
    public void NonFiniteCoordinatesThrow(double lat, double lng) =>
        Assert.Throws<ArgumentException>(() => H3.LatLngToCell(new LatLng(lat, lng), 5));

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void ResolutionOutOfRangeThrows(int res)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.LatLngToCell(new LatLng(0, 0), res));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.CellToParent(Cell, res));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.CellToChildren(Cell, res));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.PolygonToCells([[new(0, 0), new(0, 1), new(1, 1)]], res));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.UncompactCells([Cell], res));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.GridDiskRadiusForMeters(100, res));
    }

    [Fact]
    public void InvalidCellsThrow()
    {
        foreach (var bad in new[] { H3Index.Null, Invalid, H3Index.Parse("ffffffffffffffff"), H3Index.Parse("8f28308280f18f7") })
        {
            Assert.False(H3.IsValidCell(bad));
            Assert.Throws<ArgumentException>(() => H3.CellToLatLng(bad));
            Assert.Throws<ArgumentException>(() => H3.CellToBoundary(bad));
            Assert.Throws<ArgumentException>(() => H3.CellToParent(bad, 0));
            Assert.Throws<ArgumentException>(() => H3.GridDisk(bad, 1));
            Assert.Throws<ArgumentException>(() => H3.GridDistance(bad, Cell));
            Assert.Throws<ArgumentException>(() => H3.AreNeighborCells(Cell, bad));
            Assert.Throws<ArgumentException>(() => H3.CellAreaKm2(bad));
            Assert.Throws<ArgumentException>(() => H3.CompactCells([bad]));
            Assert.Throws<ArgumentException>(() => CellsOutline.ToGeoJson([bad]));
        }
    }

    [Fact]
    public void ResolutionMismatchThrows()
    {
        var parent = H3.CellToParent(Cell, 8);
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.CellToParent(parent, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.CellToChildren(Cell, 8));
        Assert.Throws<H3Exception>(() => H3.GridDistance(Cell, parent));
        Assert.Throws<H3Exception>(() => H3.AreNeighborCells(Cell, parent));
        Assert.Throws<H3Exception>(() => H3.UncompactCells([Cell], 8));
        Assert.Throws<H3Exception>(() => H3.CompactCells([Cell, parent]));
    }

    [Fact]
    public void NegativeKAndSmallBuffersThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.GridDisk(Cell, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.MaxGridDiskSize(-1));
        Assert.Throws<ArgumentException>(() => H3.GridDisk(Cell, 2, new H3Index[18]));
        Assert.Throws<ArgumentException>(() => H3.CellToBoundary(Cell, new LatLng[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.GridDiskRadiusForMeters(-1, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => H3.GridDiskRadiusForMeters(double.NaN, 9));
    }

    [Fact]
    public void GridDistanceFailsWhereH3Fails()
    {
        // far apart cells (non-neighbouring base cells)
        var a = H3.LatLngToCell(new LatLng(48.85, 2.35), 5);
        var b = H3.LatLngToCell(new LatLng(-33.9, 151.2), 5);
        Assert.Throws<H3Exception>(() => H3.GridDistance(a, b));
        Assert.IsAssignableFrom<ArgumentException>(new H3Exception("x"));
    }

    [Fact]
    public void DuplicateCompactInputThrows() =>
        Assert.Throws<H3Exception>(() => H3.CompactCells([Cell, Cell]));

    [Fact]
    public void ParseAndFormat()
    {
        Assert.Equal("8928308280fffff", H3Index.Parse("8928308280fffff").ToString());
        Assert.Equal(0x8928308280fffffUL, H3Index.Parse("0x8928308280FFFFF").Value);
        Assert.False(H3Index.TryParse("zz", out _));
        Assert.False(H3Index.TryParse("", out _));
        Assert.False(H3Index.TryParse("12345678901234567", out _));
        Assert.Throws<FormatException>(() => H3Index.Parse("not-hex"));
        Assert.Equal(15, Cell.ToString().Length);
        Assert.Equal(9, Cell.Resolution);
        Assert.True(Cell.IsValid);
        Assert.True(Cell > H3Index.Null);
        Assert.Equal(Cell, (H3Index)(ulong)Cell);
    }
}
