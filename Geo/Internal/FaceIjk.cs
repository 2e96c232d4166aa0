using System.Runtime.CompilerServices;

namespace Voisinage.Geo.Internal;

/// <summary>Face-centred IJK address (faceijk.c, h3Index.c conversions). All angles in radians.</summary>
internal struct FaceIjk
{
    public int Face;
    public CoordIjk Coord;

    public const int NoOverage = 0;
    public const int FaceEdge = 1;
    public const int NewFace = 2;

    // ---------- sphere <-> plane ----------

    public static void GeoToClosestFace(double lat, double lng, out int face, out double sqd)
    {
        var r = Math.Cos(lat);
        var z = Math.Sin(lat);
        var x = Math.Cos(lng) * r;
        var y = Math.Sin(lng) * r;

        ClosestFace(x, y, z, out face, out sqd);
    }

    /// <summary>The icosahedron face whose centre is nearest a unit vector, and the squared chord to it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClosestFace(double x, double y, double z, out int face, out double sqd)
    {
        face = 0;
        sqd = 5.0;
        var pts = Tables.FaceCenterPoint;
        for (var f = 0; f < 20; f++)
        {
            var dx = pts[f * 3] - x;
            var dy = pts[(f * 3) + 1] - y;
            var dz = pts[(f * 3) + 2] - z;
            var d = (dx * dx) + (dy * dy) + (dz * dz);
            if (d < sqd)
            {
                face = f;
                sqd = d;
            }
        }
    }

    public static double GeoAzimuthRads(double lat1, double lng1, double lat2, double lng2) =>
        Math.Atan2(
            Math.Cos(lat2) * Math.Sin(lng2 - lng1),
            (Math.Cos(lat1) * Math.Sin(lat2)) - (Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(lng2 - lng1)));

    // Per-face trigonometry, precomputed so the projections need no atan2/acos/tan/sin of angles:
    // azimuths are carried as (cos, sin) pairs and rotated by angle-difference identities.
    private static readonly double[] FaceSinLat = new double[20];
    private static readonly double[] FaceCosLat = new double[20];
    private static readonly double[] FaceSinLng = new double[20];
    private static readonly double[] FaceCosLng = new double[20];

    // (cos, sin) of the face i-axis azimuth, and of the same minus the Class III rotation.
    private static readonly double[] AxisCos = new double[40];
    private static readonly double[] AxisSin = new double[40];

    // Inverse gnomonic scale for (res, substrate): RES0_U_GNOMONIC / (sqrt7^res [* 3 [* sqrt7]]).
    private static readonly double[] InvScale = BuildInvScale();

    private static double[] BuildInvScale()
    {
        var t = new double[34];
        for (var res = 0; res <= 16; res++)
        {
            for (var sub = 0; sub < 2; sub++)
            {
                var r = 1.0;
                for (var i = 0; i < res; i++)
                {
                    r /= Tables.Sqrt7;
                }

                if (sub == 1)
                {
                    r /= 3.0;
                    if ((res & 1) == 1)
                    {
                        r /= Tables.Sqrt7;
                    }
                }

                t[(res * 2) + sub] = r * Tables.Res0UGnomonic;
            }
        }

        return t;
    }

#pragma warning disable CA1810 // explicit static constructor: the tables depend on each other
    static FaceIjk()
#pragma warning restore CA1810
    {
        for (var f = 0; f < 20; f++)
        {
            (FaceSinLat[f], FaceCosLat[f]) = Math.SinCos(Tables.FaceCenterGeo[f * 2]);
            (FaceSinLng[f], FaceCosLng[f]) = Math.SinCos(Tables.FaceCenterGeo[(f * 2) + 1]);
            (AxisSin[f], AxisCos[f]) = Math.SinCos(Tables.FaceAxesAzRadsCII0[f]);
            (AxisSin[f + 20], AxisCos[f + 20]) = Math.SinCos(Tables.FaceAxesAzRadsCII0[f] - Tables.Ap7RotRads);
        }
    }

