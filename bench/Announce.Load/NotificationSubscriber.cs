using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Voisinage.Bench.Announce;

/// <summary>
/// One connected resident: a graphql-transport-ws client holding <c>notificationReceived</c>, which records when the
/// first notification whose text contains the expected title arrives (on the tool's stopwatch).
/// </summary>
public sealed class NotificationSubscriber(Uri url, string token, Stopwatch clock) : IAsyncDisposable
{
    private const string Query = "subscription { notificationReceived { notification { id kind text } } }";
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _buffer = new byte[8 * 1024];
    private Task _loop = Task.CompletedTask;

    private volatile string? _expect;
    private long _receivedAt;

    /// <summary>When the expected notification arrived (stopwatch ticks), or 0.</summary>
    public long ReceivedAt => Interlocked.Read(ref _receivedAt);

    /// <summary>Waits for the next notification whose text contains <paramref name="text"/> (the announcement's title).</summary>
    public void Expect(string text)
    {
        Interlocked.Exchange(ref _receivedAt, 0);
        _expect = text;
    }

    public async Task Start()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        await _socket.ConnectAsync(url, CancellationToken.None);
        await Send(new { type = "connection_init", payload = new { authorization = $"Bearer {token}" } });
        if (await Receive() is not { } ack || !ack.Contains("connection_ack", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("graphql-ws: no ack");
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
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task Loop()
    {
        while (await Receive() is { } message)
        {
            using var doc = JsonDocument.Parse(message);
            var type = doc.RootElement.GetProperty("type").GetString();
            if (type == "next" && _expect is { } expect && Interlocked.Read(ref _receivedAt) == 0
                && doc.RootElement.GetProperty("payload").GetProperty("data").GetProperty("notificationReceived").GetProperty("notification").GetProperty("text").GetString()!.Contains(expect, StringComparison.Ordinal))
            {
                Interlocked.Exchange(ref _receivedAt, clock.ElapsedTicks);
            }
            else if (type == "ping")
            {
                await Send(new { type = "pong" });
            }
        }
    }

    private Task Send(object message) => _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, _stop.Token);

    private async Task<string?> Receive()
    {
        using var text = new MemoryStream();
        while (true)
        {
            var r = await _socket.ReceiveAsync(_buffer, _stop.Token);
            if (r.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(_buffer, 0, r.Count);
            if (r.EndOfMessage)
            {
                return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
            }
        }
    }
}
