using System.Numerics;
using System.Runtime.CompilerServices;

namespace Voisinage.Geo.Internal;

/// <summary>Bit-level H3 index helpers (h3Index.c).</summary>
internal static class IndexMath
{
    public const int ModeOffset = 59;
    public const int ResOffset = 52;
    public const int BaseCellOffset = 45;
    public const ulong H3Init = 35184372088831UL; // all 15 digits set to 7
    public const ulong ResMask = 15UL << ResOffset;
    public const ulong BaseCellMask = 127UL << BaseCellOffset;
    public const ulong ReservedMask = 7UL << 56;

    // Cell mode (1) at bit 59, all digits 7.
    public const ulong CellInit = (1UL << ModeOffset) | H3Init;

    private static ReadOnlySpan<byte> Ccw => [0, 5, 3, 1, 6, 4, 2, 7];

    private static ReadOnlySpan<byte> Cw => [0, 3, 6, 2, 5, 1, 4, 7];

    // isPentagon flags from baseCellData, padded to 128 so any 7-bit base cell number indexes safely.
    private static readonly bool[] PentagonBaseCells = BuildPentagonFlags();

    private static bool[] BuildPentagonFlags()
    {
        var flags = new bool[128];
        for (var bc = 0; bc < Tables.NumBaseCells; bc++)
        {
            flags[bc] = Tables.BaseCellData[(bc * 7) + 4] != 0;
        }

        return flags;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetResolution(ulong h) => (int)((h >> ResOffset) & 15);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetBaseCell(ulong h) => (int)((h >> BaseCellOffset) & 127);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SetResolution(ulong h, int res) => (h & ~ResMask) | ((ulong)res << ResOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SetBaseCell(ulong h, int bc) => (h & ~BaseCellMask) | ((ulong)bc << BaseCellOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetDigit(ulong h, int r) => (int)((h >> ((15 - r) * 3)) & 7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SetDigit(ulong h, int r, int digit)
    {
        var shift = (15 - r) * 3;
        return (h & ~(7UL << shift)) | ((ulong)digit << shift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBaseCellPentagon(int bc) => PentagonBaseCells[bc & 127];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBaseCellPolarPentagon(int bc) => bc == 4 || bc == 117;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Rotate60Ccw(int digit) => Ccw[digit];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Rotate60Cw(int digit) => Cw[digit];

    /// <summary>First non-zero digit from resolution 1 down, 0 if all are 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LeadingNonZeroDigit(ulong h)
    {
        var res = GetResolution(h);
        if (res == 0)
        {
            return 0;
        }

        // The digits 1..res occupy bits [3*(15-res), 45); the highest set bit tells the first non-zero digit.
        var shift = 3 * (15 - res);
        var digits = (h & ((1UL << 45) - 1)) >> shift;
        if (digits == 0)
        {
            return 0;
        }

        var top = 63 - BitOperations.LeadingZeroCount(digits);
        var digitFromLow = top / 3; // 0-based from the finest digit
        return (int)((digits >> (digitFromLow * 3)) & 7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPentagon(ulong h) => IsBaseCellPentagon(GetBaseCell(h)) && LeadingNonZeroDigit(h) == 0;

    public static ulong Rotate60Ccw(ulong h)
    {
        var res = GetResolution(h);
        for (var r = 1; r <= res; r++)
        {
            h = SetDigit(h, r, Ccw[GetDigit(h, r)]);
        }

        return h;
    }

    public static ulong Rotate60Cw(ulong h)
    {
        var res = GetResolution(h);
        for (var r = 1; r <= res; r++)
        {
            h = SetDigit(h, r, Cw[GetDigit(h, r)]);
        }

        return h;
    }

    public static ulong RotatePent60Ccw(ulong h)
    {
        // skips the deleted k-axes subsequence
        var found = false;
        var res = GetResolution(h);
        for (var r = 1; r <= res; r++)
        {
            h = SetDigit(h, r, Ccw[GetDigit(h, r)]);
            if (!found && GetDigit(h, r) != 0)
            {
                found = true;
                if (LeadingNonZeroDigit(h) == 1)
                {
                    h = Rotate60Ccw(h);
                }
            }
        }

        return h;
    }

    public static ulong RotatePent60Cw(ulong h)
    {
        var found = false;
        var res = GetResolution(h);
        for (var r = 1; r <= res; r++)
        {
            h = SetDigit(h, r, Cw[GetDigit(h, r)]);
            if (!found && GetDigit(h, r) != 0)
            {
                found = true;
                if (LeadingNonZeroDigit(h) == 1)
                {
                    h = Rotate60Cw(h);
                }
            }
        }

        return h;
    }

    /// <summary>H3 v4 isValidCell, bit tricks included.</summary>
    public static bool IsValidCell(ulong h)
    {
        if ((h >> 56) != 0b00001000)
        {
            return false;
        }

        var res = GetResolution(h);
        var bc = GetBaseCell(h);
        if (bc >= Tables.NumBaseCells)
        {
            return false;
        }

        // any digit 7 up to res
        const ulong mhi = 0b100100100100100100100100100100100100100100100UL;
        const ulong mlo = mhi >> 2;
        var shift = 3 * (15 - res);
        var t = (h >> shift) << shift;
        if ((t & mhi & (~t - mlo)) != 0)
        {
            return false;
        }

        // all unused digits must be 7
        if (res < 15)
        {
            var s = 19 + (3 * res);
            var u = (~h << s) >> s;
            if (u != 0)
            {
                return false;
            }
        }

        // pentagon deleted subsequence: first non-zero digit can't be 1
        if (IsBaseCellPentagon(bc))
        {
            var d = (h << 19) >> 19;
            if (d != 0 && (63 - BitOperations.LeadingZeroCount(d)) % 3 == 0)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Parent(ulong h, int parentRes)
    {
        var childRes = GetResolution(h);
        var p = SetResolution(h, parentRes);

        // set digits parentRes+1..childRes to 7
        var lowShift = 3 * (15 - childRes);
        var count = 3 * (childRes - parentRes);
        if (count > 0)
        {
            var mask = ((1UL << count) - 1) << lowShift;
            p |= mask;
        }

        return p;
    }
}
