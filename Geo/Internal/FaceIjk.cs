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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PosAngleRads(double rads)
    {
        var tmp = rads < 0.0 ? rads + Tables.M2Pi : rads;
        if (rads >= Tables.M2Pi)
        {
            tmp -= Tables.M2Pi;
        }

        return tmp;
    }

    public static void GeoToClosestFace(double lat, double lng, out int face, out double sqd)
    {
        var r = Math.Cos(lat);
        var z = Math.Sin(lat);
        var x = Math.Cos(lng) * r;
        var y = Math.Sin(lng) * r;

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

    public static FaceIjk FromGeo(double lat, double lng, int res)
    {
        GeoToClosestFace(lat, lng, out var face, out var sqd);
        var r = Math.Acos(1 - (sqd / 2));
        FaceIjk result;
        result.Face = face;
        if (r < Tables.Epsilon)
        {
            result.Coord = CoordIjk.FromHex2d(0.0, 0.0);
            return result;
        }

        var fLat = Tables.FaceCenterGeo[face * 2];
        var fLng = Tables.FaceCenterGeo[(face * 2) + 1];
        var theta = PosAngleRads(Tables.FaceAxesAzRadsCII0[face] - PosAngleRads(GeoAzimuthRads(fLat, fLng, lat, lng)));
        if ((res & 1) == 1)
        {
            theta = PosAngleRads(theta - Tables.Ap7RotRads);
        }

        r = Math.Tan(r);
        r /= Tables.Res0UGnomonic;
        for (var i = 0; i < res; i++)
        {
            r *= Tables.Sqrt7;
        }

        var (sin, cos) = Math.SinCos(theta);
        result.Coord = CoordIjk.FromHex2d(r * cos, r * sin);
        return result;
    }

    public static void Hex2dToGeo(double vx, double vy, int face, int res, bool substrate, out double lat, out double lng)
    {
        var r = Math.Sqrt((vx * vx) + (vy * vy));
        if (r < Tables.Epsilon)
        {
            lat = Tables.FaceCenterGeo[face * 2];
            lng = Tables.FaceCenterGeo[(face * 2) + 1];
            return;
        }

        var theta = Math.Atan2(vy, vx);
        for (var i = 0; i < res; i++)
        {
            r /= Tables.Sqrt7;
        }

        if (substrate)
        {
            r /= 3.0;
            if ((res & 1) == 1)
            {
                r /= Tables.Sqrt7;
            }
        }

        r *= Tables.Res0UGnomonic;
        r = Math.Atan(r);

        if (!substrate && (res & 1) == 1)
        {
            theta = PosAngleRads(theta + Tables.Ap7RotRads);
        }

        theta = PosAngleRads(Tables.FaceAxesAzRadsCII0[face] - theta);
        GeoAzDistanceRads(Tables.FaceCenterGeo[face * 2], Tables.FaceCenterGeo[(face * 2) + 1], theta, r, out lat, out lng);
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

    public static void GeoAzDistanceRads(double lat1, double lng1, double az, double distance, out double lat2, out double lng2)
    {
        if (distance < Tables.Epsilon)
        {
            lat2 = lat1;
            lng2 = lng1;
            return;
        }

        az = PosAngleRads(az);
        const double halfPi = Math.PI / 2;
        if (az < Tables.Epsilon || Math.Abs(az - Math.PI) < Tables.Epsilon)
        {
            lat2 = az < Tables.Epsilon ? lat1 + distance : lat1 - distance;
            if (Math.Abs(lat2 - halfPi) < Tables.Epsilon)
            {
                lat2 = halfPi;
                lng2 = 0.0;
            }
            else if (Math.Abs(lat2 + halfPi) < Tables.Epsilon)
            {
                lat2 = -halfPi;
                lng2 = 0.0;
            }
            else
            {
                lng2 = ConstrainLng(lng1);
            }

            return;
        }

        var (sinLat1, cosLat1) = Math.SinCos(lat1);
        var (sinD, cosD) = Math.SinCos(distance);
        var sinlat = (sinLat1 * cosD) + (cosLat1 * sinD * Math.Cos(az));
        if (sinlat > 1.0)
        {
            sinlat = 1.0;
        }

        if (sinlat < -1.0)
        {
            sinlat = -1.0;
        }

        lat2 = Math.Asin(sinlat);
        if (Math.Abs(lat2 - halfPi) < Tables.Epsilon)
        {
            lat2 = halfPi;
            lng2 = 0.0;
        }
        else if (Math.Abs(lat2 + halfPi) < Tables.Epsilon)
        {
            lat2 = -halfPi;
            lng2 = 0.0;
        }
        else
        {
            var cosLat2 = Math.Cos(lat2);
            var sinlng = Math.Sin(az) * sinD / cosLat2;
            var coslng = (cosD - (sinLat1 * Math.Sin(lat2))) / cosLat1 / cosLat2;
            if (sinlng > 1.0)
            {
                sinlng = 1.0;
            }

            if (sinlng < -1.0)
            {
                sinlng = -1.0;
            }

            if (coslng > 1.0)
            {
                coslng = 1.0;
            }

            if (coslng < -1.0)
            {
                coslng = -1.0;
            }

            lng2 = ConstrainLng(lng1 + Math.Atan2(sinlng, coslng));
        }
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

        var ijk = fijk.Coord;
        for (var r = res - 1; r >= 0; r--)
        {
            var last = ijk;
            CoordIjk lastCenter;
            if (((r + 1) & 1) == 1)
            {
                ijk.UpAp7();
                lastCenter = ijk;
                lastCenter.DownAp7();
            }
            else
            {
                ijk.UpAp7R();
                lastCenter = ijk;
                lastCenter.DownAp7R();
            }

            var diff = new CoordIjk(last.I - lastCenter.I, last.J - lastCenter.J, last.K - lastCenter.K);
            h = IndexMath.SetDigit(h, r + 1, diff.ToDigit());
        }

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

        for (var r = 1; r <= res; r++)
        {
            if ((r & 1) == 1)
            {
                fijk.Coord.DownAp7();
            }
            else
            {
                fijk.Coord.DownAp7R();
            }

            fijk.Coord.Neighbor(IndexMath.GetDigit(h, r));
        }

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
