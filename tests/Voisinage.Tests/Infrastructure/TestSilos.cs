using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Voisinage.Grains;

namespace Voisinage.Tests.Infrastructure;

/// <summary>The silo set-up every in-process test cluster shares: memory stores, memory streams, the product's grains.</summary>
public static class TestSilos
{
    public static void UseMemoryStores(ISiloBuilder siloBuilder, TimeProvider clock)
    {
        siloBuilder.AddMemoryGrainStorage(StorageNames.Voisinage);
        siloBuilder.AddMemoryGrainStorage(StorageNames.PubSub);
        siloBuilder.AddMemoryStreams(StorageNames.Streams);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.AddSingleton(clock);
        siloBuilder.Services.AddVoisinageGrains(TestSettings.Configuration);
    }

    /// <summary>Test clients read the streams the grains publish on (feeds, conversations).</summary>
    public sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddMemoryStreams(StorageNames.Streams);
    }
}
