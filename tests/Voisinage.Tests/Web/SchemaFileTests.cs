using Microsoft.Extensions.DependencyInjection;
using Voisinage.Tests.Api;
using Voisinage.Tests.Deployment;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.GraphQL;

namespace Voisinage.Tests.Web;

/// <summary>The committed <c>schema.graphql</c>, which the web app's code generator reads, is the running API's schema.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class SchemaFileTests(EmbeddedApi api)
{
    [Fact]
    public void The_committed_schema_is_the_running_APIs()
    {
        var committed = File.ReadAllText(Path.Combine(DockerComposeTests.FindRepositoryRoot(), SchemaExport.FileName)).ReplaceLineEndings("\n");
        var running = SchemaExport.Print(api.Services.GetRequiredService<VoisinageSchema>());

        Assert.True(committed == running, $"{SchemaExport.FileName} is stale: run `{SchemaExport.Usage}` and commit it.");
    }

    [Fact]
    public void The_export_command_prints_the_running_APIs_schema_without_starting_the_product()
    {
        var running = SchemaExport.Print(api.Services.GetRequiredService<VoisinageSchema>());

        Assert.Equal(running, SchemaExport.Print(SchemaExport.Build()));
        Assert.Contains("type Query", running, StringComparison.Ordinal);
        Assert.Contains("register(input: RegisterInput!): AuthPayload!", running, StringComparison.Ordinal);
    }
}
