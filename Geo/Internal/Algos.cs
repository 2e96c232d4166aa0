namespace Voisinage.Geo.Internal;

/// <summary>Grid traversal (algos.c) and local IJK coordinates (localij.c).</summary>
internal static class Algos
{
    public const int ErrSuccess = 0;
    public const int ErrFailed = 1;
    public const int ErrPentagon = 9;
    public const int ErrCellInvalid = 5;

    // J, JK, K, IK, I, IJ: counter-clockwise around the ring.
    private static ReadOnlySpan<byte> Directions => [2, 3, 1, 5, 4, 6];

    private const int NextRingDirection = 4;

    private static ReadOnlySpan<byte> NewDigitII =>
    [
        0, 1, 2, 3, 4, 5, 6,
        1, 4, 3, 6, 5, 2, 0,
        2, 3, 1, 4, 6, 0, 5,
        3, 6, 4, 5, 0, 1, 2,
        4, 5, 6, 0, 2, 3, 1,
        5, 2, 0, 1, 3, 6, 4,
        6, 0, 5, 2, 1, 4, 3,
    ];

    private static ReadOnlySpan<byte> NewAdjustmentII =>
    [
        0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 1, 0, 5, 0,
        0, 0, 2, 3, 0, 0, 2,
        0, 1, 3, 3, 0, 0, 0,
        0, 0, 0, 0, 4, 4, 6,
        0, 5, 0, 0, 4, 5, 0,
        0, 0, 2, 0, 6, 0, 6,
    ];

    private static ReadOnlySpan<byte> NewDigitIII =>
    [
        0, 1, 2, 3, 4, 5, 6,
        1, 2, 3, 4, 5, 6, 0,
        2, 3, 4, 5, 6, 0, 1,
        3, 4, 5, 6, 0, 1, 2,
        4, 5, 6, 0, 1, 2, 3,
        5, 6, 0, 1, 2, 3, 4,
        6, 0, 1, 2, 3, 4, 5,
    ];

    private static ReadOnlySpan<byte> NewAdjustmentIII =>
    [
        0, 0, 0, 0, 0, 0, 0,
        0, 1, 0, 3, 0, 1, 0,
        0, 0, 2, 2, 0, 0, 6,
        0, 3, 2, 3, 0, 0, 0,
        0, 0, 0, 0, 4, 5, 4,
        0, 1, 0, 0, 5, 5, 0,
        0, 0, 6, 0, 4, 0, 6,
    ];

    /// <summary>H3 h3NeighborRotations: the neighbour of origin in direction dir, tracking face-crossing rotations.</summary>
    public static int NeighborRotations(ulong origin, int dir, ref int rotations, out ulong result)
    {
        var current = origin;
        result = 0;
        rotations %= 6;
        for (var i = 0; i < rotations; i++)
        {
            dir = IndexMath.Rotate60Ccw(dir);
        }

        var newRotations = 0;
        var oldBaseCell = IndexMath.GetBaseCell(current);
        if (oldBaseCell >= Tables.NumBaseCells)
        {
            return ErrCellInvalid;
        }

        var oldLeadingDigit = IndexMath.LeadingNonZeroDigit(current);
        var r = IndexMath.GetResolution(current) - 1;
        while (true)
        {
            if (r == -1)
            {
                int nbc = Tables.BaseCellNeighbors[(oldBaseCell * 7) + dir];
                newRotations = Tables.BaseCellNeighbor60CCWRots[(oldBaseCell * 7) + dir];
                if (nbc == Tables.InvalidBaseCell)
                {
                    // deleted k vertex at the base cell level: this edge borders the IK neighbour
                    nbc = Tables.BaseCellNeighbors[(oldBaseCell * 7) + 5];
                    newRotations = Tables.BaseCellNeighbor60CCWRots[(oldBaseCell * 7) + 5];
                    current = IndexMath.SetBaseCell(current, nbc);
                    current = IndexMath.Rotate60Ccw(current);
                    rotations++;
                }
                else
                {
                    current = IndexMath.SetBaseCell(current, nbc);
                }

                break;
            }

            var oldDigit = IndexMath.GetDigit(current, r + 1);
            int nextDir;
            if (oldDigit == 7)
            {
                return ErrCellInvalid;
            }

            if (((r + 1) & 1) == 1)
            {
                current = IndexMath.SetDigit(current, r + 1, NewDigitII[(oldDigit * 7) + dir]);
                nextDir = NewAdjustmentII[(oldDigit * 7) + dir];
            }
            else
            {
                current = IndexMath.SetDigit(current, r + 1, NewDigitIII[(oldDigit * 7) + dir]);
                nextDir = NewAdjustmentIII[(oldDigit * 7) + dir];
            }

            if (nextDir != 0)
            {
                dir = nextDir;
                r--;
            }
            else
            {
                break;
            }
        }

        var newBaseCell = IndexMath.GetBaseCell(current);
        if (IndexMath.IsBaseCellPentagon(newBaseCell))
        {
            var alreadyAdjustedKSubsequence = false;
            if (IndexMath.LeadingNonZeroDigit(current) == 1)
            {
                if (oldBaseCell != newBaseCell)
                {
                    current = FaceIjk.BaseCellIsCwOffset(newBaseCell, Tables.BaseCellData[oldBaseCell * 7])
                        ? IndexMath.Rotate60Cw(current)
                        : IndexMath.Rotate60Ccw(current);
                    alreadyAdjustedKSubsequence = true;
                }
                else
                {
                    switch (oldLeadingDigit)
                    {
                        case 0:
                            return ErrPentagon;
                        case 3:
                            current = IndexMath.Rotate60Ccw(current);
                            rotations++;
                            break;
                        case 5:
                            current = IndexMath.Rotate60Cw(current);
                            rotations += 5;
                            break;
                        default:
                            return ErrFailed;
                    }
                }
            }

            for (var i = 0; i < newRotations; i++)
            {
                current = IndexMath.RotatePent60Ccw(current);
            }

            if (oldBaseCell != newBaseCell)
            {
                if (IndexMath.IsBaseCellPolarPentagon(newBaseCell))
                {
                    if (oldBaseCell != 118 && oldBaseCell != 8 && IndexMath.LeadingNonZeroDigit(current) != 3)
                    {
                        rotations++;
                    }
                }
                else if (IndexMath.LeadingNonZeroDigit(current) == 5 && !alreadyAdjustedKSubsequence)
                {
                    rotations++;
                }
            }
        }
        else
        {
            for (var i = 0; i < newRotations; i++)
            {
                current = IndexMath.Rotate60Ccw(current);
            }
        }

        rotations = (rotations + newRotations) % 6;
        result = current;
        return ErrSuccess;
    }

