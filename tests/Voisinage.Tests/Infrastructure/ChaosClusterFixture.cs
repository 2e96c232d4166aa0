using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.TestingHost;
using Voisinage.Grains;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// A cluster of three silos whose grain state lives in <see cref="SharedStorage"/> (it survives killed silos, and can
/// fail writes on purpose), with small neighbourhood limits so that splits and automatic merges happen often. Residents are verified by postcard,
/// which needs no clock.
/// </summary>
public sealed class ChaosClusterFixture : IAsyncLifetime
{
    public const int MaxMembers = 10;

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.Options.ServiceId = $"chaos-{Guid.NewGuid():N}";
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        SharedStorage.FailureRate = 0;
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddGrainStorage(StorageNames.Voisinage, (sp, _) => ActivatorUtilities.CreateInstance<SharedStorage>(sp));
            siloBuilder.AddMemoryGrainStorage(StorageNames.PubSub);
            siloBuilder.AddMemoryStreams(StorageNames.Streams);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            // The real clock: Orleans times its own probes with the TimeProvider, and silos die here. Small
            // neighbourhoods may merge at once (SmallFor = 0); the 30-day rule is tested on the fake-clock cluster.
            var settings = new Dictionary<string, string?>(TestSettings.Values)
            {
                ["Voisinage:Neighbourhoods:MaxMembers"] = MaxMembers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Voisinage:Neighbourhoods:MinMembers"] = "3",
                ["Voisinage:Neighbourhoods:SmallFor"] = "00:00:00",
            };
            siloBuilder.Services.AddVoisinageGrains(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10))
                .AddMemoryStreams(StorageNames.Streams);
    }
}

[CollectionDefinition(Name)]
public sealed class ChaosClusterCollection : ICollectionFixture<ChaosClusterFixture>
{
    public const string Name = "chaos cluster";
}
