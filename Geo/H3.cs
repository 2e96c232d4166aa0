using System.Runtime.CompilerServices;
using Voisinage.Geo.Internal;

namespace Voisinage.Geo;

/// <summary>Uber H3 v4 core functions (a C# port of the reference C library, checked against h3-js 4.5.0).</summary>
public static class H3
{
    /// <summary>Earth radius used by H3 (WGS84 authalic radius), km.</summary>
    public const double EarthRadiusKm = Tables.EarthRadiusKm;

    /// <summary>Most vertices a cell boundary can have (distortion vertices included).</summary>
    public const int MaxBoundaryVertices = Boundary.MaxVerts;

    /// <summary>Finest H3 resolution.</summary>
    public const int MaxResolution = 15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToRad(double deg) => deg * Math.PI / 180;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToDeg(double rad) => rad * 180 / Math.PI;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckRes(int resolution, string paramName)
    {
        if ((uint)resolution > MaxResolution)
        {
            ThrowRes(resolution, paramName);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckCell(H3Index cell, string paramName)
    {
        if (!IndexMath.IsValidCell(cell.Value))
        {
            ThrowCell(cell, paramName);
        }
    }

    private static void ThrowRes(int resolution, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, resolution, "H3 resolution must be between 0 and 15.");

    private static void ThrowCell(H3Index cell, string paramName) =>
        throw new ArgumentException($"'{cell}' is not a valid H3 cell.", paramName);

    /// <summary>Whether the index is a valid H3 cell.</summary>
    public static bool IsValidCell(H3Index cell) => IndexMath.IsValidCell(cell.Value);

    /// <summary>The cell containing a point at a resolution.</summary>
    public static H3Index LatLngToCell(LatLng point, int resolution)
    {
        CheckRes(resolution, nameof(resolution));
        if (!double.IsFinite(point.Lat) || !double.IsFinite(point.Lng))
        {
            throw new ArgumentException("Latitude and longitude must be finite.", nameof(point));
        }

        var h = FaceIjk.ToH3(FaceIjk.FromGeo(ToRad(point.Lat), ToRad(point.Lng), resolution), resolution);
        return h == 0 ? throw new H3Exception("latLngToCell failed.") : new H3Index(h);
    }

    /// <summary>The centre of a cell.</summary>
    public static LatLng CellToLatLng(H3Index cell)
    {
        CheckCell(cell, nameof(cell));
        FaceIjk.FromH3(cell.Value).ToGeo(cell.Resolution, out var lat, out var lng);
        return new LatLng(ToDeg(lat), ToDeg(lng));
    }

    /// <summary>The boundary of a cell, counter-clockwise, not closed (5 to 10 vertices).</summary>
    public static LatLng[] CellToBoundary(H3Index cell)
    {
        Span<LatLng> buffer = stackalloc LatLng[MaxBoundaryVertices];
        var n = CellToBoundary(cell, buffer);
        return buffer[..n].ToArray();
    }

    /// <summary>Writes the boundary into <paramref name="destination"/> (10 slots always suffice); returns the vertex count.</summary>
    public static int CellToBoundary(H3Index cell, Span<LatLng> destination)
    {
        CheckCell(cell, nameof(cell));
        Span<double> rad = stackalloc double[MaxBoundaryVertices * 2];
        var n = Boundary.CellBoundary(cell.Value, rad);
        if (destination.Length < n)
        {
            throw new ArgumentException($"Destination needs {n} slots.", nameof(destination));
        }

        for (var i = 0; i < n; i++)
        {
            destination[i] = new LatLng(ToDeg(rad[i * 2]), ToDeg(rad[(i * 2) + 1]));
        }

        return n;
    }

    /// <summary>The ancestor of a cell at a coarser (or equal) resolution.</summary>
    public static H3Index CellToParent(H3Index cell, int resolution)
    {
        CheckCell(cell, nameof(cell));
        CheckRes(resolution, nameof(resolution));
        if (resolution > cell.Resolution)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Parent resolution must not be finer than the cell's.");
        }

        return new H3Index(IndexMath.Parent(cell.Value, resolution));
    }

    /// <summary>Number of children of a cell at a finer (or equal) resolution.</summary>
    public static long CellToChildrenSize(H3Index cell, int resolution)
    {
        CheckCell(cell, nameof(cell));
        CheckRes(resolution, nameof(resolution));
        var n = resolution - cell.Resolution;
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Child resolution must not be coarser than the cell's.");
        }

        long p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 7;
        }

