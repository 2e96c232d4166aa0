using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>
/// Runs alone (no parallel collection meanwhile): the heap measured is the whole test process's, so another collection's
/// cluster starting at the same moment would be counted as this server's growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RequestMemoryCollection : ICollectionFixture<EmbeddedApi>
{
    public const string Name = "Request memory (alone)";
}

[Collection(RequestMemoryCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class RequestMemoryTests(EmbeddedApi api)
{
    [Fact]
    public async Task Memory_comes_back_after_the_heavy_classes()
    {
        var limits = new RequestLimitTests(api);

        // Warm everything the classes touch (parser, analyzer, cache, error paths) before the baseline.
        await limits.RunHeavyClasses();
        var before = SettledHeap();

        for (var round = 0; round < 3; round++)
        {
            await limits.RunHeavyClasses();
        }

        // The unguarded server kept about 1 GB after the probe; the cache may keep up to 4 MB of text and its trees.
        var grown = SettledHeap() - before;
        Assert.True(grown < 64L * 1024 * 1024, $"managed heap grew by {grown / (1024 * 1024)} MB");
        await limits.AssertServerAnswers();
    }

    private static long SettledHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
