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
    /// <summary>
    /// The key, made and saved on first use; null once the account is gone (closed, or never created): nothing is made
    /// then. For subscribers (the front-ends): a stream is only worth a key once someone listens to it.
    /// </summary>
    Task<string?> Key();

    /// <summary>
    /// The key if one was made, else null, never making one: for publishers, since with no key nobody listens (a
    /// commune's notification fan-out then costs no key write per resident). A subscription that makes the key while a
    /// publisher has just found none misses that one event, which the inbox's page has (as after a reconnection).
    /// </summary>
    [ReadOnly]
    Task<string?> Known();

    /// <summary>
    /// Erases the key (account closure; idempotent): streams under it are never published on again. Interleaves: the
    /// closure may run in the resident grain's activation, which a <see cref="Key"/> waiting on that grain cannot let finish.
    /// </summary>
    [AlwaysInterleave]
    Task Forget();
}
