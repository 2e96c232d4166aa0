using System.Runtime.CompilerServices;

namespace Voisinage.Geo.Internal;

/// <summary>IJK hex coordinates (H3 coordijk.c).</summary>
internal struct CoordIjk
{
    public int I;
    public int J;
    public int K;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CoordIjk(int i, int j, int k)
    {
        I = i;
        J = j;
        K = k;
    }

    // UNIT_VECS indexed by digit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CoordIjk UnitVec(int digit) => digit switch
    {
        1 => new CoordIjk(0, 0, 1),
        2 => new CoordIjk(0, 1, 0),
        3 => new CoordIjk(0, 1, 1),
        4 => new CoordIjk(1, 0, 0),
        5 => new CoordIjk(1, 0, 1),
        6 => new CoordIjk(1, 1, 0),
        _ => default,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Normalize()
    {
        if (I < 0)
        {
            J -= I;
            K -= I;
            I = 0;
        }

        if (J < 0)
        {
            I -= J;
            K -= J;
            J = 0;
        }

        if (K < 0)
        {
            I -= K;
            J -= K;
            K = 0;
        }

        var min = I;
        if (J < min)
        {
            min = J;
        }

        if (K < min)
        {
            min = K;
        }

        if (min > 0)
        {
            I -= min;
            J -= min;
            K -= min;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LRound(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    // Parent in a clockwise aperture 7 grid.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void UpAp7R()
    {
        var i = I - K;
        var j = J - K;
        I = LRound(((2 * i) + j) * Tables.OneSeventh);
        J = LRound(((3 * j) - i) * Tables.OneSeventh);
        K = 0;
        Normalize();
    }

    // Linear maps below expand _ijkScale/_ijkAdd of the H3 unit-vector images.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DownAp7()
    {
        // i {3,0,1}, j {1,3,0}, k {0,1,3}
        int i = I, j = J, k = K;
        I = (3 * i) + j;
        J = (3 * j) + k;
        K = i + (3 * k);
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DownAp7R()
    {
        // i {3,1,0}, j {0,3,1}, k {1,0,3}
        int i = I, j = J, k = K;
        I = (3 * i) + k;
        J = i + (3 * j);
        K = j + (3 * k);
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DownAp3()
    {
        // i {2,0,1}, j {1,2,0}, k {0,1,2}
        int i = I, j = J, k = K;
        I = (2 * i) + j;
        J = (2 * j) + k;
        K = i + (2 * k);
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DownAp3R()
    {
        // i {2,1,0}, j {0,2,1}, k {1,0,2}
        int i = I, j = J, k = K;
        I = (2 * i) + k;
        J = i + (2 * j);
        K = j + (2 * k);
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Rotate60Ccw()
    {
        // i {1,1,0}, j {0,1,1}, k {1,0,1}
        int i = I, j = J, k = K;
        I = i + k;
        J = i + j;
        K = j + k;
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Rotate60Cw()
    {
        // i {1,0,1}, j {1,1,0}, k {0,1,1}
        int i = I, j = J, k = K;
        I = i + j;
        J = j + k;
        K = i + k;
        Normalize();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Neighbor(int digit)
    {
        if (digit > 0 && digit < 7)
        {
            var u = UnitVec(digit);
            I += u.I;
            J += u.J;
            K += u.K;
            Normalize();
        }
    }

    public static int Distance(in CoordIjk a, in CoordIjk b)
    {
        var d = new CoordIjk(a.I - b.I, a.J - b.J, a.K - b.K);
        d.Normalize();
        return Math.Max(Math.Abs(d.I), Math.Max(Math.Abs(d.J), Math.Abs(d.K)));
    }

    /// <summary>Planar hex2d coordinates of the cell centre (H3 _ijkToHex2d).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void ToHex2d(out double x, out double y)
    {
        var i = I - K;
        var j = J - K;
        x = i - (0.5 * j);
        y = j * Tables.Sqrt3Over2;
    }

    /// <summary>Containing hex of a 2D point (H3 _hex2dToCoordIJK, from DGGRID).</summary>
    public static CoordIjk FromHex2d(double vx, double vy)
    {
        CoordIjk h = default;
        var a1 = Math.Abs(vx);
        var a2 = Math.Abs(vy);

        var x2 = a2 * Tables.RSin60;
        var x1 = a1 + (x2 / 2.0);

        var m1 = (int)x1;
        var m2 = (int)x2;

        var r1 = x1 - m1;
        var r2 = x2 - m2;

        if (r1 < 0.5)
        {
            if (r1 < 1.0 / 3.0)
            {
                h.I = m1;
                h.J = r2 < (1.0 + r1) / 2.0 ? m2 : m2 + 1;
            }
            else
            {
                h.J = r2 < (1.0 - r1) ? m2 : m2 + 1;
                h.I = ((1.0 - r1) <= r2 && r2 < (2.0 * r1)) ? m1 + 1 : m1;
            }
        }
        else
        {
            if (r1 < 2.0 / 3.0)
            {
                h.J = r2 < (1.0 - r1) ? m2 : m2 + 1;
                h.I = ((2.0 * r1) - 1.0 < r2 && r2 < (1.0 - r1)) ? m1 : m1 + 1;
            }
            else
            {
                h.I = m1 + 1;
                h.J = r2 < (r1 / 2.0) ? m2 : m2 + 1;
            }
        }

        // fold across the axes if necessary
        if (vx < 0.0)
        {
            if ((h.J % 2) == 0)
            {
                long axisi = h.J / 2;
                var diff = h.I - axisi;
                h.I = (int)(h.I - (2.0 * diff));
            }
            else
            {
                long axisi = (h.J + 1) / 2;
                var diff = h.I - axisi;
                h.I = (int)(h.I - ((2.0 * diff) + 1));
            }
        }

        if (vy < 0.0)
        {
            h.I -= ((2 * h.J) + 1) / 2;
            h.J = -1 * h.J;
        }

        h.Normalize();
        return h;
    }
}
