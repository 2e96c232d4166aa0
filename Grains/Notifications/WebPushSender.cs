using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using AlertKind = Voisinage.Grains.Alerts.AlertKind;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// One silo's Web Push client: encrypts (RFC 8291, aes128gcm), signs (VAPID, RFC 8292, tokens cached per push service
/// until shortly before they expire) and posts one message. One pooled HTTP client per silo; it connects only to
/// public addresses (unless <see cref="PushOptions.AllowLoopback"/>), whatever a subscription's host resolves to.
/// </summary>
public sealed class WebPushSender : IDisposable
{
    private readonly IGrainFactory grains;
    private readonly PushOptions options;
    private readonly ILogger<WebPushSender> log;
    private readonly HttpClient http;
    private readonly PushServiceClient client;
    private readonly SemaphoreSlim keysLock = new(1, 1);
    private VapidAuthentication? vapid;

    public WebPushSender(IGrainFactory grains, IOptions<PushOptions> options, ILogger<WebPushSender> log)
    {
        this.grains = grains;
        this.options = options.Value;
        this.log = log;
        var allowLoopback = this.options.AllowLoopback;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),

            // Bounded parallelism per push service: a burst waits for a pooled connection rather than opening hundreds.
            MaxConnectionsPerServer = this.options.MaxConnectionsPerOrigin,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = async (context, cancellationToken) =>
            {
                // The check is made on the address actually connected to, so a host name cannot lead into the private network.
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var address = addresses.FirstOrDefault(a => WebPushRules.MayConnect(a, allowLoopback))
                    ?? throw new HttpRequestException($"Push endpoint {context.DnsEndPoint.Host} is not on a public address.");
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        http = new HttpClient(handler) { Timeout = this.options.RequestTimeout };
        client = new PushServiceClient(http)
        {
            // Retries belong to the outbox (backoff on the TimeProvider, survives a silo), not to a request in memory.
            AutoRetryAfter = false,
            DefaultTimeToLive = (int)this.options.TimeToLive.TotalSeconds,
        };
    }

    public async Task<PushResult> Send(WebPushDelivery delivery, CancellationToken cancellationToken)
    {
        var subscription = new PushSubscription { Endpoint = delivery.Subscription.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, delivery.Subscription.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, delivery.Subscription.Auth);
        var message = new PushMessage(PushPayload.For(delivery.Alert))
        {
            TimeToLive = (int)options.TimeToLive.TotalSeconds,
            Urgency = delivery.Alert.Kind == AlertKind.Urgent ? PushMessageUrgency.High : PushMessageUrgency.Normal,
        };

        try
        {
            await client.RequestPushMessageDeliveryAsync(subscription, message, await Vapid(), VapidAuthenticationScheme.Vapid, cancellationToken);
            return PushResult.Delivered;
        }
        catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return PushResult.Gone;
        }
        catch (PushServiceClientException e) when ((int)e.StatusCode is >= 400 and < 500 && e.StatusCode is not HttpStatusCode.TooManyRequests and not HttpStatusCode.RequestTimeout)
        {
            log.LogWarning("Push service refused message {Message} with {Status}: {Body}", delivery.MessageId, (int)e.StatusCode, e.Body);
            return PushResult.Rejected;
        }
        catch (Exception e) when (e is PushServiceClientException or HttpRequestException or TaskCanceledException or IOException)
        {
            log.LogInformation("Push of message {Message} failed, to be retried: {Error}", delivery.MessageId, e.Message);
            return PushResult.Failed;
        }
    }

    private async ValueTask<VapidAuthentication> Vapid()
    {
        if (vapid is { } ready)
        {
            return ready;
        }

        await keysLock.WaitAsync();
        try
        {
            if (vapid is null)
            {
                var keys = await grains.GetGrain<IVapidKeysGrain>(0).GetKeys();
                vapid = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = options.VapidSubject, TokenCache = new TokenCache() };
            }

            return vapid;
        }
        finally
        {
            keysLock.Release();
        }
    }

    public void Dispose()
    {
        client.DefaultAuthentication?.Dispose();
        vapid?.Dispose();
        http.Dispose();
        keysLock.Dispose();
    }

    /// <summary>VAPID tokens per audience (push service origin), reused until a minute before they expire: one signature per service, not per push.</summary>
    private sealed class TokenCache : IVapidTokenCache
    {
        private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);

        public string? Get(string audience) =>
            tokens.TryGetValue(audience, out var t) && t.Expires > DateTimeOffset.UtcNow.AddMinutes(1) ? t.Token : null;

        public void Put(string audience, DateTimeOffset expiration, string token) => tokens[audience] = (token, expiration);
    }
}
