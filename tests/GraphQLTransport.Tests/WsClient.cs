using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>A minimal graphql-transport-ws client on the in-memory server.</summary>
public sealed class WsClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly Task _receiving;

    private WsClient(WebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveLoop);
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<WsClient> Open(ToyServer server)
    {
        var ws = server.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        return new WsClient(await ws.ConnectAsync(new Uri(server.Server.BaseAddress, "/graphql"), CancellationToken.None));
    }

    /// <summary>Opens a socket and has it acknowledged.</summary>
    public static async Task<WsClient> Connect(ToyServer server)
    {
        var client = await Open(server);
        await client.Send(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.Receive())?["type"]?.GetValue<string>());
        return client;
    }

    public Task Subscribe(string id, string query) => Send(new { id, type = "subscribe", payload = new { query } });

    public Task Complete(string id) => Send(new { id, type = "complete" });

    public Task Send(object message) => SendText(JsonSerializer.Serialize(message));

    public Task SendText(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null once the server has closed the socket.</summary>
    public async Task<JsonObject?> Receive()
    {
        try
        {
            return await _messages.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Waits until the server has closed the socket (every message before is dropped) and returns its code.</summary>
    public async Task<WebSocketCloseStatus?> Closed()
    {
        await _receiving.WaitAsync(Patience);
        return _socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
            {
            }
        }

        _socket.Abort();
        await Task.WhenAny(_receiving, Task.Delay(Patience));
        _socket.Dispose();
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[16 * 1024];
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
