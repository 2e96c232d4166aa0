using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Alerts;

/// <summary>A minimal graphql-transport-ws client over the test server, for subscription tests.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly ApiFactory _api;
    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly Task _receiving;

    private GraphQLWsClient(ApiFactory api, WebSocket socket)
    {
        _api = api;
        _socket = socket;
        _receiving = Task.Run(ReceiveLoop);
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>
    /// Connects and sends connection_init with the token (if any); returns once acknowledged. <paramref name="upgrade"/>
    /// adds headers to the upgrade request (a browser's cookie and Origin).
    /// </summary>
    public static async Task<GraphQLWsClient> Connect(ApiFactory api, string? token, Action<Microsoft.AspNetCore.Http.HttpRequest>? upgrade = null)
    {
        var (client, ack) = await Open(api, token, upgrade);
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return client;
    }

    /// <summary>Connects and sends connection_init; returns the first answer (null when the server closed instead).</summary>
    public static async Task<(GraphQLWsClient Client, JsonObject? Answer)> Open(
        ApiFactory api, string? token, Action<Microsoft.AspNetCore.Http.HttpRequest>? upgrade = null)
    {
        var ws = api.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        if (upgrade is not null)
        {
            ws.ConfigureRequest = request => upgrade(request);
        }

        var socket = await ws.ConnectAsync(new Uri(api.Server.BaseAddress, "/graphql"), CancellationToken.None);
        var client = new GraphQLWsClient(api, socket);
        await client.Send(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        return (client, await client.Receive());
    }

    public Task Subscribe(string id, string query, object? variables = null) =>
        Send(new { id, type = "subscribe", payload = new { query, variables } });

    public Task Complete(string id) => Send(new { id, type = "complete" });

    /// <summary>The next message (moving the fake clock so the silo's stream agents run), or null once closed.</summary>
    public async Task<JsonObject?> Receive()
    {
        try
        {
            return await ClockPump.Until(_api.Clock, _messages.Reader.ReadAsync().AsTask());
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>The payload data of the next message, which must be a "next" for <paramref name="id"/>.</summary>
    public async Task<JsonNode> Next(string id)
    {
        var message = await Receive() ?? throw new InvalidOperationException("The socket closed.");
        Assert.True(message["type"]?.GetValue<string>() == "next" && message["id"]?.GetValue<string>() == id, message.ToJsonString());
        return message["payload"]!["data"]!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
            {
            }
        }

        _socket.Abort();
        await Task.WhenAny(_receiving, Task.Delay(TimeSpan.FromSeconds(5)));
        _socket.Dispose();
    }

    private Task Send(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (result.EndOfMessage)
                {
                    _messages.Writer.TryWrite(JsonNode.Parse(text.ToString())!.AsObject());
                    text.Clear();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }
}
