using System.Text.RegularExpressions;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Deployment;

/// <summary>
/// No Docker engine runs here: the API image's Dockerfile is checked as data. Its Node stage copies files that exist
/// and builds both npm projects, and the final image holds their output where WebApi serves it from.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed partial class WebApiDockerfileTests
{
    private static readonly string Root = DockerComposeTests.FindRepositoryRoot();
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(Root, "WebApi", "Dockerfile"));

    [Fact]
    public void Every_file_the_build_copies_from_the_repository_exists()
    {
        var sources = CopyLine().Matches(Dockerfile)
            .Where(m => !m.Value.Contains("--from", StringComparison.Ordinal))
            .SelectMany(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        Assert.Contains("web/package-lock.json", sources);
        Assert.Contains("tools/graphiql/package-lock.json", sources);
        Assert.All(sources, s => Assert.True(s == "." || File.Exists(Path.Combine(Root, s)) || Directory.Exists(Path.Combine(Root, s)), $"{s} is not in the repository"));
    }

    [Fact]
    public void The_image_serves_the_web_app_and_GraphiQL_built_by_the_node_stage()
    {
        Assert.Contains("RUN cd web && npm run build && cd ../tools/graphiql && npm run build", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("-p:SkipWebBuild=true", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY --from=web /src/web/dist ./wwwroot", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("COPY --from=web /src/tools/graphiql/dist ./graphiql", Dockerfile, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^COPY (?<args>.+)$", RegexOptions.Multiline)]
    private static partial Regex CopyLine();
}
