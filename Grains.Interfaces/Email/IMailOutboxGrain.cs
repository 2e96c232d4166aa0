using Orleans.Concurrency;

namespace Voisinage.Grains.Email;

/// <summary>
/// One shard of the outgoing-mail queue (key: <see cref="ShardOf"/> the recipient). The one path every email takes:
/// <see cref="Enqueue"/> stores the mail and returns; the grain sends it through the silo's mail transport afterwards,
/// retrying with backoff until it is accepted or gives up (docs/notifications.md, "Email").
/// </summary>
public interface IMailOutboxGrain : IGrainWithIntegerKey
{
    /// <summary>Shards of the queue: a burst of sign-ups spreads over this many grains.</summary>
    const int Shards = 16;

    /// <summary>Stores the mail durably (idempotent by id) and returns; sending happens later, off the caller's path.</summary>
    Task Enqueue(OutgoingMail mail);

    /// <summary>Mails still waiting to be accepted by the transport.</summary>
    [ReadOnly]
    Task<int> CountPending();

    /// <summary>The shard of the queue for a recipient (stable across processes).</summary>
    static int ShardOf(string recipient)
    {
        var hash = 2166136261u;
        foreach (var c in recipient)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }
}
