namespace Voisinage.Geo.Internal;

/// <summary>
/// fdlibm 5.3 sin/cos/atan/atan2/asin, as V8 ships them (src/base/ieee754.cc) behind JavaScript's
/// Math.sin/cos/atan/atan2/asin. h3-js is an asm.js build of the C library whose libm calls are those
/// JavaScript functions, so reproducing h3-js to the last bit needs these rather than the platform libm
/// (which differs in the last bit for a few % of sin/cos and ~17 % of atan2 arguments).
/// Used only by the faithful cell-area path; the hot paths keep System.Math.
/// Range reduction covers |x| ≤ 2^19·π/2 (fdlibm's medium case); larger arguments, which H3 never
/// produces, fall back to System.Math.
/// </summary>
internal static class Fdlibm
{
    private static int High(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

    private static uint Low(double x) => (uint)BitConverter.DoubleToInt64Bits(x);

    private static double WithLowZero(double x) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & unchecked((long)0xFFFFFFFF00000000UL));

    // ---------- sin / cos ----------
    private const double S1 = -1.66666666666666324348e-01;
    private const double S2 = 8.33333333332248946124e-03;
    private const double S3 = -1.98412698298579493134e-04;
    private const double S4 = 2.75573137070700676789e-06;
    private const double S5 = -2.50507602534068634195e-08;
    private const double S6 = 1.58969099521155010221e-10;

    private const double C1 = 4.16666666666666019037e-02;
    private const double C2 = -1.38888888888741095749e-03;
    private const double C3 = 2.48015872894767294178e-05;
    private const double C4 = -2.75573143513906633035e-07;
    private const double C5 = 2.08757232129817482790e-09;
    private const double C6 = -1.13596475577881948265e-11;

    private static double KernelSin(double x, double y, bool yNonZero)
    {
        var ix = High(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int)x == 0)
        {
            return x;
        }

