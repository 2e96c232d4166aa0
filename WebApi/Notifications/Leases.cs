namespace Voisinage.WebApi.Notifications;

/// <summary>Several things held for one connection and let go together (its stream subscription, its live-path lease).</summary>
internal sealed class Leases(params IDisposable[] parts) : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var part in parts)
            {
                part.Dispose();
            }
        }
    }
}
