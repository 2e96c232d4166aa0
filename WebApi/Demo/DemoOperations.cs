using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.IdentityModel.JsonWebTokens;
using Voisinage.WebApi.GraphQL;

namespace Voisinage.WebApi.Demo;

/// <summary>
/// Runs GraphQL operations in this process as a given resident: the demo is made through the public API's own resolvers,
/// and so through the grains' normal paths, with every rule applied as for any client.
/// </summary>
internal sealed class DemoOperations(IServiceProvider services, IDocumentExecuter<VoisinageSchema> executer, IGraphQLTextSerializer serializer)
{
    /// <summary>The operation's data; throws with the API's errors when it has any.</summary>
    public async Task<JsonNode> Run(string? residentId, string query, object? variables, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            User = residentId is null
                ? new ClaimsPrincipal(new ClaimsIdentity())
                : new ClaimsPrincipal(new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, residentId)], authenticationType: "demo")),
            RequestServices = scope.ServiceProvider,
            CancellationToken = cancellationToken,
        });
        var json = JsonNode.Parse(serializer.Serialize(result))!;
        if (json["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"Demo data: {query.Split('(', '{')[0].Trim()} failed: {errors.ToJsonString()}");
        }

        return json["data"]!;
    }
}
