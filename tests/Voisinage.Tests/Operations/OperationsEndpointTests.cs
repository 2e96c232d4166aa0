using System.Net;
using Microsoft.AspNetCore.Http;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Operations;

/// <summary>SPEC §12: the operations endpoints are not on the public port by default.</summary>
[Collection(OperationsCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class OperationsEndpointTests(OperationsApi api)
{
    [Theory]
    [InlineData("/metrics")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/login")]
    public async Task By_default_a_remote_client_gets_404_and_this_machine_gets_them(string path)
    {
        using var client = api.CreateClient();

        // A remote client relayed by a proxy on this machine (loopback is the only trusted proxy by default).
        using var remote = new HttpRequestMessage(HttpMethod.Get, path);
        remote.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var refused = await client.SendAsync(remote);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        // The same request from this machine itself reaches the endpoint (the dashboard then asks for a token).
        using var local = await client.GetAsync(path);
        Assert.NotEqual(HttpStatusCode.NotFound, local.StatusCode);

        // The API itself is public.
        using var remoteApi = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        remoteApi.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(remoteApi)).StatusCode);
    }

    [Fact]
    public async Task With_a_management_port_only_that_port_serves_them_even_to_this_machine()
    {
        await using var front = new ApiFactory(new Dictionary<string, string?>
        {
            ["Voisinage:Operations:Port"] = "9465",
            ["Voisinage:Dashboard:Enabled"] = "true",
        });
        using var client = front.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Observability.MetricsPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard/login")).StatusCode);

        foreach (var path in new[] { Observability.MetricsPath, "/dashboard/login" })
        {
            var context = await front.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = path;
                c.Connection.LocalPort = 9465;
            });
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }
    }
}
