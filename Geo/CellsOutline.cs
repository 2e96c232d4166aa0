using System.Globalization;
using System.Text;
using Voisinage.Geo.Internal;

namespace Voisinage.Geo;

/// <summary>
/// Outline of a set of same-resolution cells (like h3-js <c>cellsToMultiPolygon(cells, true)</c>):
/// shared edges cancel, the remaining directed edges chain into rings. Outer rings are counter-clockwise,
/// holes clockwise, rings closed, coordinates <c>[lng, lat]</c> in degrees.
/// </summary>
public static class CellsOutline
{
    // Vertices of neighbouring cells computed on different icosahedron faces differ by ~1e-15 rad;
    // they are merged when closer than this (res 15 edges are ~8e-8 rad long).
    private const double MergeTolerance = 1e-9;
    private const double GridStep = 1e-8;

    /// <summary>Polygons, each a list of closed rings (outer first, then holes), as LatLng in degrees.</summary>
    public static IReadOnlyList<IReadOnlyList<LatLng[]>> ToPolygons(IEnumerable<H3Index> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var set = new HashSet<ulong>();
        var res = -1;
        foreach (var c in cells)
        {
            if (!H3.IsValidCell(c))
            {
                throw new ArgumentException($"'{c}' is not a valid H3 cell.", nameof(cells));
            }

            if (res == -1)
            {
                res = c.Resolution;
            }
            else if (res != c.Resolution)
            {
                throw new ArgumentException("All cells must have the same resolution.", nameof(cells));
            }

            set.Add(c.Value);
        }

        if (set.Count == 0)
        {
            return [];
        }

        var pool = new VertexPool();
        var edges = new HashSet<(int From, int To)>();
        Span<double> b = stackalloc double[Boundary.MaxVerts * 2];
        Span<int> ids = stackalloc int[Boundary.MaxVerts];
        foreach (var cell in set)
        {
            var n = Boundary.CellBoundary(cell, b);
            for (var i = 0; i < n; i++)
            {
                ids[i] = pool.Get(b[i * 2], b[(i * 2) + 1]);
            }

            for (var i = 0; i < n; i++)
            {
                var from = ids[i];
                var to = ids[(i + 1) % n];
                if (from == to)
                {
                    continue;
                }

                // an edge shared with a neighbour appears once in each direction: both cancel
                if (!edges.Remove((to, from)))
                {
                    edges.Add((from, to));
                }
            }
        }

        var next = new Dictionary<int, int>(edges.Count);
        foreach (var (from, to) in edges)
        {
            next[from] = to;
        }

        var rings = new List<List<int>>();
        var used = new HashSet<int>();
        foreach (var (from, _) in edges)
        {
            if (used.Contains(from))
            {
                continue;
            }

            var ring = new List<int>();
            var v = from;
            while (used.Add(v))
            {
                ring.Add(v);
                if (!next.TryGetValue(v, out v))
                {
                    break;
                }
            }

            if (ring.Count >= 3)
            {
                rings.Add(ring);
            }
        }

        // Classify by orientation in an unwrapped lat/lng plane (cells keep H3's CCW order).
        var outers = new List<(List<int> Ring, double Area, List<List<int>> Holes)>();
        var holes = new List<List<int>>();
        foreach (var ring in rings)
        {
            var area = SignedArea(pool, ring);
            if (area > 0)
            {
                outers.Add((ring, area, new List<List<int>>()));
            }
            else
            {
                holes.Add(ring);
            }
        }

        foreach (var hole in holes)
        {
            var best = -1;
            var bestArea = double.MaxValue;
            var (pLat, pLng) = pool.Rad(hole[0]);
            for (var i = 0; i < outers.Count; i++)
            {
                if (outers[i].Area < bestArea && Contains(pool, outers[i].Ring, pLat, pLng))
                {
                    best = i;
                    bestArea = outers[i].Area;
                }
            }

            if (best >= 0)
            {
                outers[best].Holes.Add(hole);
            }
        }

        var result = new List<IReadOnlyList<LatLng[]>>(outers.Count);
        foreach (var (ring, _, hs) in outers)
        {
            var loops = new List<LatLng[]> { ToLatLngs(pool, ring) };
            foreach (var h in hs)
            {
                loops.Add(ToLatLngs(pool, h));
            }

            result.Add(loops);
        }

        return result;
    }

    /// <summary>GeoJSON geometry: a Polygon for one connected outline, else a MultiPolygon.</summary>
    public static string ToGeoJson(IEnumerable<H3Index> cells)
    {
        var polygons = ToPolygons(cells);
        var sb = new StringBuilder();
        if (polygons.Count == 1)
        {
            sb.Append("{\"type\":\"Polygon\",\"coordinates\":");
            AppendPolygon(sb, polygons[0]);
        }
        else
        {
            sb.Append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (var i = 0; i < polygons.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                AppendPolygon(sb, polygons[i]);
            }

            sb.Append(']');
        }

        sb.Append('}');
        return sb.ToString();
    }

