using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>The graphql-transport-ws endpoint of the real WebApi authenticates with the token of <c>connection_init</c>.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class WebSocketApiTests(EmbeddedApi api)
{
    [Fact]
    public async Task A_valid_token_in_connection_init_identifies_the_resident()
    {
        var (token, id, _, _) = await api.Register();
        using var socket = await Connect();
        await Send(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        Assert.Equal("connection_ack", (await Receive(socket))!["type"]!.GetValue<string>());

        await Send(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id } }" } });
        var next = await Receive(socket);
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal(id, next["payload"]!["data"]!["me"]!["id"]!.GetValue<string>());
        Assert.Equal("complete", (await Receive(socket))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_token_closes_the_socket_with_4403()
    {
        using var socket = await Connect();
        await Send(socket, new { type = "connection_init", payload = new { authorization = "Bearer not.a.token" } });
        Assert.Null(await Receive(socket));
        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
    }

    private async Task<WebSocket> Connect()
    {
        var client = api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(api.Server.BaseAddress, "/graphql"), CancellationToken.None);
    }

    private static Task Send(WebSocket socket, object message) => WebSocketMessages.Send(socket, message);

    /// <summary>The next message, or null once the server has closed the socket.</summary>
    private static Task<JsonObject?> Receive(WebSocket socket) => WebSocketMessages.Receive(socket, TimeSpan.FromSeconds(30));
}
