namespace Voisinage.Grains.Notifications;

/// <summary>The Web Push gateway (docs/notifications.md), section <c>Voisinage:Push</c>.</summary>
public sealed class PushOptions
{
    public const string Section = "Voisinage:Push";

    /// <summary>VAPID public key (base64url, uncompressed P-256 point). Empty: generated on first start and kept in grain storage.</summary>
    public string? VapidPublicKey { get; set; }

    /// <summary>VAPID private key (base64url, 32 bytes); set together with <see cref="VapidPublicKey"/>.</summary>
    public string? VapidPrivateKey { get; set; }

    /// <summary>The VAPID <c>sub</c> claim: how a push service reaches the operator (<c>mailto:</c> or <c>https:</c>).</summary>
    public string VapidSubject { get; set; } = "mailto:operations@voisinage.invalid";

    /// <summary>
    /// Accept subscriptions on this machine (http and loopback endpoints) and let the gateway connect to loopback
    /// addresses: for tests and benchmarks only. Off, endpoints must be https and resolve to public addresses.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long a push service keeps a message for an offline device (<c>TTL</c> header).</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(12);

    /// <summary>First retry delay after a failed push; doubles at each failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Failed tries after which a message is dropped (with the defaults, about an hour and a half of retries).</summary>
    public int MaxAttempts { get; set; } = 14;

    /// <summary>A batch handed to the gateway with no answer after this long (its silo died) is sent again.</summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Timeout of one request to a push service.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often each pending-outbox shard wakes its residents (a reminder): finishes what a dead silo left pending.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a neighbourhood's push outbox keeps its residents' answers in memory before saving them when no alert comes to save them with.</summary>
    public TimeSpan AckFlushDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most connections the gateway opens to one push service (per silo); further requests wait for a free one.</summary>
    public int MaxConnectionsPerOrigin { get; set; } = 64;

    /// <summary>Most requests in flight to one push service (per silo), over all its connections; further pushes wait.</summary>
    public int MaxRequestsPerOrigin { get; set; } = 256;

    /// <summary>The retry delay after <paramref name="attempts"/> failed tries.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
