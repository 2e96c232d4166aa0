using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voisinage.ClusterFault;

/// <summary>One JSON message at a time over a WebSocket (graphql-transport-ws), for the harness and the tests alike.</summary>
public static class WebSocketMessages
{
    public static Task Send(WebSocket socket, object message, CancellationToken cancellationToken = default) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>
    /// The next message, null once the socket is closed, or throws <see cref="OperationCanceledException"/> after
    /// <paramref name="wait"/> (or when <paramref name="cancellationToken"/> is cancelled).
    /// </summary>
    public static async Task<JsonObject?> Receive(WebSocket socket, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(text.ToString())!.AsObject();
            }
        }
    }
}
