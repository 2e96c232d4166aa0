using Voisinage.Grains.Alerts;

namespace Voisinage.WebApi.Alerts;

/// <summary>A local consumer of one neighbourhood's alert events (a GraphQL subscription, a SignalR group).</summary>
public interface IAlertListener
{
    /// <summary>Called in stream order per neighbourhood; must not block (queue the event and return).</summary>
    void OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent);
}
