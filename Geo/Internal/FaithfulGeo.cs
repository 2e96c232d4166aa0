namespace Voisinage.Geo.Internal;

/// <summary>
/// H3 v4.5.0's exact floating-point sequence for cell boundaries and cell areas, as h3-js 4.5.0 runs it.
/// The operation order below is read off h3-js's asm.js build of libh3 (_hex2dToVec3, vec3ToLatLng,
/// geoLoopArea): v4.5.0 projects a hex2d point through a 3D tangent basis (no _geoAzDistanceRads), turns the
/// unit vector into (asin z, atan2(y, x)), and sums Cagnoli terms with Kahan compensation. The libm calls are
/// JavaScript's Math functions, i.e. V8's fdlibm (<see cref="Fdlibm"/>).
/// Why it matters: a Cagnoli term is ≈ Δlng·(1 + sin lat), of order the cell width, so the area of a small cell
/// is a difference of much larger terms; near the antimeridian (Δlng ≈ ±2π) or a pole they are O(1), and a
/// one-ulp change of a vertex longitude moves a resolution-15 area by several %. Only bit-identical vertices
/// reproduce h3-js there.
/// </summary>
internal static class FaithfulGeo
{
    // The constants exactly as the compiled library holds them.
    private const double RSqrt7 = 0.37796447300922725;
    private const double OneThird = 0.3333333333333333;
    private const double Res0UGnomonic = 0.381966011250105;
    private const double TwoPi = 6.283185307179586;
    private const double FourPi = 12.566370614359172;
    private const double QuarterPi = 0.7853981633974483;
    private const double Epsilon = 1.0e-16;

    /// <summary>EARTH_RADIUS_KM², folded to one constant in the library (cellAreaKm2 multiplies once).</summary>
    public const double EarthRadiusKm2 = 40589732.49931477;

    private static double PosAngleRads(double rads)
    {
        var tmp = rads < 0.0 ? rads + TwoPi : rads;
        return !(rads >= TwoPi) ? tmp : tmp + -TwoPi;
    }

    /// <summary>_hex2dToVec3 with substrate = 1, then vec3ToLatLng.</summary>
    public static void SubstrateHex2dToGeo(double vx, double vy, int face, int res, out double lat, out double lng)
    {
        var pts = Tables.FaceCenterPoint;
        var fx = pts[face * 3];
        var fy = pts[(face * 3) + 1];
        var fz = pts[(face * 3) + 2];

        var r = Math.Sqrt((vx * vx) + (vy * vy));
        if (r < Epsilon)
        {
            lat = Fdlibm.Asin(fz);
            lng = Fdlibm.Atan2(fy, fx);
            return;
        }

        var theta = Fdlibm.Atan2(vy, vx);
        for (var i = 0; i < res; i++)
        {
            r *= RSqrt7;
        }

        r *= OneThird;
        if ((res & 1) == 1)
        {
            r *= RSqrt7;
        }

        r = Fdlibm.Atan(r * Res0UGnomonic);
        theta = PosAngleRads(Tables.FaceAxesAzRadsCII0[face] - theta);

        // tangent basis at the face centre: north = normalize(northPole - (northPole·p) p), east = north × p
        var dot = -(fz + ((fx * 0.0) + (fy * 0.0)));
        var nx = (fx * dot) + 0.0;
        var ny = (fy * dot) + 0.0;
        var nz = (fz * dot) + 1.0;
        var mag = Math.Sqrt((nz * nz) + ((nx * nx) + (ny * ny)));
        var inv = mag > 0.0 ? 1.0 / mag : 0.0;
        nx *= inv;
        ny *= inv;
        nz *= inv;

        var cosT = Fdlibm.Cos(theta);
        var sinT = Fdlibm.Sin(theta);
        var cosR = Fdlibm.Cos(r);
        var sinR = Fdlibm.Sin(r);

        // cos(r)·p + sin(r)·(cos θ·north + sin θ·east)
        var x = (cosR * fx) + (sinR * ((cosT * nx) + (sinT * ((fz * ny) - (fy * nz)))));
        var y = (cosR * fy) + (sinR * ((cosT * ny) + (sinT * ((fx * nz) - (fz * nx)))));
        var z = (cosR * fz) + (sinR * ((cosT * nz) + (sinT * ((fy * nx) - (fx * ny)))));
        mag = Math.Sqrt((z * z) + ((x * x) + (y * y)));
        inv = mag > 0.0 ? 1.0 / mag : 0.0;
        x *= inv;
        y *= inv;
        z *= inv;

        lat = Fdlibm.Asin(z);
        lng = Fdlibm.Atan2(y, x);
    }

    /// <summary>cellAreaRads2: geoLoopArea over the faithful boundary.</summary>
    public static double CellAreaRads2(ulong h)
    {
        Span<double> v = stackalloc double[Boundary.MaxVerts * 2];
        var n = Boundary.CellBoundaryFaithful(h, v);
        return LoopAreaRads2(v[..(n * 2)]);
    }

    /// <summary>geoLoopArea over (lat, lng) radian pairs: Cagnoli terms, Kahan-compensated, and 4π added through the adder when negative.</summary>
    public static double LoopAreaRads2(ReadOnlySpan<double> latLng)
    {
        var n = latLng.Length / 2;
        double sum = 0.0, c = 0.0;
        for (var i = 0; i < n; i++)
        {
            var j = (i + 1) % n;
            KahanAdd(ref sum, ref c, Cagnoli(latLng[i * 2], latLng[(i * 2) + 1], latLng[j * 2], latLng[(j * 2) + 1]));
        }

        if (sum < 0.0)
        {
            KahanAdd(ref sum, ref c, FourPi);
        }

        return sum;
    }

    private static void KahanAdd(ref double sum, ref double c, double x)
    {
        var y = x - c;
        var t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }

    private static double Cagnoli(double xLat, double xLng, double yLat, double yLng)
    {
        xLat = (xLat * 0.5) + QuarterPi;
        yLat = (yLat * 0.5) + QuarterPi;
        var sa = Fdlibm.Sin(xLat) * Fdlibm.Sin(yLat);
        var d = yLng - xLng;
        return Fdlibm.Atan2(Fdlibm.Sin(d) * sa, (Fdlibm.Cos(xLat) * Fdlibm.Cos(yLat)) + (Fdlibm.Cos(d) * sa)) * -2.0;
    }
}
