using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// The key of a resident's live streams (<see cref="Messaging.IConversationGrain.StreamNamespace"/> and
/// <see cref="Listings.INotificationInboxGrain.StreamNamespace"/>), keyed by resident id: a random, unguessable value
/// that stands for the resident in the stream ids, so the stream pub-sub rows Orleans writes while a stream is active
/// never hold the resident's id, and name nobody once the closure erased this key. Only the grains that publish and the
/// front-ends that subscribe for the resident ask for it; it is never in the API.
/// </summary>
public interface IResidentStreamKeyGrain : IGrainWithStringKey
{
    /// <summary>The key, made and saved on first use; null once the account is gone (closed, or never created): nothing is made then.</summary>
    Task<string?> Key();

    /// <summary>
    /// Erases the key (account closure; idempotent): streams under it are never published on again. Interleaves: the
    /// closure may run in the resident grain's activation, which a <see cref="Key"/> waiting on that grain cannot let finish.
    /// </summary>
    [AlwaysInterleave]
    Task Forget();
}
