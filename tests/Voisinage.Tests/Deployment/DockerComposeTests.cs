using YamlDotNet.RepresentationModel;

namespace Voisinage.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file is checked as data: services, their order, their images.</summary>
public sealed class DockerComposeTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static YamlMappingNode Services()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    [Fact]
    public void Has_postgres_migrate_two_silos_and_the_api()
    {
        var names = Services().Children.Keys.Select(k => k.ToString()).ToHashSet();
        Assert.Superset(new HashSet<string> { "postgres", "migrate", "silo1", "silo2", "api" }, names);
    }

    [Fact]
    public void Starts_in_order_postgres_then_migrate_then_silos_then_api()
    {
        var services = Services();
        Assert.Equal("service_healthy", Condition(services, "migrate", "postgres"));
        Assert.Equal("service_completed_successfully", Condition(services, "silo1", "migrate"));
        Assert.Equal("service_completed_successfully", Condition(services, "silo2", "migrate"));
        Assert.Equal("service_healthy", Condition(services, "api", "silo1"));
        Assert.Equal("service_healthy", Condition(services, "api", "silo2"));
        Assert.Equal("migrate", ((YamlSequenceNode)((YamlMappingNode)services["migrate"])["command"]).Children[0].ToString());
    }

    [Fact]
    public void Builds_from_dockerfiles_that_exist_and_publish_the_right_project()
    {
        foreach (var (service, project) in new[] { ("migrate", "Silo"), ("silo1", "Silo"), ("silo2", "Silo"), ("api", "WebApi") })
        {
            var build = (YamlMappingNode)((YamlMappingNode)Services()[service])["build"];
            var dockerfile = Path.Combine(Root, build["dockerfile"].ToString());
            Assert.True(File.Exists(dockerfile), dockerfile);
            Assert.Contains($"dotnet publish {project}/{project}.csproj", File.ReadAllText(dockerfile), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Silos_on_one_host_get_distinct_ports_and_postgres_storage()
    {
        var services = Services();
        var ports = new[] { "silo1", "silo2" }.Select(s => Env(services, s)).Select(e => (e["Voisinage__Cluster__SiloPort"], e["Voisinage__Cluster__GatewayPort"])).ToList();
        Assert.NotEqual(ports[0], ports[1]);
        foreach (var s in new[] { "migrate", "silo1", "silo2", "api" })
        {
            Assert.Equal("PostgreSQL", Env(services, s)["Voisinage__Storage"]);
        }
    }

    private static string Condition(YamlMappingNode services, string service, string dependency) =>
        ((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)services[service])["depends_on"])[dependency])["condition"].ToString();

    private static Dictionary<string, string> Env(YamlMappingNode services, string service)
    {
        var env = new Dictionary<string, string>();
        Collect((YamlMappingNode)((YamlMappingNode)services[service])["environment"], env);
        return env;
    }

    // Follows YAML merge keys (`<<: *anchor`), which the compose file uses for the shared settings.
    private static void Collect(YamlMappingNode node, Dictionary<string, string> into)
    {
        foreach (var (key, value) in node.Children)
        {
            if (key.ToString() == "<<" && value is YamlMappingNode merged)
            {
                Collect(merged, into);
            }
            else
            {
                into[key.ToString()] = value.ToString();
            }
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Voisinage.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
