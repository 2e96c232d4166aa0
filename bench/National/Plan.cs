using Voisinage.Geo;

namespace Voisinage.Bench.National;

/// <summary>The residents of one block cell (res 9) and the earlier blocks next to it, in onboarding order.</summary>
public sealed record BlockWork(int Order, H3Index Cell, int[] Residents, int[] EarlierNeighbours);

/// <summary>
/// Homes grouped by block and put in a seeded random arrival order. The first resident of a block decides (join the
/// owner of an adjacent block, or found); the others join what they decided. A block waits only for the earlier
/// blocks adjacent to it, so a decision always sees exactly the earlier neighbours' outcome whatever the concurrency:
/// the number of neighbourhoods founded is the same as in <see cref="Simulate"/>.
/// </summary>
public sealed class Plan
{
    private Plan(Home[] homes, BlockWork[] blocks)
    {
        Homes = homes;
        Blocks = blocks;
    }

    public Home[] Homes { get; }

    public BlockWork[] Blocks { get; }

    public static Plan Build(Home[] homes, int seed)
    {
        var byBlock = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < homes.Length; i++)
        {
            // As the grains do: the block is the parent of the home's res-10 cell (not always the res-9 cell of the point).
            var block = H3.CellToParent(H3.LatLngToCell(new LatLng(homes[i].Lat, homes[i].Lng), 10), 9).Value;
            if (!byBlock.TryGetValue(block, out var list))
            {
                byBlock[block] = list = [];
            }

            list.Add(i);
        }

        var cells = byBlock.Keys.Order().ToArray();
        new Random(seed).Shuffle(cells);
        var order = new Dictionary<ulong, int>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            order[cells[i]] = i;
        }

        var blocks = new BlockWork[cells.Length];
        Span<H3Index> disk = stackalloc H3Index[H3.MaxGridDiskSize(1)];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new H3Index(cells[i]);
            var n = H3.GridDisk(cell, 1, disk);
            var earlier = new List<int>(6);
            foreach (var near in disk[..n])
            {
                if (near != cell && order.TryGetValue(near.Value, out var o) && o < i)
                {
                    earlier.Add(o);
                }
            }

            blocks[i] = new BlockWork(i, cell, [.. byBlock[cells[i]]], [.. earlier]);
        }

        return new Plan(homes, blocks);
    }

    /// <summary>The product's rules applied sequentially in the plan's order (splits aside): founders and sizes.</summary>
    public Simulation Simulate(int maxMembers)
    {
        var owner = new int[Blocks.Length];
        var members = new Dictionary<int, int>();
        foreach (var block in Blocks)
        {
            owner[block.Order] = block.EarlierNeighbours.Length > 0 ? owner[block.EarlierNeighbours.Min()] : block.Order;
            members[owner[block.Order]] = members.GetValueOrDefault(owner[block.Order]) + block.Residents.Length;
        }

        var sizes = members.Values.Order().ToArray();
        return new Simulation(
            sizes.Length,
            sizes.Length == 0 ? 0 : sizes[sizes.Length / 2],
            sizes.Length == 0 ? 0 : sizes.Average(),
            sizes.Length == 0 ? 0 : sizes[^1],
            sizes.Count(s => s < 3),
            sizes.Count(s => s > maxMembers));
    }
}

public sealed record Simulation(int Neighbourhoods, int MedianMembers, double MeanMembers, int MaxMembers, int Small, int OverMax);