    public static long MaxGridDiskSize(int k) => (3L * k * (k + 1L)) + 1;

    /// <summary>gridDiskDistancesUnsafe: fills output in ring order; returns false on pentagon/distortion.</summary>
    public static bool GridDiskUnsafe(ulong origin, int k, Span<ulong> output)
    {
        var idx = 0;
        output[idx++] = origin;
        if (IndexMath.IsPentagon(origin))
        {
            return false;
        }

        var ring = 1;
        var direction = 0;
        var i = 0;
        var rotations = 0;
        while (ring <= k)
        {
            if (direction == 0 && i == 0)
            {
                if (NeighborRotations(origin, NextRingDirection, ref rotations, out origin) != ErrSuccess)
                {
                    return false;
                }

                if (IndexMath.IsPentagon(origin))
                {
                    return false;
                }
            }

            if (NeighborRotations(origin, Directions[direction], ref rotations, out origin) != ErrSuccess)
            {
                return false;
            }

            output[idx++] = origin;
            i++;
            if (i == ring)
            {
                i = 0;
                direction++;
                if (direction == 6)
                {
                    direction = 0;
                    ring++;
                }
            }

            if (IndexMath.IsPentagon(origin))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Breadth-first fallback (_gridDiskDistancesInternal) for disks touching pentagons. Returns the count written.</summary>
    public static int GridDiskSafe(ulong origin, int k, Span<ulong> output)
    {
        var maxIdx = (int)MaxGridDiskSize(k);
        var seen = new HashSet<ulong>(maxIdx) { origin };
        var queue = new Queue<(ulong Cell, int Dist)>();
        queue.Enqueue((origin, 0));
        var count = 0;
        output[count++] = origin;
        while (queue.Count > 0)
        {
            var (cell, dist) = queue.Dequeue();
            if (dist == k)
            {
                continue;
            }

            for (var d = 0; d < 6; d++)
            {
                var rotations = 0;
                var err = NeighborRotations(cell, Directions[d], ref rotations, out var next);
                if (err == ErrPentagon)
                {
                    continue;
                }

                if (err != ErrSuccess)
                {
                    throw new H3Exception("gridDisk failed on an invalid cell.");
                }

                if (seen.Add(next))
                {
                    output[count++] = next;
                    queue.Enqueue((next, dist + 1));
                }
            }
        }

        return count;
    }

    // ---------- local IJK ----------

    private static ReadOnlySpan<sbyte> PentagonRotations =>
    [
        0, -1, 0, 0, 0, 0, 0,
        -1, -1, -1, -1, -1, -1, -1,
        0, -1, 0, 0, 0, 1, 0,
        0, -1, 0, 0, 1, 1, 0,
        0, -1, 0, 5, 0, 0, 0,
        0, -1, 5, 5, 0, 0, 0,
        0, -1, 0, 0, 0, 0, 0,
    ];

    private static ReadOnlySpan<byte> FailedDirections =>
    [
        0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 1, 0,
        0, 0, 0, 0, 1, 0, 1,
        0, 0, 1, 1, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 1,
        0, 0, 0, 1, 0, 1, 0,
    ];

    private static int BaseCellDirection(int originBaseCell, int neighboringBaseCell)
    {
        for (var dir = 0; dir < 7; dir++)
        {
            if (Tables.BaseCellNeighbors[(originBaseCell * 7) + dir] == neighboringBaseCell)
            {
                return dir;
            }
        }

        return 7;
    }

    /// <summary>cellToLocalIjk: coordinates of h3 in origin's base-cell frame; false where H3 fails.</summary>
    public static bool CellToLocalIjk(ulong origin, ulong h3, out CoordIjk result)
    {
        result = default;
        var res = IndexMath.GetResolution(origin);
        var originBaseCell = IndexMath.GetBaseCell(origin);
        var baseCell = IndexMath.GetBaseCell(h3);

        var dir = 0;
        var revDir = 0;
        if (originBaseCell != baseCell)
        {
            dir = BaseCellDirection(originBaseCell, baseCell);
            if (dir == 7)
            {
                return false;
            }

            revDir = BaseCellDirection(baseCell, originBaseCell);
        }

        var originOnPent = IndexMath.IsBaseCellPentagon(originBaseCell);
        var indexOnPent = IndexMath.IsBaseCellPentagon(baseCell);

        if (dir != 0)
        {
            int baseCellRotations = Tables.BaseCellNeighbor60CCWRots[(originBaseCell * 7) + dir];
            if (indexOnPent)
            {
                for (var i = 0; i < baseCellRotations; i++)
                {
                    h3 = IndexMath.RotatePent60Cw(h3);
                    revDir = IndexMath.Rotate60Cw(revDir);
                    if (revDir == 1)
                    {
                        revDir = IndexMath.Rotate60Cw(revDir);
                    }
                }
            }
            else
            {
                for (var i = 0; i < baseCellRotations; i++)
                {
                    h3 = IndexMath.Rotate60Cw(h3);
                    revDir = IndexMath.Rotate60Cw(revDir);
                }
            }
        }

        FaceIjk indexFijk = default;
        FaceIjk.FromH3WithInitializedFijk(h3, ref indexFijk);

        if (dir != 0)
        {
            var pentagonRotations = 0;
            var directionRotations = 0;
            if (originOnPent)
            {
                var originLeadingDigit = IndexMath.LeadingNonZeroDigit(origin);
                if (FailedDirections[(originLeadingDigit * 7) + dir] != 0)
                {
                    return false;
                }

                directionRotations = PentagonRotations[(originLeadingDigit * 7) + dir];
                pentagonRotations = directionRotations;
            }
            else if (indexOnPent)
            {
                var indexLeadingDigit = IndexMath.LeadingNonZeroDigit(h3);
                if (FailedDirections[(indexLeadingDigit * 7) + revDir] != 0)
                {
                    return false;
                }

                pentagonRotations = PentagonRotations[(revDir * 7) + indexLeadingDigit];
            }

            for (var i = 0; i < pentagonRotations; i++)
            {
                indexFijk.Coord.Rotate60Cw();
            }

            var offset = default(CoordIjk);
            offset.Neighbor(dir);
            for (var r = res - 1; r >= 0; r--)
            {
                if (((r + 1) & 1) == 1)
                {
                    offset.DownAp7();
                }
                else
                {
                    offset.DownAp7R();
                }
            }

            for (var i = 0; i < directionRotations; i++)
            {
                offset.Rotate60Cw();
            }

            indexFijk.Coord.I += offset.I;
            indexFijk.Coord.J += offset.J;
            indexFijk.Coord.K += offset.K;
            indexFijk.Coord.Normalize();
        }
        else if (originOnPent && indexOnPent)
        {
            var originLeadingDigit = IndexMath.LeadingNonZeroDigit(origin);
            var indexLeadingDigit = IndexMath.LeadingNonZeroDigit(h3);
            if (FailedDirections[(originLeadingDigit * 7) + indexLeadingDigit] != 0)
            {
                return false;
            }

            int withinPentagonRotations = PentagonRotations[(originLeadingDigit * 7) + indexLeadingDigit];
            for (var i = 0; i < withinPentagonRotations; i++)
            {
                indexFijk.Coord.Rotate60Cw();
            }
        }

        result = indexFijk.Coord;
        return true;
    }
}
