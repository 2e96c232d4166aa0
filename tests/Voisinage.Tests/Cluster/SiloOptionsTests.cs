using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Cluster;

[Trait(Category.Name, Category.Unit)]
public sealed class SiloOptionsTests
{
    [Fact]
    public void The_directory_cache_is_bounded_by_default_and_an_operator_can_size_it()
    {
        Assert.Equal(Voisinage.Hosting.ClusterOptions.DefaultDirectoryCacheSize, DirectoryOptions([]).CacheSize);

        var sized = DirectoryOptions(new() { ["Voisinage:Cluster:Directory:CacheSize"] = "250000" });
        Assert.Equal(250_000, sized.CacheSize);
        Assert.Equal(GrainDirectoryOptions.DEFAULT_CACHING_STRATEGY, sized.CachingStrategy);
    }

    private static GrainDirectoryOptions DirectoryOptions(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        var options = VoisinageOptions.From(builder.Configuration);
        builder.UseOrleans(silo => silo.UseVoisinage(options, builder.Configuration));
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<GrainDirectoryOptions>>().Value;
    }
}
