using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Neighbourhoods;

[Trait(Category.Name, Category.Unit)]
public sealed class SplitPlannerTests
{
    private static readonly H3Index Origin = H3.LatLngToCell(new LatLng(48.8566, 2.3522), 9);

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_connected_shapes_split_into_connected_halves_balanced_to_within_one_block(int seed)
    {
        var random = new Random(seed);

        // Grow a random connected blob of blocks, each with a few members.
        var cells = new List<H3Index> { Origin };
        var set = new HashSet<H3Index> { Origin };
        var target = random.Next(2, 60);
        while (cells.Count < target)
        {
            var from = cells[random.Next(cells.Count)];
            var next = H3.GridDisk(from, 1)[random.Next(1, 7)];
            if (set.Add(next))
            {
                cells.Add(next);
            }
        }

        var weights = cells.ToDictionary(c => c.ToString(), _ => random.Next(0, 40));
        var halves = SplitPlanner.Plan(weights);

        Assert.NotNull(halves);
        Assert.True(SplitPlanner.IsConnected([.. halves.First]));
        Assert.True(SplitPlanner.IsConnected([.. halves.Second]));
        Assert.Equal(weights.Count, halves.First.Count + halves.Second.Count);
        Assert.Empty(halves.First.Intersect(halves.Second));
        var (a, b) = (halves.First.Sum(c => weights[c]), halves.Second.Sum(c => weights[c]));
        var total = a + b;
        Assert.True(Math.Abs(a - b) <= Math.Max(weights.Values.Max(), total / 3), $"{a} vs {b} over {cells.Count} blocks");
    }

    [Fact]
    public void A_disk_with_even_members_splits_evenly()
    {
        var weights = H3.GridDisk(Origin, 3).ToDictionary(c => c.ToString(), _ => 10);
        var halves = SplitPlanner.Plan(weights)!;
        Assert.True(Math.Abs(halves.First.Count - halves.Second.Count) <= 1, $"{halves.First.Count} vs {halves.Second.Count}");
        Assert.True(SplitPlanner.IsConnected([.. halves.First]) && SplitPlanner.IsConnected([.. halves.Second]));
    }

    [Fact]
    public void A_single_block_cannot_be_split()
    {
        Assert.Null(SplitPlanner.Plan(new Dictionary<string, int> { [Origin.ToString()] = 3000 }));
    }
}
