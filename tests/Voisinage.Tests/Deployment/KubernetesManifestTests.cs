using YamlDotNet.RepresentationModel;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Deployment;

/// <summary>No cluster here either: the manifests under deploy/kubernetes are checked as data.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(DockerComposeTests.FindRepositoryRoot(), "deploy", "kubernetes");

    private static List<YamlMappingNode> Documents() =>
        [.. Directory.GetFiles(Folder, "*.yaml").Where(f => !f.EndsWith("kustomization.yaml", StringComparison.Ordinal)).SelectMany(file =>
        {
            var yaml = new YamlStream();
            using var reader = new StreamReader(file);
            yaml.Load(reader);
            return yaml.Documents.Select(d => (YamlMappingNode)d.RootNode);
        })];

    private static YamlMappingNode Find(string kind, string name) =>
        Documents().Single(d => d["kind"].ToString() == kind && ((YamlMappingNode)d["metadata"])["name"].ToString() == name);

    private static YamlMappingNode Map(YamlNode node, params string[] path) =>
        path.Aggregate((YamlMappingNode)node, (n, key) => (YamlMappingNode)n[key]);

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        (YamlMappingNode)((YamlSequenceNode)Map(deployment, "spec", "template", "spec")["containers"]).Children[0];

    private static Dictionary<string, YamlNode> Env(YamlMappingNode container) =>
        ((YamlSequenceNode)container["env"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(e => e["name"].ToString(), e => e.Children.TryGetValue("value", out var v) ? v : e["valueFrom"]);

    [Fact]
    public void Kustomization_lists_every_manifest()
    {
        var kustomization = File.ReadAllText(Path.Combine(Folder, "kustomization.yaml"));
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml"))
        {
            Assert.Contains($"- {file}", kustomization, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Silos_use_kubernetes_hosting_with_the_downward_api_and_may_watch_pods()
    {
        var silo = Find("Deployment", "voisinage-silo");
        var env = Env(Container(silo));
        Assert.Equal("true", env["Voisinage__Kubernetes"].ToString());
        foreach (var (variable, field) in new[] { ("POD_NAME", "metadata.name"), ("POD_NAMESPACE", "metadata.namespace"), ("POD_IP", "status.podIP") })
        {
            Assert.Equal(field, Map(env[variable], "fieldRef")["fieldPath"].ToString());
        }

        var labels = Map(silo, "spec", "template", "metadata", "labels");
        Assert.Equal("voisinage", labels["orleans/serviceId"].ToString());
        Assert.Equal("voisinage", labels["orleans/clusterId"].ToString());

        var account = Map(silo, "spec", "template", "spec")["serviceAccountName"].ToString();
        var binding = Find("RoleBinding", "voisinage-silo-pods");
        Assert.Contains(((YamlSequenceNode)binding["subjects"]).Children.Cast<YamlMappingNode>(), s => s["name"].ToString() == account);
        var rule = (YamlMappingNode)((YamlSequenceNode)Find("Role", Map(binding, "roleRef")["name"].ToString())["rules"]).Children[0];
        Assert.Contains("pods", ((YamlSequenceNode)rule["resources"]).Children.Select(c => c.ToString()));
        Assert.Superset(new HashSet<string> { "get", "list", "watch" }, ((YamlSequenceNode)rule["verbs"]).Children.Select(c => c.ToString()).ToHashSet());
    }

    [Theory]
    [InlineData("voisinage-silo")]
    [InlineData("voisinage-api")]
    public void Deployments_probe_health_have_a_grace_period_and_a_disruption_budget(string name)
    {
        var deployment = Find("Deployment", name);
        var container = Container(deployment);
        Assert.Equal("/health/ready", Map(container, "readinessProbe", "httpGet")["path"].ToString());
        Assert.Equal("/health/live", Map(container, "livenessProbe", "httpGet")["path"].ToString());
        Assert.True(int.Parse(Map(deployment, "spec", "template", "spec")["terminationGracePeriodSeconds"].ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 30);
        var budget = Find("PodDisruptionBudget", name);
        Assert.Equal(name, Map(budget, "spec", "selector", "matchLabels")["app"].ToString());
    }

    [Fact]
    public void The_api_serves_operations_on_its_management_port_and_trusts_forwarded_addresses_from_known_networks_only()
    {
        var container = Container(Find("Deployment", "voisinage-api"));
        var env = Env(container);
        var port = env["Voisinage__Operations__Port"].ToString();
        Assert.Contains($"0.0.0.0:{port}", env["Urls"].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ASPNETCORE_FORWARDEDHEADERS_ENABLED", env.Keys);
        System.Net.IPNetwork.Parse(env["Voisinage__ForwardedHeaders__KnownNetworks__0"].ToString());

        // The Service leads to the API port only.
        var service = Find("Service", "voisinage-api");
        var targets = ((YamlSequenceNode)Map(service, "spec")["ports"]).Children.Cast<YamlMappingNode>().Select(p => p["targetPort"].ToString());
        Assert.Equal(["http"], targets);
    }

    [Fact]
    public void The_schema_is_migrated_by_a_job_and_the_api_has_a_service()
    {
        var job = Find("Job", "voisinage-migrate");
        Assert.Equal("migrate", ((YamlSequenceNode)Container(job)["args"]).Children[0].ToString());
        var service = Find("Service", "voisinage-api");
        Assert.Equal("voisinage-api", Map(service, "spec", "selector")["app"].ToString());
    }
}
