using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Voisinage.Grains;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// One Orleans test cluster of two silos for a whole collection, with in-memory storage and a shared
/// fake clock, so that grain calls cross silos and time moves only when a test says so.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The clock of every silo of the cluster (they run in this process).</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<TestSilos.ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => TestSilos.UseMemoryStores(siloBuilder, Clock);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>Settings every test host shares: cheap password hashing keeps the suite fast.</summary>
public static class TestSettings
{
    public static readonly Dictionary<string, string?> Values = new()
    {
        ["Voisinage:PasswordHashing:MemoryKiB"] = "1024",
        ["Voisinage:PasswordHashing:Iterations"] = "1",
        ["Voisinage:Verification:Operators:0"] = OperatorId,

        // Tiny pages of alert history: any neighbourhood with four alerts or more reads part of them from sealed pages.
        ["Voisinage:Alerts:HistoryPageSize"] = "2",

        // Small feed pages: a timeline of 16 items or more reads part of them from archive pages.
        ["Voisinage:Feed:PageSize"] = "8",

        // The push gateway may send to the tests' local push service (http on a loopback port).
        ["Voisinage:Push:AllowLoopback"] = "true",

        // Every test client of a test server is one address: the edge's limits per address and account are off here
        // and have their own tests (RateLimits/EdgeRateLimitTests); the per-resident grain quotas stay on.
        ["Voisinage:RateLimits:Edge:RequestsPerAddress"] = "0",
        ["Voisinage:RateLimits:Edge:RequestsPerAccount"] = "0",
        ["Voisinage:RateLimits:Edge:WritesPerAddress"] = "0",
        ["Voisinage:RateLimits:Edge:WritesPerAccount"] = "0",

        // The 5 s request budget guards production; its tests set their own (RequestLimitTests). A test server's first
        // requests, made while other collections start their clusters on the same two cores, once passed 5 s (a register
        // at a cold start, in a full run): not what the API tests test.
        ["Voisinage:GraphQL:Limits:RequestTimeout"] = "00:00:30",
    };

    /// <summary>A resident id the test configuration makes an operator.</summary>
    public const string OperatorId = "0000000000000000000000000000000f";

    public static IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(Values).Build();

    private static int _counter;

    /// <summary>A pseudo and email nobody else in this test run uses.</summary>
    public static (string Pseudo, string Email) NewIdentity(string prefix = "voisin")
    {
        var n = Interlocked.Increment(ref _counter);
        var suffix = $"{Environment.ProcessId % 1000}{n}{Guid.NewGuid().ToString("N")[..6]}";
        return ($"{prefix}{suffix}"[..Math.Min(30, prefix.Length + suffix.Length)], $"{prefix}.{suffix}@example.fr");
    }
}
