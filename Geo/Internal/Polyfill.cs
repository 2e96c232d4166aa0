namespace Voisinage.Geo.Internal;

/// <summary>polygonToCells with H3's center-containment semantics (polygon edges are straight lines in lat/lng radians).</summary>
internal static class Polyfill
{
    private const double DblEpsilon = 2.220446049250313e-16;

    private sealed class Loop
    {
        public required double[] Lat { get; init; }

        public required double[] Lng { get; init; }

        public double South { get; set; }

        public double North { get; set; }

        public double West { get; set; }

        public double East { get; set; }

        public bool IsTransmeridian => East < West;
    }

    private static Loop MakeLoop(IReadOnlyList<LatLng> pts)
    {
        var n = pts.Count;
        var lat = new double[n];
        var lng = new double[n];
        for (var i = 0; i < n; i++)
        {
            var p = pts[i];
            if (!double.IsFinite(p.Lat) || !double.IsFinite(p.Lng))
            {
                throw new ArgumentException("Polygon coordinates must be finite.", nameof(pts));
            }

            lat[i] = p.Lat * Math.PI / 180;
            lng[i] = p.Lng * Math.PI / 180;
        }

        var loop = new Loop { Lat = lat, Lng = lng };

        // bboxFrom
        double south = double.MaxValue, west = double.MaxValue, north = -double.MaxValue, east = -double.MaxValue;
        double minPosLng = double.MaxValue, maxNegLng = -double.MaxValue;
        var transmeridian = false;
        for (var i = 0; i < n; i++)
        {
            var la = lat[i];
            var lo = lng[i];
            var next = lng[(i + 1) % n];
            south = Math.Min(south, la);
            west = Math.Min(west, lo);
            north = Math.Max(north, la);
            east = Math.Max(east, lo);
            if (lo > 0 && lo < minPosLng)
            {
                minPosLng = lo;
            }

            if (lo < 0 && lo > maxNegLng)
            {
                maxNegLng = lo;
            }

            if (Math.Abs(lo - next) > Math.PI)
            {
                transmeridian = true;
            }
        }

        if (transmeridian)
        {
            east = maxNegLng;
            west = minPosLng;
        }

        loop.South = south;
        loop.North = north;
        loop.West = west;
        loop.East = east;
        return loop;
    }

    private static double NormalizeLng(double lng, bool transmeridian) => transmeridian && lng < 0 ? lng + Tables.M2Pi : lng;

    // pointInsideGeoLoop from polygonAlgos.h, including its in-place epsilon nudges.
    private static bool PointInside(Loop loop, double pLat, double pLng)
    {
        var tm = loop.IsTransmeridian;
        var inBox = pLat >= loop.South && pLat <= loop.North &&
                    (tm ? (pLng >= loop.West || pLng <= loop.East) : (pLng >= loop.West && pLng <= loop.East));
        if (!inBox)
        {
            return false;
        }

        var contains = false;
        var lat = pLat;
        var lng = NormalizeLng(pLng, tm);
        var n = loop.Lat.Length;
        for (var i = 0; i < n; i++)
        {
            var j = (i + 1) % n;
            double aLat = loop.Lat[i], aLngRaw = loop.Lng[i], bLat = loop.Lat[j], bLngRaw = loop.Lng[j];
            if (aLat > bLat)
            {
                (aLat, bLat) = (bLat, aLat);
                (aLngRaw, bLngRaw) = (bLngRaw, aLngRaw);
            }

            if (lat == aLat || lat == bLat)
            {
                lat += DblEpsilon;
            }

            if (lat < aLat || lat > bLat)
            {
                continue;
            }

            var aLng = NormalizeLng(aLngRaw, tm);
            var bLng = NormalizeLng(bLngRaw, tm);
            if (aLng == lng || bLng == lng)
            {
                lng -= DblEpsilon;
            }

            var ratio = (lat - aLat) / (bLat - aLat);
            var testLng = NormalizeLng(aLng + ((bLng - aLng) * ratio), tm);
            if (testLng > lng)
            {
                contains = !contains;
            }
        }

        return contains;
    }

    private static bool PointInsidePolygon(Loop[] loops, double lat, double lng)
    {
        if (!PointInside(loops[0], lat, lng))
        {
            return false;
        }

        for (var i = 1; i < loops.Length; i++)
        {
            if (PointInside(loops[i], lat, lng))
            {
                return false;
            }
        }

        return true;
    }

    public static ulong[] PolygonToCells(IReadOnlyList<IReadOnlyList<LatLng>> polygon, int res)
    {
        if (polygon.Count == 0 || polygon[0].Count == 0)
        {
            return [];
        }

        var loops = new Loop[polygon.Count];
        for (var i = 0; i < polygon.Count; i++)
        {
            loops[i] = MakeLoop(polygon[i]);
        }

        // Seeds: cells along every edge (sampled finer than a cell) and their 2-rings, so every
        // connected run of contained cells has at least one member among the candidates.
        var step = 0.25 * CellMetrics.MinEdgeRads(res);
        var candidates = new HashSet<ulong>();
        Span<ulong> disk = stackalloc ulong[19];
        foreach (var loop in loops)
        {
            var n = loop.Lat.Length;
            for (var i = 0; i < n; i++)
            {
                var j = (i + 1) % n;
                double aLat = loop.Lat[i], aLng = loop.Lng[i], bLat = loop.Lat[j], bLng = loop.Lng[j];
                if (Math.Abs(aLng - bLng) > Math.PI)
                {
                    // same normalisation H3 applies to transmeridian arcs
                    if (aLng < 0)
                    {
                        aLng += Tables.M2Pi;
                    }

                    if (bLng < 0)
                    {
                        bLng += Tables.M2Pi;
                    }
                }

                var len = Math.Sqrt(((bLat - aLat) * (bLat - aLat)) + ((bLng - aLng) * (bLng - aLng)));
                var steps = Math.Max(1, (int)Math.Ceiling(len / step));
                for (var s = 0; s <= steps; s++)
                {
                    var t = (double)s / steps;
                    var la = aLat + ((bLat - aLat) * t);
                    var lo = aLng + ((bLng - aLng) * t);
                    if (lo > Math.PI)
                    {
                        lo -= Tables.M2Pi;
                    }

                    var cell = FaceIjk.ToH3(FaceIjk.FromGeo(la, lo, res), res);
                    var count = H3.GridDiskInternal(cell, 2, disk);
                    for (var c = 0; c < count; c++)
                    {
                        candidates.Add(disk[c]);
                    }
                }
            }
        }

        var result = new HashSet<ulong>();
        var visited = new HashSet<ulong>();
        var queue = new Queue<ulong>();
        foreach (var c in candidates)
        {
            if (visited.Add(c) && CenterInside(loops, c, res))
            {
                result.Add(c);
                queue.Enqueue(c);
            }
        }

        Span<ulong> ring = stackalloc ulong[7];
        while (queue.Count > 0)
        {
            var cell = queue.Dequeue();
            var count = H3.GridDiskInternal(cell, 1, ring);
            for (var i = 0; i < count; i++)
            {
                var nb = ring[i];
                if (visited.Add(nb) && CenterInside(loops, nb, res))
                {
                    result.Add(nb);
                    queue.Enqueue(nb);
                }
            }
        }

        var arr = result.ToArray();
        Array.Sort(arr);
        return arr;
    }

    private static bool CenterInside(Loop[] loops, ulong cell, int res)
    {
        FaceIjk.FromH3(cell).ToGeo(res, out var lat, out var lng);
        return PointInsidePolygon(loops, lat, lng);
    }
}