    /// <summary>
    /// H3 _geoToFaceIjk. Same face choice and same r = acos(1 - sqd/2) as H3 (its rounding included);
    /// tan(r) and the azimuth are evaluated algebraically, which only moves results by a few ulps.
    /// </summary>
    public static FaceIjk FromGeo(double lat, double lng, int res)
    {
        var (sinLat, cosLat) = Math.SinCos(lat);
        var (sinLng, cosLng) = Math.SinCos(lng);
        var x = cosLng * cosLat;
        var y = sinLng * cosLat;
        var z = sinLat;

        ClosestFace(x, y, z, out var face, out var sqd);

        FaceIjk result;
        result.Face = face;
        var c = 1 - (sqd / 2);
        if (c >= 1.0)
        {
            // acos(c) < EPSILON only when c rounds to 1
            result.Coord = default;
            return result;
        }

        // tan(acos(c)) with 1 - c exact (Sterbenz), so as accurate as H3's acos/tan pair
        var r = Math.Sqrt((1 - c) * (1 + c)) / c;
        r /= Tables.Res0UGnomonic;
        for (var i = 0; i < res; i++)
        {
            r *= Tables.Sqrt7;
        }

        // azimuth from the face centre to the point, as an unnormalised (cos, sin) pair
        var sinDLng = (sinLng * FaceCosLng[face]) - (cosLng * FaceSinLng[face]);
        var cosDLng = (cosLng * FaceCosLng[face]) + (sinLng * FaceSinLng[face]);
        var azY = cosLat * sinDLng;
        var azX = (FaceCosLat[face] * sinLat) - (FaceSinLat[face] * cosLat * cosDLng);
        var h = Math.Sqrt((azX * azX) + (azY * azY));
        var cosAz = azX / h;
        var sinAz = azY / h;

        // theta = axis (- ap7 for Class III) - azimuth
        var a = (res & 1) == 1 ? face + 20 : face;
        var cosTheta = (AxisCos[a] * cosAz) + (AxisSin[a] * sinAz);
        var sinTheta = (AxisSin[a] * cosAz) - (AxisCos[a] * sinAz);
        result.Coord = CoordIjk.FromHex2d(r * cosTheta, r * sinTheta);
        return result;
    }

