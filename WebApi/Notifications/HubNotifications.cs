using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Voisinage.Grains.Listings;
using Voisinage.WebApi.Alerts;
using Voisinage.WebApi.GraphQL;

namespace Voisinage.WebApi.Notifications;

/// <summary>
/// <c>NotificationReceived(event)</c> on the SignalR hub: each connection follows its resident's notification stream,
/// the same source as the graphql-ws <c>notificationReceived</c> subscription (one delivery path per kind of event),
/// and gets each new notification with the unread count it makes. A client that reconnects reads
/// <c>notifications</c> again for what came meanwhile, as over graphql-ws.
/// </summary>
public sealed class HubNotifications(IClusterClient cluster, IHubContext<AlertsHub> hub, LiveAnnouncements live, ILogger<HubNotifications> logger)
{
    /// <summary>The client method the hub calls.</summary>
    public const string Method = "NotificationReceived";

    private readonly ConcurrentDictionary<string, IDisposable> _connections = new(StringComparer.Ordinal);

    /// <summary>Starts sending <paramref name="residentId"/>'s new notifications to the connection.</summary>
    public async Task Attach(string connectionId, string residentId)
    {
        var source = await OrleansStreamSource.OpenResidentAsync<NotificationEvent>(cluster, INotificationInboxGrain.StreamNamespace, residentId);
        var subscription = new Leases(source.Subscribe(new Sender(hub.Clients.Client(connectionId), logger)), await live.Connect(residentId));
        if (!_connections.TryAdd(connectionId, subscription))
        {
            subscription.Dispose();
        }
    }

    /// <summary>Stops (the connection closed).</summary>
    public void Detach(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var subscription))
        {
            subscription.Dispose();
        }
    }

    /// <summary>Sends one event after the other, in the order the stream delivered them (the unread count grows with them).</summary>
    private sealed class Sender(ISingleClientProxy client, ILogger logger) : IObserver<object?>
    {
        private readonly Lock _gate = new();
        private Task _last = Task.CompletedTask;

        public void OnNext(object? value)
        {
            if (value is not NotificationEvent e)
            {
                return;
            }

            var payload = NotificationPayload.From(e);
            lock (_gate)
            {
                _last = SendAfter(_last, payload);
            }
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }

        private async Task SendAfter(Task previous, NotificationPayload payload)
        {
            await previous;
            try
            {
                await client.SendAsync(Method, payload);
            }
            catch (Exception ex)
            {
                // The connection is going away; its stream subscription ends when it does.
                logger.LogDebug(ex, "Could not send a notification to a hub connection");
            }
        }
    }
}
