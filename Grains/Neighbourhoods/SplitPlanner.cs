using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Cuts a connected set of block cells into two connected halves whose member counts are as close as block
/// boundaries allow. Candidate cuts come from sweeps across six directions and from breadth-first orders (whose
/// prefixes are connected); a cut counts only if both sides are connected. If none is, the best breadth-first cut
/// is repaired by moving the other side's smaller pieces over, which keeps both sides connected.
/// </summary>
public static class SplitPlanner
{
    private const int CutsTriedPerOrder = 12;

    public sealed record Halves(IReadOnlySet<string> First, IReadOnlySet<string> Second);

    /// <param name="weights">Each block cell of the neighbourhood and its number of members.</param>
    public static Halves? Plan(IReadOnlyDictionary<string, int> weights)
    {
        if (weights.Count < 2)
        {
            return null;
        }

        var cells = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = cells.Length;
        var index = new Dictionary<string, int>(n);
        for (var i = 0; i < n; i++)
        {
            index[cells[i]] = i;
        }

        var neighbours = cells
            .Select(c => H3.GridDisk(H3Index.Parse(c), 1).Select(x => x.ToString()).Where(x => x != c && index.ContainsKey(x)).Select(x => index[x]).ToArray())
            .ToArray();
        var weight = cells.Select(c => weights[c]).ToArray();
        var total = weight.Sum();
        var centres = cells.Select(c => H3.CellToLatLng(H3Index.Parse(c))).ToArray();
        var shrink = Math.Cos(centres.Average(c => c.Lat) * Math.PI / 180);

        var orders = new List<int[]>();
        for (var a = 0; a < 6; a++)
        {
            var (sin, cos) = Math.SinCos(a * Math.PI / 6);
            var sweep = Enumerable.Range(0, n).OrderBy(i => (cos * centres[i].Lng * shrink) + (sin * centres[i].Lat)).ThenBy(i => i).ToArray();
            orders.Add(sweep);
            orders.Add(BreadthFirst(sweep[0], neighbours, n));
        }

        (long Imbalance, int CellGap)? bestScore = null;
        bool[]? best = null;
        foreach (var order in orders)
        {
            var prefix = new long[n];
            long running = 0;
            for (var k = 0; k < n; k++)
            {
                running += weight[order[k]];
                prefix[k] = running;
            }

            var cuts = Enumerable.Range(1, n - 1)
                .Select(k => (K: k, Score: (Math.Abs((2 * prefix[k - 1]) - total), Math.Abs((2 * k) - n))))
                .OrderBy(c => c.Score)
                .Take(CutsTriedPerOrder);
            foreach (var (k, score) in cuts)
            {
                if (bestScore is { } known && score.CompareTo(known) >= 0)
                {
                    break;
                }

                var side = new bool[n];
                for (var i = 0; i < k; i++)
                {
                    side[order[i]] = true;
                }

                if (Connected(side, true, neighbours) && Connected(side, false, neighbours))
                {
                    bestScore = score;
                    best = side;
                    break;
                }
            }
        }

        best ??= Repair(orders[1], weight, total, neighbours);
        if (best is null)
        {
            return null;
        }

        var first = new HashSet<string>();
        var second = new HashSet<string>();
        for (var i = 0; i < n; i++)
        {
            (best[i] ? first : second).Add(cells[i]);
        }

        return first.Count == 0 || second.Count == 0 ? null : new Halves(first, second);
    }

    private static bool[]? Repair(int[] breadthFirst, int[] weight, long total, int[][] neighbours)
    {
        var n = breadthFirst.Length;
        var side = new bool[n];
        long taken = 0;
        for (var k = 0; k < n - 1 && 2 * taken < total; k++)
        {
            side[breadthFirst[k]] = true;
            taken += weight[breadthFirst[k]];
        }

        // Every piece of the rest touches the first side (the whole was connected), so moving all but the
        // largest piece over keeps the first side connected and leaves the second in one piece.
        var pieces = Components(side, neighbours);
        if (pieces.Count == 0)
        {
            return null;
        }

        var keep = pieces.MaxBy(p => (p.Sum(i => (long)weight[i]), p.Count))!;
        foreach (var piece in pieces.Where(p => p != keep))
        {
            foreach (var i in piece)
            {
                side[i] = true;
            }
        }

        return side;
    }

    private static int[] BreadthFirst(int start, int[][] neighbours, int n)
    {
        var order = new List<int>(n) { start };
        var seen = new bool[n];
        seen[start] = true;
        for (var head = 0; head < order.Count; head++)
        {
            foreach (var next in neighbours[order[head]])
            {
                if (!seen[next])
                {
                    seen[next] = true;
                    order.Add(next);
                }
            }
        }

        // A disconnected input (never expected) still yields a full order.
        for (var i = 0; i < n; i++)
        {
            if (!seen[i])
            {
                order.Add(i);
            }
        }

        return [.. order];
    }

    private static bool Connected(bool[] side, bool which, int[][] neighbours)
    {
        var start = Array.IndexOf(side, which);
        if (start < 0)
        {
            return false;
        }

        var seen = new bool[side.Length];
        var stack = new Stack<int>([start]);
        seen[start] = true;
        var count = 1;
        while (stack.TryPop(out var at))
        {
            foreach (var next in neighbours[at])
            {
                if (side[next] == which && !seen[next])
                {
                    seen[next] = true;
                    count++;
                    stack.Push(next);
                }
            }
        }

        return count == side.Count(s => s == which);
    }

    /// <summary>The connected pieces of the cells not on the first side.</summary>
    private static List<List<int>> Components(bool[] side, int[][] neighbours)
    {
        var seen = new bool[side.Length];
        var pieces = new List<List<int>>();
        for (var i = 0; i < side.Length; i++)
        {
            if (side[i] || seen[i])
            {
                continue;
            }

            var piece = new List<int> { i };
            seen[i] = true;
            for (var head = 0; head < piece.Count; head++)
            {
                foreach (var next in neighbours[piece[head]])
                {
                    if (!side[next] && !seen[next])
                    {
                        seen[next] = true;
                        piece.Add(next);
                    }
                }
            }

            pieces.Add(piece);
        }

        return pieces;
    }

    /// <summary>Whether a set of block cells is connected (edge-adjacent cells), for checks and tests.</summary>
    public static bool IsConnected(IReadOnlyCollection<string> cells)
    {
        if (cells.Count <= 1)
        {
            return true;
        }

        var set = cells.ToHashSet();
        var start = set.First();
        var seen = new HashSet<string> { start };
        var stack = new Stack<string>([start]);
        while (stack.TryPop(out var at))
        {
            foreach (var next in H3.GridDisk(H3Index.Parse(at), 1))
            {
                var id = next.ToString();
                if (set.Contains(id) && seen.Add(id))
                {
                    stack.Push(id);
                }
            }
        }

        return seen.Count == set.Count;
    }
}