    /// <summary>
    /// H3 _hex2dToGeo: the point at gnomonic distance |v| and azimuth axis - atan2(v) from the face centre.
    /// Evaluated with tan/(cos, sin) identities instead of atan/atan2/sin/cos (a few ulps from H3).
    /// </summary>
    public static void Hex2dToGeo(double vx, double vy, int face, int res, bool substrate, out double lat, out double lng)
    {
        var r = Math.Sqrt((vx * vx) + (vy * vy));
        if (r < Tables.Epsilon)
        {
            lat = Tables.FaceCenterGeo[face * 2];
            lng = Tables.FaceCenterGeo[(face * 2) + 1];
            return;
        }

        var cosTheta = vx / r;
        var sinTheta = vy / r;
        var t = r * InvScale[(res * 2) + (substrate ? 1 : 0)];
        var cosD = 1 / Math.Sqrt(1 + (t * t));
        var sinD = t * cosD;

        // azimuth = axis (- ap7 when a Class III centre) - theta
        var a = !substrate && (res & 1) == 1 ? face + 20 : face;
        var cosAz = (AxisCos[a] * cosTheta) + (AxisSin[a] * sinTheta);
        var sinAz = (AxisSin[a] * cosTheta) - (AxisCos[a] * sinTheta);

        var sinLat1 = FaceSinLat[face];
        var cosLat1 = FaceCosLat[face];
        var sinLat = (sinLat1 * cosD) + (cosLat1 * sinD * cosAz);
        sinLat = Math.Clamp(sinLat, -1.0, 1.0);
        lat = Math.Asin(sinLat);
        const double halfPi = Math.PI / 2;
        if (Math.Abs(lat - halfPi) < Tables.Epsilon)
        {
            lat = halfPi;
            lng = 0.0;
            return;
        }

        if (Math.Abs(lat + halfPi) < Tables.Epsilon)
        {
            lat = -halfPi;
            lng = 0.0;
            return;
        }

        lng = ConstrainLng(Tables.FaceCenterGeo[(face * 2) + 1] +
                           Math.Atan2(sinAz * sinD * cosLat1, cosD - (sinLat1 * sinLat)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ConstrainLng(double lng)
    {
        while (lng > Math.PI)
        {
            lng -= 2 * Math.PI;
        }

        while (lng < -Math.PI)
        {
            lng += 2 * Math.PI;
        }

        return lng;
    }

    public readonly void ToGeo(int res, out double lat, out double lng)
    {
        Coord.ToHex2d(out var x, out var y);
        Hex2dToGeo(x, y, Face, res, false, out lat, out lng);
    }

    // ---------- index <-> FaceIJK ----------

    public static ulong ToH3(in FaceIjk fijk, int res)
    {
        var h = IndexMath.SetResolution(IndexMath.CellInit, res);
        if (res == 0)
        {
            if (fijk.Coord.I > 2 || fijk.Coord.J > 2 || fijk.Coord.K > 2)
            {
                return 0;
            }

            return IndexMath.SetBaseCell(h, BaseCellOf(fijk.Face, fijk.Coord));
        }

        // Same steps as H3 (upAp7/upAp7r with lround, re-descend, digit = difference) in (i - k, j - k) form.
        var a = fijk.Coord.I - fijk.Coord.K;
        var b = fijk.Coord.J - fijk.Coord.K;
        for (var r = res - 1; r >= 0; r--)
        {
            int pa, pb, ca, cb;
            if (((r + 1) & 1) == 1)
            {
                pa = LRound(((a * 3) - b) * Tables.OneSeventh);
                pb = LRound((a + (b * 2)) * Tables.OneSeventh);
                ca = (2 * pa) + pb;
                cb = (3 * pb) - pa;
            }
            else
            {
                pa = LRound(((a * 2) + b) * Tables.OneSeventh);
                pb = LRound(((b * 3) - a) * Tables.OneSeventh);
                ca = (3 * pa) - pb;
                cb = pa + (2 * pb);
            }

            h = IndexMath.SetDigit(h, r + 1, DigitOfIj(a - ca, b - cb));
            a = pa;
            b = pb;
        }

        var ijk = new CoordIjk(a, b, 0);
        ijk.Normalize();
        if (ijk.I > 2 || ijk.J > 2 || ijk.K > 2)
        {
            return 0;
        }

        var baseCell = BaseCellOf(fijk.Face, ijk);
        h = IndexMath.SetBaseCell(h, baseCell);
        var numRots = BaseCellRotOf(fijk.Face, ijk);
        if (IndexMath.IsBaseCellPentagon(baseCell))
        {
            if (IndexMath.LeadingNonZeroDigit(h) == 1)
            {
                h = BaseCellIsCwOffset(baseCell, fijk.Face) ? IndexMath.Rotate60Cw(h) : IndexMath.Rotate60Ccw(h);
            }

            for (var i = 0; i < numRots; i++)
            {
                h = IndexMath.RotatePent60Ccw(h);
            }
        }
        else
        {
            for (var i = 0; i < numRots; i++)
            {
                h = IndexMath.Rotate60Ccw(h);
            }
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BaseCellOf(int face, in CoordIjk c) =>
        Tables.FaceIjkBaseCells[((((face * 3) + c.I) * 3 + c.J) * 3 + c.K) * 2];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BaseCellRotOf(int face, in CoordIjk c) =>
        Tables.FaceIjkBaseCells[(((((face * 3) + c.I) * 3 + c.J) * 3 + c.K) * 2) + 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BaseCellIsCwOffset(int baseCell, int face) =>
        Tables.BaseCellData[(baseCell * 7) + 5] == face || Tables.BaseCellData[(baseCell * 7) + 6] == face;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FaceIjk BaseCellHome(int baseCell)
    {
        var d = Tables.BaseCellData;
        var o = baseCell * 7;
        FaceIjk f;
        f.Face = d[o];
        f.Coord = new CoordIjk(d[o + 1], d[o + 2], d[o + 3]);
        return f;
    }

    // digit of a unit vector given as (i - k, j - k), indexed by (di + 1) * 3 + (dj + 1)
    private static ReadOnlySpan<byte> IjDigits => [1, 3, 7, 5, 0, 2, 7, 4, 6];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DigitOfIj(int di, int dj) =>
        (uint)(di + 1) < 3 && (uint)(dj + 1) < 3 ? IjDigits[((di + 1) * 3) + dj + 1] : 7;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LRound(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    private static ReadOnlySpan<sbyte> DigitDa => [0, -1, 0, -1, 1, 0, 1, 0];

    private static ReadOnlySpan<sbyte> DigitDb => [0, -1, 1, 0, 0, -1, 1, 0];

    /// <summary>Walks the digits down from the base-cell coordinates; returns whether an overage is possible.</summary>
    public static bool FromH3WithInitializedFijk(ulong h, ref FaceIjk fijk)
    {
        var res = IndexMath.GetResolution(h);
        var possibleOverage = true;
        if (!IndexMath.IsBaseCellPentagon(IndexMath.GetBaseCell(h)) &&
            (res == 0 || (fijk.Coord.I == 0 && fijk.Coord.J == 0 && fijk.Coord.K == 0)))
        {
            possibleOverage = false;
        }

        // H3 normalises after every step; the maps are linear on ijk classes, so the walk runs in the
        // unique (i - k, j - k) form and normalises once (same result, bounded magnitudes).
        var a = fijk.Coord.I - fijk.Coord.K;
        var b = fijk.Coord.J - fijk.Coord.K;
        var shift = 42;
        for (var r = 1; r <= res; r++, shift -= 3)
        {
            int na, nb;
            if ((r & 1) == 1)
            {
                na = (2 * a) + b; // downAp7
                nb = (3 * b) - a;
            }
            else
            {
                na = (3 * a) - b; // downAp7r
                nb = a + (2 * b);
            }

            // unit vector of the digit in (i - k, j - k) form; table lookup avoids unpredictable branches
            var digit = (int)((h >> shift) & 7);
            na += DigitDa[digit];
            nb += DigitDb[digit];

            a = na;
            b = nb;
        }

        fijk.Coord = new CoordIjk(a, b, 0);
        fijk.Coord.Normalize();

        return possibleOverage;
    }

    public static FaceIjk FromH3(ulong h)
    {
        var baseCell = IndexMath.GetBaseCell(h);
        if (IndexMath.IsBaseCellPentagon(baseCell) && IndexMath.LeadingNonZeroDigit(h) == 5)
        {
            h = IndexMath.Rotate60Cw(h);
        }

        var fijk = BaseCellHome(baseCell);
        if (!FromH3WithInitializedFijk(h, ref fijk))
        {
            return fijk;
        }

        var origIjk = fijk.Coord;
        var res = IndexMath.GetResolution(h);
        if ((res & 1) == 1)
        {
            fijk.Coord.DownAp7R();
            res++;
        }

        var pentLeading4 = IndexMath.IsBaseCellPentagon(baseCell) && IndexMath.LeadingNonZeroDigit(h) == 4;
        if (AdjustOverageClassII(ref fijk, res, pentLeading4, false) != NoOverage)
        {
            if (IndexMath.IsBaseCellPentagon(baseCell))
            {
                while (AdjustOverageClassII(ref fijk, res, false, false) != NoOverage)
                {
                }
            }

            if (res != IndexMath.GetResolution(h))
            {
                fijk.Coord.UpAp7R();
            }
        }
        else if (res != IndexMath.GetResolution(h))
        {
            fijk.Coord = origIjk;
        }

        return fijk;
    }

    public static int AdjustOverageClassII(ref FaceIjk fijk, int res, bool pentLeading4, bool substrate)
    {
        var overage = NoOverage;
        ref var ijk = ref fijk.Coord;
        var maxDim = Tables.MaxDimByCIIres[res];
        if (substrate)
        {
            maxDim *= 3;
        }

        var sum = ijk.I + ijk.J + ijk.K;
        if (substrate && sum == maxDim)
        {
            overage = FaceEdge;
        }
        else if (sum > maxDim)
        {
            overage = NewFace;
            int quadrant;
            if (ijk.K > 0)
            {
                if (ijk.J > 0)
                {
                    quadrant = Tables.JK;
                }
                else
                {
                    quadrant = Tables.KI;
                    if (pentLeading4)
                    {
                        // rotate about the pentagon centre to adjust for the missing sequence
                        var tmp = new CoordIjk(ijk.I - maxDim, ijk.J, ijk.K);
                        tmp.Normalize();
                        tmp.Rotate60Cw();
                        ijk = new CoordIjk(tmp.I + maxDim, tmp.J, tmp.K);
                        ijk.Normalize();
                    }
                }
            }
            else
            {
                quadrant = Tables.IJ;
            }

            var o = ((fijk.Face * 4) + quadrant) * 5;
            var fn = Tables.FaceNeighbors;
            fijk.Face = fn[o];
            for (var i = 0; i < fn[o + 4]; i++)
            {
                ijk.Rotate60Ccw();
            }

            var unitScale = Tables.UnitScaleByCIIres[res];
            if (substrate)
            {
                unitScale *= 3;
            }

            ijk.I += fn[o + 1] * unitScale;
            ijk.J += fn[o + 2] * unitScale;
            ijk.K += fn[o + 3] * unitScale;
            ijk.Normalize();

            if (substrate && ijk.I + ijk.J + ijk.K == maxDim)
            {
                overage = FaceEdge;
            }
        }

        return overage;
    }

    public static int AdjustPentVertOverage(ref FaceIjk fijk, int res)
    {
        int overage;
        do
        {
            overage = AdjustOverageClassII(ref fijk, res, false, true);
        }
        while (overage == NewFace);
        return overage;
    }
}
