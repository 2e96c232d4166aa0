using System.Runtime.CompilerServices;

namespace Voisinage.Geo.Internal;

/// <summary>Cell boundary generation (faceijk.c _faceIjkToCellBoundary / _faceIjkPentToCellBoundary). Radians.</summary>
internal static class Boundary
{
    public const int MaxVerts = 10;
    private const double FltEpsilon = 1.1920928955078125e-07;

    private static ReadOnlySpan<sbyte> VertsCII => [2, 1, 0, 1, 2, 0, 0, 2, 1, 0, 1, 2, 1, 0, 2, 2, 0, 1];

    private static ReadOnlySpan<sbyte> VertsCIII => [5, 4, 0, 1, 5, 0, 0, 5, 4, 0, 1, 5, 4, 0, 5, 5, 0, 1];

    /// <summary>Writes the boundary of a valid cell as (lat, lng) radian pairs; returns the vertex count.</summary>
    public static int CellBoundary(ulong h, Span<double> latLng)
    {
        var fijk = FaceIjk.FromH3(h);
        var res = IndexMath.GetResolution(h);
        return IndexMath.IsPentagon(h) ? PentBoundary<FastProjection>(fijk, res, latLng) : HexBoundary<FastProjection>(fijk, res, latLng);
    }

    /// <summary>
    /// Same boundary, but every vertex projected with H3 v4.5.0's exact floating-point sequence as h3-js runs it
    /// (<see cref="FaithfulProjection"/>). Slower; only the cell-area functions use it.
    /// </summary>
    public static int CellBoundaryFaithful(ulong h, Span<double> latLng)
    {
        var fijk = FaceIjk.FromH3(h);
        var res = IndexMath.GetResolution(h);
        return IndexMath.IsPentagon(h) ? PentBoundary<FaithfulProjection>(fijk, res, latLng) : HexBoundary<FaithfulProjection>(fijk, res, latLng);
    }

    /// <summary>Substrate-grid hex2d point to (lat, lng) radians; a struct type argument so each path is compiled on its own.</summary>
    private interface ISubstrateProjection
    {
        static abstract void ToGeo(double x, double y, int face, int res, out double lat, out double lng);
    }