        return cell.IsPentagon ? 1 + (5 * (p - 1) / 6) : p;
    }

    /// <summary>The children of a cell at a finer (or equal) resolution, in ascending index order.</summary>
    public static H3Index[] CellToChildren(H3Index cell, int resolution)
    {
        var size = CellToChildrenSize(cell, resolution);
        if (size > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "Too many children to materialise.");
        }

        var result = new H3Index[size];
        var count = 0;
        var start = IndexMath.SetResolution(cell.Value, resolution);
        AddChildren(start, cell.Resolution + 1, resolution, cell.IsPentagon, result, ref count);
        return result;
    }

    private static void AddChildren(ulong h, int r, int res, bool onPentagonCentre, H3Index[] output, ref int count)
    {
        if (r > res)
        {
            output[count++] = new H3Index(h);
            return;
        }

        for (var d = 0; d < 7; d++)
        {
            // the k-axis child of a pentagon centre is the deleted subsequence
            if (onPentagonCentre && d == 1)
            {
                continue;
            }

            AddChildren(IndexMath.SetDigit(h, r, d), r + 1, res, onPentagonCentre && d == 0, output, ref count);
        }
    }

    /// <summary>Number of slots a disk of radius k may need: 3k(k+1)+1.</summary>
    public static int MaxGridDiskSize(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var size = Algos.MaxGridDiskSize(k);
        return size > int.MaxValue ? throw new ArgumentOutOfRangeException(nameof(k), k, "k is too large.") : (int)size;
    }

    /// <summary>All cells within grid distance k of origin (origin first; order otherwise unspecified).</summary>
    public static H3Index[] GridDisk(H3Index origin, int k)
    {
        var buffer = new H3Index[MaxGridDiskSize(k)];
        var n = GridDisk(origin, k, buffer);
        return n == buffer.Length ? buffer : buffer[..n];
    }

    /// <summary>Allocation-free disk (except near pentagons): writes into destination (at least MaxGridDiskSize(k) long); returns the count.</summary>
    public static int GridDisk(H3Index origin, int k, Span<H3Index> destination)
    {
        CheckCell(origin, nameof(origin));
        var size = MaxGridDiskSize(k);
        if (destination.Length < size)
        {
            throw new ArgumentException($"Destination needs {size} slots.", nameof(destination));
        }

        return GridDiskInternal(origin.Value, k, System.Runtime.InteropServices.MemoryMarshal.Cast<H3Index, ulong>(destination));
    }

    internal static int GridDiskInternal(ulong origin, int k, Span<ulong> destination)
    {
        var size = (int)Algos.MaxGridDiskSize(k);
        return Algos.GridDiskUnsafe(origin, k, destination) ? size : Algos.GridDiskSafe(origin, k, destination);
    }

    /// <summary>Grid distance between two cells of the same resolution; throws <see cref="H3Exception"/> where H3 cannot compute it.</summary>
    public static int GridDistance(H3Index a, H3Index b)
    {
        CheckCell(a, nameof(a));
        CheckCell(b, nameof(b));
        if (a.Resolution != b.Resolution)
        {
            throw new H3Exception("Cells have different resolutions.");
        }

        if (!Algos.CellToLocalIjk(a.Value, a.Value, out var ia) || !Algos.CellToLocalIjk(a.Value, b.Value, out var ib))
        {
            throw new H3Exception("gridDistance failed: cells too far apart or separated by pentagon distortion.");
        }

        return CoordIjk.Distance(ia, ib);
    }

    /// <summary>Whether two distinct cells of the same resolution share an edge.</summary>
    public static bool AreNeighborCells(H3Index a, H3Index b)
    {
        CheckCell(a, nameof(a));
        CheckCell(b, nameof(b));
        if (a.Resolution != b.Resolution)
        {
            throw new H3Exception("Cells have different resolutions.");
        }

        if (a == b)
        {
            return false;
        }

        Span<ulong> ring = stackalloc ulong[7];
        var n = GridDiskInternal(a.Value, 1, ring);
        for (var i = 0; i < n; i++)
        {
            if (ring[i] == b.Value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cells whose centres lie in the polygon (first loop outer, the others holes), sorted.</summary>
    public static H3Index[] PolygonToCells(IReadOnlyList<IReadOnlyList<LatLng>> loops, int resolution)
    {
        ArgumentNullException.ThrowIfNull(loops);
        CheckRes(resolution, nameof(resolution));
        var cells = Polyfill.PolygonToCells(loops, resolution);
        var result = new H3Index[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            result[i] = new H3Index(cells[i]);
        }

        return result;
    }

    /// <summary>Replaces every complete set of siblings by its parent, recursively (input: same-resolution cells, no duplicates).</summary>
    public static H3Index[] CompactCells(IEnumerable<H3Index> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var current = new HashSet<ulong>();
        var res = -1;
        foreach (var c in cells)
        {
            CheckCell(c, nameof(cells));
            if (res == -1)
            {
                res = c.Resolution;
            }
            else if (c.Resolution != res)
            {
                throw new H3Exception("compactCells needs cells of one resolution.");
            }

            if (!current.Add(c.Value))
            {
                throw new H3Exception($"Duplicate cell {c} in compactCells input.");
            }
        }

        var output = new List<H3Index>();
        for (var r = res; r > 0 && current.Count > 0; r--)
        {
            var counts = new Dictionary<ulong, int>();
            foreach (var c in current)
            {
                var p = IndexMath.Parent(c, r - 1);
                counts[p] = counts.TryGetValue(p, out var n) ? n + 1 : 1;
            }

            var next = new HashSet<ulong>();
            foreach (var (parent, n) in counts)
            {
                if (n == (IndexMath.IsPentagon(parent) ? 6 : 7))
                {
                    next.Add(parent);
                }
            }

            foreach (var c in current)
            {
                if (!next.Contains(IndexMath.Parent(c, r - 1)))
                {
                    output.Add(new H3Index(c));
                }
            }

            current = next;
        }

        foreach (var c in current)
        {
            output.Add(new H3Index(c));
        }

        return [.. output];
    }

    /// <summary>Expands cells (any resolution up to <paramref name="resolution"/>) into their children at that resolution.</summary>
    public static H3Index[] UncompactCells(IEnumerable<H3Index> cells, int resolution)
    {
        ArgumentNullException.ThrowIfNull(cells);
        CheckRes(resolution, nameof(resolution));
        var output = new List<H3Index>();
        foreach (var c in cells)
        {
            CheckCell(c, nameof(cells));
            if (c.Resolution > resolution)
            {
                throw new H3Exception($"Cell {c} is finer than resolution {resolution}.");
            }

            output.AddRange(CellToChildren(c, resolution));
        }

        return [.. output];
    }

    /// <summary>
    /// Exact cell area in km², bit-compatible with h3-js 4.5.0 (H3 v4.5.0 cellAreaKm2: cellAreaRads2 times
    /// EARTH_RADIUS_KM², folded to one constant).
    /// </summary>
    public static double CellAreaKm2(H3Index cell) => CellAreaRads2(cell) * FaithfulGeo.EarthRadiusKm2;

    /// <summary>
    /// Exact cell area in steradians (H3 v4.5.0 area.c: geoLoopArea over the cell boundary, i.e. Cagnoli terms
    /// with a Kahan-compensated sum). The boundary is recomputed with H3's own operation sequence and fdlibm
    /// trigonometry, because the sum is ill-conditioned for small cells and the fast <see cref="CellToBoundary(H3Index)"/>
    /// vertices, a few ulps off, would move resolution-15 areas by up to ~10 %.
    /// </summary>
    public static double CellAreaRads2(H3Index cell)
    {
        CheckCell(cell, nameof(cell));
        return FaithfulGeo.CellAreaRads2(cell.Value);
    }

    /// <summary>H3 geoLoopArea over (lat, lng) radian pairs: Cagnoli terms, Kahan-compensated sum, [0, 4π].</summary>
    internal static double LoopAreaRads2(ReadOnlySpan<double> latLng) => FaithfulGeo.LoopAreaRads2(latLng);

    /// <summary>Great-circle (haversine) distance in metres on H3's sphere (radius <see cref="EarthRadiusKm"/>).</summary>
    public static double DistanceMeters(LatLng a, LatLng b)
    {
        var aLat = ToRad(a.Lat);
        var bLat = ToRad(b.Lat);
        var sinLat = Math.Sin((bLat - aLat) / 2.0);
        var sinLng = Math.Sin((ToRad(b.Lng) - ToRad(a.Lng)) / 2.0);
        var h = (sinLat * sinLat) + (Math.Cos(aLat) * Math.Cos(bLat) * sinLng * sinLng);
        return 2 * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h)) * EarthRadiusKm * 1000;
    }

    /// <summary>
    /// Smallest k (under a conservative bound) such that GridDisk(origin, k) covers every point within
    /// <paramref name="meters"/> of any point of the origin cell, for any origin cell at <paramref name="resolution"/>.
    /// Bound: centre-to-centre distance D ≤ meters + 2·Rmax, and cells k rings apart have centres at least
    /// k·Smin apart, so k = ceil((meters + 2·Rmax) / Smin). Rmax (circumradius) and Smin (ring spacing, ≈ 1.5·edge
    /// on a regular grid) are taken from H3's published average edge length with factors measured over the whole
    /// sphere, pentagons included (1.268 and 1.208), plus margin: Rmax = 1.35·avgEdge, Smin = 1.10·avgEdge.
    /// At resolution 9 (avg edge 174.4 m): 0 m → k 3, 500 m → k 6, 1 km → k 9.
    /// </summary>
    public static int GridDiskRadiusForMeters(double meters, int resolution)
    {
        CheckRes(resolution, nameof(resolution));
        if (!double.IsFinite(meters) || meters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(meters), meters, "Distance must be finite and non-negative.");
        }

        var edgeM = CellMetrics.AvgEdgeKm[resolution] * 1000;
        var rMax = CellMetrics.MaxCircumradiusFactor * edgeM;
        var sMin = CellMetrics.MinRingSpacingFactor * edgeM;
        var k = Math.Ceiling((meters + (2 * rMax)) / sMin);
        return k > 1_000_000 ? throw new ArgumentOutOfRangeException(nameof(meters), meters, "Distance too large for a grid disk.") : (int)k;
    }
}
