using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Voisinage.Grains.Alerts;
using Voisinage.WebApi.Operations;

namespace Voisinage.WebApi.Alerts;

/// <summary>
/// The SignalR side of the fan-out on this front-end: one SignalR group per neighbourhood with local connections,
/// fed by one <see cref="AlertFeeds"/> listener, in stream order. After a merge it moves the group's connections
/// to the survivor's group.
/// </summary>
public sealed class AlertHubGroups(AlertFeeds feeds, IHubContext<AlertsHub> hub, ILogger<AlertHubGroups> logger)
{
    private readonly AlertFeeds _feeds = feeds;
    private readonly IHubContext<AlertsHub> _hub = hub;
    private readonly ILogger _logger = logger;
    private readonly ConcurrentDictionary<string, string> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Group> _groups = new(StringComparer.Ordinal);

    public string? NeighbourhoodOf(string connectionId) => _connections.GetValueOrDefault(connectionId);

    public async Task Join(string connectionId, string neighbourhoodId)
    {
        if (_connections.TryAdd(connectionId, neighbourhoodId))
        {
            ApiTelemetry.SubscriptionStarted(ApiTelemetry.SignalR);
        }
        else
        {
            _connections[connectionId] = neighbourhoodId;
        }

        await _hub.Groups.AddToGroupAsync(connectionId, GroupName(neighbourhoodId));
        while (true)
        {
            var group = _groups.GetOrAdd(neighbourhoodId, id => new Group(id, this));
            if (await group.TryAddRef())
            {
                return;
            }

            _groups.TryRemove(new KeyValuePair<string, Group>(neighbourhoodId, group));
        }
    }

    public async Task Leave(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var neighbourhoodId))
        {
            ApiTelemetry.SubscriptionEnded(ApiTelemetry.SignalR);
            await _hub.Groups.RemoveFromGroupAsync(connectionId, GroupName(neighbourhoodId));
            if (_groups.TryGetValue(neighbourhoodId, out var group))
            {
                await group.Release();
            }
        }
    }

    private static string GroupName(string neighbourhoodId) => "alerts:" + neighbourhoodId;

    private async Task Move(string from, string to)
    {
        foreach (var (connection, neighbourhood) in _connections)
        {
            if (neighbourhood == from && _connections.TryUpdate(connection, to, from))
            {
                await _hub.Groups.AddToGroupAsync(connection, GroupName(to));
                await _hub.Groups.RemoveFromGroupAsync(connection, GroupName(from));
                await Join(connection, to);
                if (_groups.TryGetValue(from, out var old))
                {
                    await old.Release();
                }
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "SemaphoreSlim without AvailableWaitHandle holds no unmanaged resource.")]
    private sealed class Group(string id, AlertHubGroups owner) : IAlertListener
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly Channel<AlertEvent> _outbox = Channel.CreateUnbounded<AlertEvent>(new UnboundedChannelOptions { SingleReader = true });
        private IAsyncDisposable? _lease;
        private int _refs;
        private bool _closed;

        public async Task<bool> TryAddRef()
        {
            await _gate.WaitAsync();
            try
            {
                if (_closed)
                {
                    return false;
                }

                if (_refs == 0)
                {
                    _lease = await owner._feeds.Listen(id, this);
                    _ = Task.Run(SendLoopAsync);
                }

                _refs++;
                return true;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task Release()
        {
            await _gate.WaitAsync();
            try
            {
                if (_closed || --_refs > 0)
                {
                    return;
                }

                _closed = true;
                owner._groups.TryRemove(new KeyValuePair<string, Group>(id, this));
                _outbox.Writer.TryComplete();
                if (_lease is not null)
                {
                    await _lease.DisposeAsync();
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent) => _outbox.Writer.TryWrite(alertEvent);

        private async Task SendLoopAsync()
        {
            var clients = owner._hub.Clients.Group(GroupName(id));
            await foreach (var item in _outbox.Reader.ReadAllAsync())
            {
                try
                {
                    switch (item.Kind)
                    {
                        case AlertEventKind.Raised when item.Alert is { } alert:
                            await clients.SendAsync("AlertRaised", AlertPayload.From(alert));
                            ApiTelemetry.AlertDelivered(ApiTelemetry.SignalR);
                            break;
                        case AlertEventKind.Updated when item.Alert is { } alert:
                            await clients.SendAsync("AlertUpdated", AlertPayload.From(alert));
                            ApiTelemetry.AlertDelivered(ApiTelemetry.SignalR);
                            break;
                        case AlertEventKind.Moved when item.MovedTo is { } survivor:
                            await owner.Move(id, survivor);
                            break;
                    }
                }
                catch (Exception ex)
                {
                    owner._logger.LogWarning(ex, "Sending alert event {Kind} to the SignalR group of {Neighbourhood} failed", item.Kind, id);
                }
            }
        }
    }
}
