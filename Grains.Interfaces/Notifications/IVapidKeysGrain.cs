namespace Voisinage.Grains.Notifications;

/// <summary>
/// The application server's VAPID keys (key 0): taken from configuration when it supplies them, otherwise generated on
/// first use and kept in grain storage, so that subscriptions made against the public key keep working across restarts.
/// </summary>
public interface IVapidKeysGrain : IGrainWithIntegerKey
{
    /// <summary>The key pair; for the push gateway only (the private key never leaves the silos).</summary>
    Task<VapidKeys> GetKeys();

    /// <summary>The public key (base64url) that browsers pass to <c>pushManager.subscribe</c> as <c>applicationServerKey</c>.</summary>
    Task<string> GetPublicKey();
}
