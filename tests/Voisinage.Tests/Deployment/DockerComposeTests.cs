using YamlDotNet.RepresentationModel;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the compose file is checked as data: services, their order, their images, the load
/// balancer and the optional telemetry. (Also checked by hand with <c>docker-compose config -q</c>.)
/// </summary>
[Trait(Category.Name, Category.Unit)]
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
    public void Has_postgres_migrate_three_silos_two_front_ends_and_a_load_balancer()
    {
        var services = Services();
        var names = services.Children.Keys.Select(k => k.ToString()).ToHashSet();
        Assert.Superset(new HashSet<string> { "postgres", "migrate", "silo", "api", "lb" }, names);
        Assert.Equal("3", Replicas(services, "silo"));
        Assert.Equal("2", Replicas(services, "api"));
    }

    [Fact]
    public void Starts_in_order_postgres_then_migrate_then_silos_then_front_ends_then_the_load_balancer()
    {
        var services = Services();
        Assert.Equal("service_healthy", Condition(services, "migrate", "postgres"));
        Assert.Equal("service_completed_successfully", Condition(services, "silo", "migrate"));
        Assert.Equal("service_healthy", Condition(services, "api", "silo"));
        Assert.Equal("service_healthy", Condition(services, "lb", "api"));
        Assert.Equal("migrate", ((YamlSequenceNode)((YamlMappingNode)services["migrate"])["command"]).Children[0].ToString());
    }

    [Fact]
    public void Builds_from_dockerfiles_that_exist_and_publish_the_right_project()
    {
        foreach (var (service, project) in new[] { ("migrate", "Silo"), ("silo", "Silo"), ("api", "WebApi") })
        {
            var build = (YamlMappingNode)((YamlMappingNode)Services()[service])["build"];
            var dockerfile = Path.Combine(Root, build["dockerfile"].ToString());
            Assert.True(File.Exists(dockerfile), dockerfile);
            Assert.Contains($"dotnet publish {project}/{project}.csproj", File.ReadAllText(dockerfile), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Replicated_silos_advertise_their_own_address_and_everything_runs_on_postgres()
    {
        var services = Services();

        // Replicas share one definition: an empty address makes each advertise its container's IP, not a shared name.
        Assert.Equal(string.Empty, Env(services, "silo")["Voisinage__Cluster__AdvertisedAddress"]);
        Assert.NotNull(Voisinage.Hosting.SiloHostingExtensions.AdvertisedAddress(string.Empty));
        foreach (var s in new[] { "migrate", "silo", "api" })
        {
            Assert.Equal("PostgreSQL", Env(services, s)["Voisinage__Storage"]);
        }
    }

    [Fact]
    public void Only_the_load_balancer_is_published_and_it_upgrades_websockets_and_hides_metrics()
    {
        var services = Services();
        var published = services.Children
            .Where(s => s.Value is YamlMappingNode m && m.Children.ContainsKey("ports") && !IsProfiled(m))
            .Select(s => s.Key.ToString())
            .ToList();
        Assert.Equal(new[] { "lb" }, published);

        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx", "nginx.conf"));
        Assert.Contains("server api:8080", nginx, StringComparison.Ordinal);
        foreach (var location in new[] { "location /graphql", "location /hubs/" })
        {
            var block = nginx[nginx.IndexOf(location, StringComparison.Ordinal)..];
            block = block[..block.IndexOf('}', StringComparison.Ordinal)];
            Assert.Contains("proxy_set_header Upgrade $http_upgrade", block, StringComparison.Ordinal);
            Assert.Contains("proxy_set_header Connection $connection_upgrade", block, StringComparison.Ordinal);
        }

        Assert.Contains("location = /metrics { return 404; }", nginx, StringComparison.Ordinal);
        Assert.Contains("location /dashboard { return 404; }", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_ends_keep_operations_on_a_management_port_and_trust_forwarded_addresses_from_the_balancer_only()
    {
        var services = Services();
        var api = Env(services, "api");
        var port = api["Voisinage__Operations__Port"];
        Assert.Contains($"0.0.0.0:{port}", api["Urls"], StringComparison.Ordinal);
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", api.Keys);
        Assert.All(api.Where(e => e.Key.StartsWith("Voisinage__ForwardedHeaders__KnownNetworks__", StringComparison.Ordinal)),
            e => System.Net.IPNetwork.Parse(e.Value));
        Assert.Contains(api.Keys, k => k.StartsWith("Voisinage__ForwardedHeaders__KnownNetworks__", StringComparison.Ordinal));

        // The operations server of the balancer is published on the host's loopback only, and leads to that port.
        var lbPorts = ((YamlSequenceNode)((YamlMappingNode)services["lb"])["ports"]).Children.Select(p => p.ToString()).ToList();
        Assert.Contains("127.0.0.1:8081:8081", lbPorts);
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx", "nginx.conf"));
        Assert.Contains($"server api:{port}", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_services_are_optional_and_their_config_files_exist()
    {
        var services = Services();
        foreach (var name in new[] { "otel-collector", "prometheus", "jaeger" })
        {
            var service = (YamlMappingNode)services[name];
            Assert.True(IsProfiled(service), name);
            Assert.Equal("observability", ((YamlSequenceNode)service["profiles"]).Children.Single().ToString());
            if (service.Children.TryGetValue("volumes", out var volumes))
            {
                foreach (var volume in ((YamlSequenceNode)volumes).Children.Select(v => v.ToString()))
                {
                    var file = volume.Split(':')[0];
                    Assert.True(File.Exists(Path.Combine(Root, file)), file);
                }
            }
        }

        // OTLP is off unless asked for: an empty endpoint must not turn it on.
        Assert.Equal("${VOISINAGE_OTLP_ENDPOINT:-}", Env(services, "api")["Voisinage__Telemetry__Otlp__Endpoint"]);
    }

    private static bool IsProfiled(YamlMappingNode service) => service.Children.ContainsKey("profiles");

    private static string Replicas(YamlMappingNode services, string service) =>
        ((YamlMappingNode)((YamlMappingNode)services[service])["deploy"])["replicas"].ToString();

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
