using System.Xml.Linq;
using Voisinage.Tests.Deployment;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Architecture;

/// <summary>
/// The front-end is wiring over the grains' contracts (issue 19, docs/architecture.md): it may call grains only through
/// <c>Grains.Interfaces</c>, and the grain classes and the silo host stay out of its reach. Hosting wiring that must know
/// the grain classes (storage providers, the co-hosted silo) lives in <c>Hosting/</c>.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ProjectReferenceTests
{
    private static readonly string[] Allowed =
        ["Grains.Interfaces.csproj", "Geo.csproj", "GraphQLTransport.csproj", "Hosting.csproj"];

    [Fact]
    public void WebApi_references_only_the_contracts_the_transport_and_the_hosting_wiring()
    {
        var project = XDocument.Load(Path.Combine(DockerComposeTests.FindRepositoryRoot(), "WebApi", "WebApi.csproj"));
        var references = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileName(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList();

        Assert.Equal(Allowed.Order(), references.Order());
        // Without this, Hosting's own reference to Grains would let WebApi's code name grain classes again.
        Assert.Equal("true", project.Descendants("DisableTransitiveProjectReferences").Single().Value.Trim());
    }

    [Fact]
    public void The_WebApi_assembly_links_neither_the_grain_classes_nor_the_silo_host()
    {
        var linked = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Voisinage.Grains.Interfaces", linked);
        Assert.DoesNotContain("Voisinage.Grains", linked);
        Assert.DoesNotContain("Voisinage.Silo", linked);
    }
}