    private static void AppendPolygon(StringBuilder sb, IReadOnlyList<LatLng[]> rings)
    {
        sb.Append('[');
        for (var r = 0; r < rings.Count; r++)
        {
            if (r > 0)
            {
                sb.Append(',');
            }

            sb.Append('[');
            var ring = rings[r];
            for (var i = 0; i < ring.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append('[')
                    .Append(ring[i].Lng.ToString("R", CultureInfo.InvariantCulture))
                    .Append(',')
                    .Append(ring[i].Lat.ToString("R", CultureInfo.InvariantCulture))
                    .Append(']');
            }

            sb.Append(']');
        }

        sb.Append(']');
    }

    private static LatLng[] ToLatLngs(VertexPool pool, List<int> ring)
    {
        var result = new LatLng[ring.Count + 1];
        for (var i = 0; i < ring.Count; i++)
        {
            var (lat, lng) = pool.Rad(ring[i]);
            result[i] = new LatLng(lat * 180 / Math.PI, lng * 180 / Math.PI);
        }

        result[^1] = result[0];
        return result;
    }

    // Longitude unwrapped to within pi of a reference, so rings crossing the antimeridian stay planar.
    private static double Unwrap(double lng, double reference)
    {
        while (lng - reference > Math.PI)
        {
            lng -= 2 * Math.PI;
        }

        while (lng - reference < -Math.PI)
        {
            lng += 2 * Math.PI;
        }

        return lng;
    }

    private static double SignedArea(VertexPool pool, List<int> ring)
    {
        var (lat0, lng0) = pool.Rad(ring[0]);
        double sum = 0;
        var prevLat = lat0;
        var prevLng = lng0;
        for (var i = 1; i <= ring.Count; i++)
        {
            var (lat, lng) = pool.Rad(ring[i % ring.Count]);
            lng = Unwrap(lng, prevLng);
            sum += (prevLng * lat) - (lng * prevLat);
            prevLat = lat;
            prevLng = lng;
        }

        return sum / 2;
    }

    private static bool Contains(VertexPool pool, List<int> ring, double pLat, double pLng)
    {
        var (_, refLng) = pool.Rad(ring[0]);
        var prevLng = refLng;
        var xs = new double[ring.Count];
        var ys = new double[ring.Count];
        for (var i = 0; i < ring.Count; i++)
        {
            var (lat, lng) = pool.Rad(ring[i]);
            lng = Unwrap(lng, prevLng);
            xs[i] = lng;
            ys[i] = lat;
            prevLng = lng;
        }

        var px = Unwrap(pLng, refLng);
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            if ((ys[i] > pLat) != (ys[j] > pLat) &&
                px < ((xs[j] - xs[i]) * (pLat - ys[i]) / (ys[j] - ys[i])) + xs[i])
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private sealed class VertexPool
    {
        private readonly Dictionary<(long, long, long), List<int>> _grid = [];
        private readonly List<(double Lat, double Lng, double X, double Y, double Z)> _verts = [];

        public (double Lat, double Lng) Rad(int id) => (_verts[id].Lat, _verts[id].Lng);

        public int Get(double lat, double lng)
        {
            var cl = Math.Cos(lat);
            var x = cl * Math.Cos(lng);
            var y = cl * Math.Sin(lng);
            var z = Math.Sin(lat);
            var kx = (long)Math.Floor(x / GridStep);
            var ky = (long)Math.Floor(y / GridStep);
            var kz = (long)Math.Floor(z / GridStep);
            for (var dx = -1; dx <= 1; dx++)
            {
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dz = -1; dz <= 1; dz++)
                    {
                        if (!_grid.TryGetValue((kx + dx, ky + dy, kz + dz), out var bucket))
                        {
                            continue;
                        }

                        foreach (var id in bucket)
                        {
                            var v = _verts[id];
                            var d = Math.Abs(v.X - x) + Math.Abs(v.Y - y) + Math.Abs(v.Z - z);
                            if (d < MergeTolerance)
                            {
                                return id;
                            }
                        }
                    }
                }
            }

            var newId = _verts.Count;
            _verts.Add((lat, lng, x, y, z));
            var key = (kx, ky, kz);
            if (!_grid.TryGetValue(key, out var list))
            {
                list = [];
                _grid[key] = list;
            }

            list.Add(newId);
            return newId;
        }
    }
}