        var z = x * x;
        var v = z * x;
        var r = S2 + (z * (S3 + (z * (S4 + (z * (S5 + (z * S6)))))));
        return !yNonZero ? x + (v * (S1 + (z * r))) : x - (((z * ((0.5 * y) - (v * r))) - y) - (v * S1));
    }

    private static double KernelCos(double x, double y)
    {
        var ix = High(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int)x == 0)
        {
            return 1.0;
        }

        var z = x * x;
        var r = z * (C1 + (z * (C2 + (z * (C3 + (z * (C4 + (z * (C5 + (z * C6))))))))));
        if (ix < 0x3FD33333)
        {
            return 1.0 - ((0.5 * z) - ((z * r) - (x * y)));
        }

        var qx = ix > 0x3fe90000 ? 0.28125 : BitConverter.Int64BitsToDouble((long)(ix - 0x00200000) << 32);
        var hz = (0.5 * z) - qx;
        var a = 1.0 - qx;
        return a - (hz - ((z * r) - (x * y)));
    }

    private const double InvPio2 = 6.36619772367581382433e-01;
    private const double Pio2_1 = 1.57079632673412561417e+00;
    private const double Pio2_1t = 6.07710050650619224932e-11;
    private const double Pio2_2 = 6.07710050630396597660e-11;
    private const double Pio2_2t = 2.02226624879595063154e-21;
    private const double Pio2_3 = 2.02226624871116645580e-21;
    private const double Pio2_3t = 8.47842766036889956997e-32;

    private static ReadOnlySpan<int> Npio2Hw =>
    [
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    ];

    // __ieee754_rem_pio2 for pi/4 < |x| <= 2^19 pi/2; caller guarantees the range.
    private static int RemPio2(double x, out double y0, out double y1)
    {
        var hx = High(x);
        var ix = hx & 0x7fffffff;
        double z;
        if (ix < 0x4002d97c)
        {
            // |x| < 3pi/4, special case with n = +-1
            if (hx > 0)
            {
                z = x - Pio2_1;
                if (ix != 0x3ff921fb)
                {
                    y0 = z - Pio2_1t;
                    y1 = (z - y0) - Pio2_1t;
                }
                else
                {
                    z -= Pio2_2;
                    y0 = z - Pio2_2t;
                    y1 = (z - y0) - Pio2_2t;
                }

                return 1;
            }

            z = x + Pio2_1;
            if (ix != 0x3ff921fb)
            {
                y0 = z + Pio2_1t;
                y1 = (z - y0) + Pio2_1t;
            }
            else
            {
                z += Pio2_2;
                y0 = z + Pio2_2t;
                y1 = (z - y0) + Pio2_2t;
            }

            return -1;
        }

        var t = Math.Abs(x);
        var n = (int)((t * InvPio2) + 0.5);
        var fn = (double)n;
        var r = t - (fn * Pio2_1);
        var w = fn * Pio2_1t;
        if (n < 32 && ix != Npio2Hw[n - 1])
        {
            y0 = r - w;
        }
        else
        {
            var j = ix >> 20;
            y0 = r - w;
            var i = j - ((High(y0) >> 20) & 0x7ff);
            if (i > 16)
            {
                t = r;
                w = fn * Pio2_2;
                r = t - w;
                w = (fn * Pio2_2t) - ((t - r) - w);
                y0 = r - w;
                i = j - ((High(y0) >> 20) & 0x7ff);
                if (i > 49)
                {
                    t = r;
                    w = fn * Pio2_3;
                    r = t - w;
                    w = (fn * Pio2_3t) - ((t - r) - w);
                    y0 = r - w;
                }
            }
        }

        y1 = (r - y0) - w;
        if (hx < 0)
        {
            y0 = -y0;
            y1 = -y1;
            return -n;
        }

        return n;
    }

    public static double Sin(double x)
    {
        var ix = High(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb)
        {
            return KernelSin(x, 0.0, false);
        }

        if (ix > 0x413921fb)
        {
            return Math.Sin(x);
        }

        var n = RemPio2(x, out var y0, out var y1);
        return (n & 3) switch
        {
            0 => KernelSin(y0, y1, true),
            1 => KernelCos(y0, y1),
            2 => -KernelSin(y0, y1, true),
            _ => -KernelCos(y0, y1),
        };
    }

    public static double Cos(double x)
    {
        var ix = High(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb)
        {
            return KernelCos(x, 0.0);
        }

        if (ix > 0x413921fb)
        {
            return Math.Cos(x);
        }

        var n = RemPio2(x, out var y0, out var y1);
        return (n & 3) switch
        {
            0 => KernelCos(y0, y1),
            1 => -KernelSin(y0, y1, true),
            2 => -KernelCos(y0, y1),
            _ => KernelSin(y0, y1, true),
        };
    }

    // ---------- atan / atan2 ----------
    private static ReadOnlySpan<double> AtanHi => [4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00];

    private static ReadOnlySpan<double> AtanLo => [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17];

    private static ReadOnlySpan<double> AT =>
    [
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
        -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
        6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
        -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    ];

    public static double Atan(double x)
    {
        var hx = High(x);
        var ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000)
        {
            // |x| >= 2^66
            if (double.IsNaN(x))
            {
                return x + x;
            }

            return hx > 0 ? AtanHi[3] + AtanLo[3] : -AtanHi[3] - AtanLo[3];
        }

        if (ix < 0x3fdc0000)
        {
            // |x| < 0.4375
            if (ix < 0x3e400000)
            {
                return x;
            }

            id = -1;
        }
        else
        {
            x = Math.Abs(x);
            if (ix < 0x3ff30000)
            {
                if (ix < 0x3fe60000)
                {
                    id = 0;
                    x = ((2.0 * x) - 1.0) / (2.0 + x);
                }
                else
                {
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            }
            else if (ix < 0x40038000)
            {
                id = 2;
                x = (x - 1.5) / (1.0 + (1.5 * x));
            }
            else
            {
                id = 3;
                x = -1.0 / x;
            }
        }

        var z = x * x;
        var w = z * z;
        var at = AT;
        var s1 = z * (at[0] + (w * (at[2] + (w * (at[4] + (w * (at[6] + (w * (at[8] + (w * at[10]))))))))));
        var s2 = w * (at[1] + (w * (at[3] + (w * (at[5] + (w * (at[7] + (w * at[9]))))))));
        if (id < 0)
        {
            return x - (x * (s1 + s2));
        }

        z = AtanHi[id] - (((x * (s1 + s2)) - AtanLo[id]) - x);
        return hx < 0 ? -z : z;
    }

    private const double Tiny = 1.0e-300;
    private const double PiO2 = 1.5707963267948965580E+00;
    private const double Pi = 3.1415926535897931160E+00;
    private const double PiLo = 1.2246467991473531772E-16;

    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return x + y;
        }

        var hx = High(x);
        var ix = hx & 0x7fffffff;
        var lx = Low(x);
        var hy = High(y);
        var iy = hy & 0x7fffffff;
        var ly = Low(y);
        if (((hx - 0x3ff00000) | (int)lx) == 0)
        {
            return Atan(y); // x = 1.0
        }

        var m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | (int)ly) == 0)
        {
            return m switch
            {
                0 or 1 => y,
                2 => Pi + Tiny,
                _ => -Pi - Tiny,
            };
        }

        if ((ix | (int)lx) == 0)
        {
            return hy < 0 ? -PiO2 - Tiny : PiO2 + Tiny;
        }

        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return Math.Atan2(y, x);
        }

        var k = (iy - ix) >> 20;
        double z;
        if (k > 60)
        {
            z = PiO2 + (0.5 * PiLo);
            m &= 1;
        }
        else if (hx < 0 && k < -60)
        {
            z = 0.0;
        }
        else
        {
            z = Atan(Math.Abs(y / x));
        }

        return m switch
        {
            0 => z,
            1 => -z,
            2 => Pi - (z - PiLo),
            _ => (z - PiLo) - Pi,
        };
    }

    // ---------- asin ----------
    private const double Pio2Hi = 1.57079632679489655800e+00;
    private const double Pio2Lo = 6.12323399573676603587e-17;
    private const double Pio4Hi = 7.85398163397448278999e-01;
    private const double PS0 = 1.66666666666666657415e-01;
    private const double PS1 = -3.25565818622400915405e-01;
    private const double PS2 = 2.01212532134862925881e-01;
    private const double PS3 = -4.00555345006794114027e-02;
    private const double PS4 = 7.91534994289814532176e-04;
    private const double PS5 = 3.47933107596021167570e-05;
    private const double QS1 = -2.40339491173441421878e+00;
    private const double QS2 = 2.02094576023350569471e+00;
    private const double QS3 = -6.88283971605453293030e-01;
    private const double QS4 = 7.70381505559019352791e-02;

    public static double Asin(double x)
    {
        var hx = High(x);
        var ix = hx & 0x7fffffff;
        double t, w, p, q;
        if (ix >= 0x3ff00000)
        {
            if (((ix - 0x3ff00000) | (int)Low(x)) == 0)
            {
                return (x * Pio2Hi) + (x * Pio2Lo);
            }

            return double.NaN;
        }

        if (ix < 0x3fe00000)
        {
            if (ix < 0x3e400000)
            {
                return x;
            }

            t = x * x;
            p = t * (PS0 + (t * (PS1 + (t * (PS2 + (t * (PS3 + (t * (PS4 + (t * PS5))))))))));
            q = 1.0 + (t * (QS1 + (t * (QS2 + (t * (QS3 + (t * QS4)))))));
            w = p / q;
            return x + (x * w);
        }

        w = 1.0 - Math.Abs(x);
        t = w * 0.5;
        p = t * (PS0 + (t * (PS1 + (t * (PS2 + (t * (PS3 + (t * (PS4 + (t * PS5))))))))));
        q = 1.0 + (t * (QS1 + (t * (QS2 + (t * (QS3 + (t * QS4)))))));
        var s = Math.Sqrt(t);
        if (ix >= 0x3FEF3333)
        {
            w = p / q;
            t = Pio2Hi - ((2.0 * (s + (s * w))) - Pio2Lo);
        }
        else
        {
            w = WithLowZero(s);
            var c = (t - (w * w)) / (s + w);
            var r = p / q;
            p = (2.0 * s * r) - (Pio2Lo - (2.0 * c));
            q = Pio4Hi - (2.0 * w);
            t = Pio4Hi - (p - q);
        }

        return hx > 0 ? t : -t;
    }
}
