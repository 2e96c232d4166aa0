using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Voisinage.Bench.Alerts;

/// <summary>A graphql-transport-ws client holding one <c>alertRaised</c> subscription.</summary>
public sealed class GraphQLWsSubscriber(Uri url, string token, int client, Measurements measurements) : IAsyncDisposable
{
    private const string Query = "subscription { alertRaised { id neighbourhoodId sequence kind title body radiusMeters raisedAt resolved resolvedAt hidden originNeighbourhoodId raiser { id pseudo } } }";
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public async Task Start()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(url, CancellationToken.None);
        await Send(new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        var ack = await ReceiveText();
        if (ack is null || !ack.Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"graphql-ws: no ack ({ack})");
        }

        await Send(new { id = "1", type = "subscribe", payload = new { query = Query } });
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
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            var text = await ReceiveText();
            if (text is null)
            {
                return;
            }

            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            var type = root.GetProperty("type").GetString();
            if (type == "next")
            {
                var title = root.GetProperty("payload").GetProperty("data").GetProperty("alertRaised").GetProperty("title").GetString()!;
                measurements.Received(title, client);
            }
            else if (type == "ping")
            {
                await Send(new { type = "pong" });
            }
        }
    }

    private Task Send(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, _stop.Token);

    private async Task<string?> ReceiveText()
    {
        var buffer = new byte[16 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                return text.ToString();
            }
        }
    }
}
