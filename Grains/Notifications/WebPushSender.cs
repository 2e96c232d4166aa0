using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// One silo's Web Push client: encrypts (RFC 8291, aes128gcm), signs (VAPID, RFC 8292, tokens cached per push service
/// until shortly before they expire) and posts one message. One pooled HTTP client per silo; it connects only to
/// public addresses (unless <see cref="PushOptions.AllowLoopback"/>), whatever a subscription's host resolves to.
/// </summary>
public sealed class WebPushSender : IDisposable
{
    /// <summary>Subscriptions whose imported keys are kept (a few hundred bytes each).</summary>
    private const int MaxRecipients = 100_000;

    private readonly IGrainFactory grains;
    private readonly PushOptions options;
    private readonly ILogger<WebPushSender> log;
    private readonly HttpClient http;
    private readonly ConcurrentDictionary<string, WebPushEncryption.Recipient> recipients = new(StringComparer.Ordinal);

    /// <summary>Payloads by alert id (UTF-8 JSON): the same for every recipient of an alert, so serialized once.</summary>
    private readonly ConcurrentDictionary<string, byte[]> payloads = new(StringComparer.Ordinal);

    /// <summary>One gate per push-service origin: at most <see cref="PushOptions.MaxRequestsPerOrigin"/> requests in flight to it.</summary>
    private readonly ConcurrentDictionary<string, SemaphoreSlim> origins = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim keysLock = new(1, 1);
    private VapidTokens? vapid;

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

            // HTTP/2 where the push service offers it (negotiated by TLS ALPN; plain-http test services stay on 1.1):
            // many pushes share one connection, and more connections open when one is full.
            EnableMultipleHttp2Connections = true,
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
    }

    public async Task<PushResult> Send(WebPushDelivery delivery, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(delivery.Subscription.Endpoint);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = new ByteArrayContent(WebPushEncryption.Encrypt(RecipientOf(delivery.Subscription), PayloadOf(delivery.Notice))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentEncoding.Add("aes128gcm");
        request.Headers.TryAddWithoutValidation("Authorization", (await Vapid()).AuthorizationFor(endpoint));
        request.Headers.TryAddWithoutValidation("TTL", ((int)options.TimeToLive.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("Urgency", delivery.Notice.Urgent ? "high" : "normal");

        // Bounded per origin: a burst of many residents' pushes waits here instead of piling requests on one service
        // (HTTP/2 would multiplex them all onto its connections).
        var gate = origins.GetOrAdd(endpoint.GetLeftPart(UriPartial.Authority), _ => new SemaphoreSlim(options.MaxRequestsPerOrigin, options.MaxRequestsPerOrigin));
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return PushResult.Delivered;
            }

            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return PushResult.Gone;
            }

            if (status is >= 400 and < 500 && response.StatusCode is not HttpStatusCode.TooManyRequests and not HttpStatusCode.RequestTimeout)
            {
                log.LogWarning("Push service refused message {Message} with {Status}: {Body}", delivery.MessageId, status, await response.Content.ReadAsStringAsync(cancellationToken));
                return PushResult.Rejected;
            }

            // Debug, not Information: a failing push service would write one line per push (the outcome is retried).
            log.LogDebug("Push of message {Message} failed with {Status}, to be retried", delivery.MessageId, status);
            return PushResult.Failed;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            log.LogDebug("Push of message {Message} failed, to be retried: {Error}", delivery.MessageId, e.Message);
            return PushResult.Failed;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The subscription's keys decoded and imported once, not per push. Forgotten wholesale past
    /// <see cref="MaxRecipients"/> (re-imported on their next push), which bounds the memory whatever the churn.
    /// </summary>
    private WebPushEncryption.Recipient RecipientOf(WebPushSubscription subscription)
    {
        var key = $"{subscription.P256dh}|{subscription.Auth}";
        if (recipients.TryGetValue(key, out var known))
        {
            return known;
        }

        if (recipients.Count >= MaxRecipients)
        {
            recipients.Clear();
        }

        return recipients.GetOrAdd(key, _ => new WebPushEncryption.Recipient(Base64Url.Decode(subscription.P256dh), Base64Url.Decode(subscription.Auth)));
    }

    /// <summary>
    /// The notice's payload, serialized at its first push (an alert's or announcement's pushed fields never change);
    /// forgotten past 1,000 notices.
    /// </summary>
    private byte[] PayloadOf(PushNotice notice)
    {
        if (payloads.TryGetValue(notice.Id, out var known))
        {
            return known;
        }

        if (payloads.Count >= 1_000)
        {
            payloads.Clear();
        }

        return payloads.GetOrAdd(notice.Id, _ => Encoding.UTF8.GetBytes(PushPayload.For(notice)));
    }

    private async ValueTask<VapidTokens> Vapid()
    {
        if (vapid is { } ready)
        {
            return ready;
        }

        await keysLock.WaitAsync();
        try
        {
            // The wall clock, not the silo's TimeProvider: push services check exp against theirs (tests move the silo's).
            vapid ??= new VapidTokens(await grains.GetGrain<IVapidKeysGrain>(0).GetKeys(), options.VapidSubject, TimeProvider.System);
            return vapid;
        }
        finally
        {
            keysLock.Release();
        }
    }

    public void Dispose()
    {
        vapid?.Dispose();
        http.Dispose();
        keysLock.Dispose();
        foreach (var gate in origins.Values)
        {
            gate.Dispose();
        }
    }
}
