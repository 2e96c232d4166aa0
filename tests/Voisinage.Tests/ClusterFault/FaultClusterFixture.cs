using Voisinage.ClusterFault;

namespace Voisinage.Tests.ClusterFault;

/// <summary>
/// One real-process cluster (private PostgreSQL, 3 silos, 2 front-ends) shared by the fault, shutdown and readiness
/// tests; each test first brings every node back up. Not parallel with anything: it needs the machine's cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultClusterCollection : ICollectionFixture<FaultClusterFixture>
{
    public const string Name = "cluster-fault";
}

public sealed class FaultClusterFixture : IAsyncLifetime
{
    public FaultCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await FaultCluster.StartAsync(silos: 3, frontEnds: 2);

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }

    /// <summary>Restarts whatever a previous test left stopped, and waits until every node is ready.</summary>
    public async Task EnsureAllRunning()
    {
        foreach (var node in Cluster.Nodes)
        {
            if (!node.IsRunning)
            {
                await Cluster.StartAsync(node);
            }
        }

        foreach (var node in Cluster.Nodes)
        {
            await FaultCluster.WaitReadyAsync(node, TimeSpan.FromSeconds(60));
        }
    }
}
