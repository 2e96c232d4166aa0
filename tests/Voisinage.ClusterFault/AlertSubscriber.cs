using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voisinage.ClusterFault;

/// <summary>
/// A live <c>alertRaised</c> subscriber over graphql-transport-ws that, whenever its socket or subscription ends
/// (a front-end stopped, a silo died), reconnects to a front-end (the next one) with <c>since</c> = the last sequence it saw.
/// </summary>
public sealed class AlertSubscriber : IAsyncDisposable
{
    private readonly IReadOnlyList<Uri> _frontEnds;
    private readonly string _token;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private readonly List<(string Id, long Sequence)> _received = [];
    private Task _loop = Task.CompletedTask;
    private int _frontEnd;

    public AlertSubscriber(string name, string neighbourhoodId, string token, IReadOnlyList<Uri> frontEnds, int firstFrontEnd)
    {
        Name = name;
        NeighbourhoodId = neighbourhoodId;
        _token = token;
        _frontEnds = frontEnds;
        _frontEnd = firstFrontEnd;
    }

    public string Name { get; }

    public string NeighbourhoodId { get; }

    public int Connections { get; private set; }

    public long LastSequence { get; private set; }

    /// <summary>Why sessions ended, for the report.</summary>
    public List<string> Interruptions { get; } = [];

    public IReadOnlyList<(string Id, long Sequence)> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public void Start() => _loop = Task.Run(RunAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!_stop.IsCancellationRequested)
        {
            var uri = _frontEnds[_frontEnd % _frontEnds.Count];
            string reason;
            try
            {
                reason = await SessionAsync(uri);
                backoff = TimeSpan.FromMilliseconds(200);
            }
            catch (Exception e) when (e is WebSocketException or IOException or JsonException or InvalidOperationException or TimeoutException
                                      || (e is OperationCanceledException && !_stop.IsCancellationRequested))
            {
                reason = $"{e.GetType().Name}: {e.Message}";
            }

            if (_stop.IsCancellationRequested)
            {
                return;
            }

            lock (_gate)
            {
                Interruptions.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {uri.Port}: {reason}");
            }

            _frontEnd++;

            // Pacing a reconnect, not waiting for an event: back off while nothing answers.
            await Task.Delay(backoff, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            backoff = TimeSpan.FromMilliseconds(Math.Min(2000, backoff.TotalMilliseconds * 2));
        }
    }

    private async Task<string> SessionAsync(Uri frontEnd)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(5);
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            connect.CancelAfter(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(new Uri($"ws://{frontEnd.Authority}/graphql"), connect.Token);
        }

        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {_token}" } });
        var ack = await ReceiveAsync(socket, TimeSpan.FromSeconds(15));
        if (ack?["type"]?.GetValue<string>() != "connection_ack")
        {
            return "no ack: " + ack?.ToJsonString();
        }

        Connections++;
        await SendAsync(socket, new
        {
            id = "a",
            type = "subscribe",
            payload = new { query = "subscription($s: Long) { alertRaised(since: $s) { id sequence neighbourhoodId } }", variables = new { s = LastSequence } },
        });
        while (true)
        {
            // The server pings every few seconds; a long silence means a dead connection.
            var message = await ReceiveAsync(socket, TimeSpan.FromSeconds(60));
            switch (message?["type"]?.GetValue<string>())
            {
                case null:
                    return $"closed {socket.CloseStatus} {socket.CloseStatusDescription}";
                case "ping":
                    await SendAsync(socket, new { type = "pong" });
                    break;
                case "next":
                    var alert = message["payload"]?["data"]?["alertRaised"];
                    if (alert is null)
                    {
                        return "error payload: " + message.ToJsonString();
                    }

                    var sequence = alert["sequence"]!.GetValue<long>();
                    lock (_gate)
                    {
                        _received.Add((alert["id"]!.GetValue<string>(), sequence));
                        LastSequence = Math.Max(LastSequence, sequence);
                    }

                    break;
                case "error":
                    return "subscription error: " + message.ToJsonString();
                case "complete":
                    return "completed by the server";
                default:
                    break;
            }
        }
    }

    private Task SendAsync(WebSocket socket, object message) => WebSocketMessages.Send(socket, message, _stop.Token);

    private Task<JsonObject?> ReceiveAsync(WebSocket socket, TimeSpan wait) => WebSocketMessages.Receive(socket, wait, _stop.Token);
}
