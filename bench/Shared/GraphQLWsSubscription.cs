using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Voisinage.Bench.Shared;

/// <summary>
/// A graphql-transport-ws client holding one subscription, as the web app does: connection_init with the bearer
/// token, subscribe, answer pings. Each <c>next</c> payload's <c>data</c> goes to <c>onNext</c>. One receive buffer,
/// reused: a subscriber should cost the machine as little as a browser does, so that the server is what is measured.
/// </summary>
public sealed class GraphQLWsSubscription(Uri url, string token, string query, Action<JsonElement> onNext) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly MemoryStream _message = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Connects, waits for the server's acknowledgement and subscribes; messages then arrive in the background.</summary>
    public async Task Start()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(url, CancellationToken.None);
        await Send(new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        var ack = await Receive() is { } message ? Encoding.UTF8.GetString(message.Span) : null;
        if (ack is null || !ack.Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"graphql-ws: no ack ({ack})");
        }

        await Send(new { id = "1", type = "subscribe", payload = new { query } });
        _loop = Task.Run(Loop);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
        await _message.DisposeAsync();
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested && await Receive() is { } message)
        {
            using var doc = JsonDocument.Parse(message);
            var root = doc.RootElement;
            var type = root.GetProperty("type").GetString();
            if (type == "next")
            {
                onNext(root.GetProperty("payload").GetProperty("data"));
            }
            else if (type == "ping")
            {
                await Send(new { type = "pong" });
            }
        }
    }

    private Task Send(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, _stop.Token);

    /// <summary>The next whole message, valid until the next call; null once the server closed.</summary>
    private async Task<ReadOnlyMemory<byte>?> Receive()
    {
        var first = await _socket.ReceiveAsync(_buffer.AsMemory(), _stop.Token);
        if (first.MessageType == WebSocketMessageType.Close)
        {
            return null;
        }

        if (first.EndOfMessage)
        {
            return _buffer.AsMemory(0, first.Count);
        }

        _message.SetLength(0);
        _message.Write(_buffer, 0, first.Count);
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(), _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Write(_buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return _message.GetBuffer().AsMemory(0, (int)_message.Length);
            }
        }
    }
}
