namespace Voisinage.Grains.Operations;

/// <summary>Answers pings, so a host can tell the cluster is reachable and activating grains.</summary>
public interface IHealthGrain : IGrainWithIntegerKey
{
    Task<DateTimeOffset> Ping();
}
