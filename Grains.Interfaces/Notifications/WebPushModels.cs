namespace Voisinage.Grains.Notifications;

/// <summary>A browser's push subscription (the Push API's <c>PushSubscription.toJSON()</c>): where to send and how to encrypt.</summary>
/// <param name="Endpoint">The push service URL of this subscription.</param>
/// <param name="P256dh">The browser's P-256 public key, uncompressed (65 bytes), base64url.</param>
/// <param name="Auth">The 16-byte authentication secret, base64url.</param>
[GenerateSerializer, Immutable]
public sealed record WebPushSubscription(
    [property: Id(0)] string Endpoint,
    [property: Id(1)] string P256dh,
    [property: Id(2)] string Auth);

/// <summary>The application server's VAPID key pair (RFC 8292), base64url: public key uncompressed, private key the scalar.</summary>
[GenerateSerializer, Immutable]
public sealed record VapidKeys(
    [property: Id(0)] string PublicKey,
    [property: Id(1)] string PrivateKey);

/// <summary>One push request the gateway makes: a pending message of a resident's outbox, the subscription it goes to, and what it shows.</summary>
[GenerateSerializer, Immutable]
public sealed record WebPushDelivery(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string DeviceId,
    [property: Id(2)] WebPushSubscription Subscription,
    [property: Id(4)] PushNotice Notice);

/// <summary>What a push service answered to one delivery.</summary>
public enum PushResult
{
    /// <summary>Accepted (2xx): the message leaves the outbox.</summary>
    Delivered = 1,

    /// <summary>404 or 410: the subscription is gone; the device is removed with its outbox.</summary>
    Gone = 2,

    /// <summary>Anything else (5xx, 429, timeout, refused connection): tried again later, with backoff.</summary>
    Failed = 3,

    /// <summary>A 4xx that another try would not change (e.g. 413, 400): dropped, and logged.</summary>
    Rejected = 4,
}

[GenerateSerializer, Immutable]
public sealed record PushOutcome(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string DeviceId,
    [property: Id(2)] PushResult Result);
