using Voisinage.Grains.Notifications;

namespace Voisinage.WebApi.Notifications;

/// <summary>
/// The VAPID public key, read once per front-end from <see cref="IVapidKeysGrain"/>: <c>appConfig</c> is public and
/// asked on every page load, and the key does not change while the cluster runs.
/// </summary>
public sealed class VapidPublicKey(IGrainFactory grains)
{
    private Task<string>? key;

    public Task<string> Get()
    {
        var pending = key ??= grains.GetGrain<IVapidKeysGrain>(0).GetPublicKey();

        // A failed read (cluster not ready) is not kept: the next request asks again.
        if (pending.IsFaulted || pending.IsCanceled)
        {
            Interlocked.CompareExchange(ref key, null, pending);
        }

        return pending;
    }
}

public static class NotificationServices
{
    public static IServiceCollection AddVoisinageNotifications(this IServiceCollection services) =>
        services.AddSingleton<VapidPublicKey>().AddSingleton<HubNotifications>().AddSingleton<LiveAnnouncements>();
}