    private readonly struct FastProjection : ISubstrateProjection
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void ToGeo(double x, double y, int face, int res, out double lat, out double lng) =>
            FaceIjk.Hex2dToGeo(x, y, face, res, true, out lat, out lng);
    }

    private readonly struct FaithfulProjection : ISubstrateProjection
    {
        public static void ToGeo(double x, double y, int face, int res, out double lat, out double lng) =>
            FaithfulGeo.SubstrateHex2dToGeo(x, y, face, res, out lat, out lng);
    }

    private static void ToVerts(ref FaceIjk center, ref int res, int count, Span<FaceIjk> verts)
    {
        var classIII = (res & 1) == 1;
        var table = classIII ? VertsCIII : VertsCII;
        center.Coord.DownAp3();
        center.Coord.DownAp3R();
        if (classIII)
        {
            center.Coord.DownAp7R();
            res += 1;
        }

        for (var v = 0; v < count; v++)
        {
            var c = new CoordIjk(center.Coord.I + table[v * 3], center.Coord.J + table[(v * 3) + 1], center.Coord.K + table[(v * 3) + 2]);
            c.Normalize();
            verts[v].Face = center.Face;
            verts[v].Coord = c;
        }
    }

    // _v2dIntersect. Old H3 releases kept the parameter in a float; h3-js 4.5.0 matches only with a double.
    private static void Intersect(double p0x, double p0y, double p1x, double p1y, double p2x, double p2y, double p3x, double p3y, out double ix, out double iy)
    {
        var s1x = p1x - p0x;
        var s1y = p1y - p0y;
        var s2x = p3x - p2x;
        var s2y = p3y - p2y;
        var t = (((s2x * (p0y - p2y)) - (s2y * (p0x - p2x))) / ((-s2x * s1y) + (s1x * s2y)));
        ix = p0x + (t * s1x);
        iy = p0y + (t * s1y);
    }

    private static void EdgeEnds(int dir, int maxDim, out double e0x, out double e0y, out double e1x, out double e1y)
    {
        double v0x = 3.0 * maxDim, v0y = 0.0;
        double v1x = -1.5 * maxDim, v1y = 3.0 * Tables.Sqrt3Over2 * maxDim;
        double v2x = -1.5 * maxDim, v2y = -3.0 * Tables.Sqrt3Over2 * maxDim;
        switch (dir)
        {
            case Tables.IJ:
                (e0x, e0y, e1x, e1y) = (v0x, v0y, v1x, v1y);
                break;
            case Tables.JK:
                (e0x, e0y, e1x, e1y) = (v1x, v1y, v2x, v2y);
                break;
            default:
                (e0x, e0y, e1x, e1y) = (v2x, v2y, v0x, v0y);
                break;
        }
    }

    private static int HexBoundary<TProj>(FaceIjk h, int res, Span<double> output)
        where TProj : struct, ISubstrateProjection
    {
        var adjRes = res;
        var center = h;
        Span<FaceIjk> verts = stackalloc FaceIjk[6];
        ToVerts(ref center, ref adjRes, 6, verts);

        var n = 0;
        var lastFace = -1;
        var lastOverage = FaceIjk.NoOverage;
        var classIII = (res & 1) == 1;
        for (var vert = 0; vert < 7; vert++)
        {
            var v = vert % 6;
            var fijk = verts[v];
            var overage = FaceIjk.AdjustOverageClassII(ref fijk, adjRes, false, true);

            // Class III edges crossing an icosahedron edge get an extra vertex at the crossing.
            if (classIII && vert > 0 && fijk.Face != lastFace && lastOverage != FaceIjk.FaceEdge)
            {
                var lastV = (v + 5) % 6;
                verts[lastV].Coord.ToHex2d(out var o0x, out var o0y);
                verts[v].Coord.ToHex2d(out var o1x, out var o1y);
                var maxDim = Tables.MaxDimByCIIres[adjRes];
                var face2 = lastFace == center.Face ? fijk.Face : lastFace;
                EdgeEnds(Tables.AdjacentFaceDir[(center.Face * 20) + face2], maxDim, out var e0x, out var e0y, out var e1x, out var e1y);
                Intersect(o0x, o0y, o1x, o1y, e0x, e0y, e1x, e1y, out var ix, out var iy);
                var atVertex = (Math.Abs(o0x - ix) < FltEpsilon && Math.Abs(o0y - iy) < FltEpsilon) ||
                               (Math.Abs(o1x - ix) < FltEpsilon && Math.Abs(o1y - iy) < FltEpsilon);
                if (!atVertex)
                {
                    TProj.ToGeo(ix, iy, center.Face, adjRes, out output[n * 2], out output[(n * 2) + 1]);
                    n++;
                }
            }

            if (vert < 6)
            {
                fijk.Coord.ToHex2d(out var x, out var y);
                TProj.ToGeo(x, y, fijk.Face, adjRes, out output[n * 2], out output[(n * 2) + 1]);
                n++;
            }

            lastFace = fijk.Face;
            lastOverage = overage;
        }

        return n;
    }

    private static int PentBoundary<TProj>(FaceIjk h, int res, Span<double> output)
        where TProj : struct, ISubstrateProjection
    {
        var adjRes = res;
        var center = h;
        Span<FaceIjk> verts = stackalloc FaceIjk[5];
        ToVerts(ref center, ref adjRes, 5, verts);

        var n = 0;
        FaceIjk lastFijk = default;
        var classIII = (res & 1) == 1;
        for (var vert = 0; vert < 6; vert++)
        {
            var v = vert % 5;
            var fijk = verts[v];
            FaceIjk.AdjustPentVertOverage(ref fijk, adjRes);

            // all Class III pentagon edges cross icosahedron edges
            if (classIII && vert > 0)
            {
                var tmp = fijk;
                lastFijk.Coord.ToHex2d(out var o0x, out var o0y);
                var currentToLastDir = Tables.AdjacentFaceDir[(tmp.Face * 20) + lastFijk.Face];
                var o = ((tmp.Face * 4) + currentToLastDir) * 5;
                var fn = Tables.FaceNeighbors;
                tmp.Face = fn[o];
                for (var i = 0; i < fn[o + 4]; i++)
                {
                    tmp.Coord.Rotate60Ccw();
                }

                var scale = Tables.UnitScaleByCIIres[adjRes] * 3;
                tmp.Coord.I += fn[o + 1] * scale;
                tmp.Coord.J += fn[o + 2] * scale;
                tmp.Coord.K += fn[o + 3] * scale;
                tmp.Coord.Normalize();
                tmp.Coord.ToHex2d(out var o1x, out var o1y);

                var maxDim = Tables.MaxDimByCIIres[adjRes];
                EdgeEnds(Tables.AdjacentFaceDir[(tmp.Face * 20) + fijk.Face], maxDim, out var e0x, out var e0y, out var e1x, out var e1y);
                Intersect(o0x, o0y, o1x, o1y, e0x, e0y, e1x, e1y, out var ix, out var iy);
                TProj.ToGeo(ix, iy, tmp.Face, adjRes, out output[n * 2], out output[(n * 2) + 1]);
                n++;
            }

            if (vert < 5)
            {
                fijk.Coord.ToHex2d(out var x, out var y);
                TProj.ToGeo(x, y, fijk.Face, adjRes, out output[n * 2], out output[(n * 2) + 1]);
                n++;
            }

            lastFijk = fijk;
        }

        return n;
    }
}
