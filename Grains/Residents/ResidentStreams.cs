using Orleans.Streams;

namespace Voisinage.Grains.Residents;

/// <summary>
/// A publishing grain's way to residents' live streams, whose ids are (namespace, the resident's stream key; see
/// <see cref="IResidentStreamKeyGrain"/>). Each resident's key is asked once and kept for the activation: it does not
/// change while the account lives. A resident with no key (nobody ever subscribed, or the account is gone) gets nothing,
/// and none is made for them here: only a subscription makes one.
/// </summary>
internal sealed class ResidentStreams(IGrainFactory grains, IStreamProvider provider)
{
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    /// <summary>Publishes <paramref name="item"/> on <paramref name="residentId"/>'s stream in <paramref name="streamNamespace"/>.</summary>
    public async Task Publish<T>(string streamNamespace, string residentId, T item)
    {
        if (!keys.TryGetValue(residentId, out var key))
        {
            if (await grains.GetGrain<IResidentStreamKeyGrain>(residentId).Known() is not { } known)
            {
                return;
            }

            keys[residentId] = key = known;
        }

        await provider.GetStream<T>(StreamId.Create(streamNamespace, key)).OnNextAsync(item);
    }

    /// <summary>Drops what is kept about <paramref name="residentId"/> (their account closes).</summary>
    public void Forget(string residentId) => keys.Remove(residentId);
}
