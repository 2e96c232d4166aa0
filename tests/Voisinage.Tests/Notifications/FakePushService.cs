using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Voisinage.Tests.Notifications;

/// <summary>
/// A push service on this machine (Kestrel on a loopback port), standing for FCM/Mozilla's: it checks each request as
/// a browser's push service would (VAPID JWT: ES256 signature against the expected public key, aud, exp, sub;
/// TTL; aes128gcm) and decrypts the payload with the subscription's private key (RFC 8291), so tests assert what a
/// browser would show. Shared with bench/Push.Load.
/// </summary>
public sealed class FakePushService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string vapidPublicKey;
    private readonly ConcurrentDictionary<string, BrowserSubscription> subscriptions = new();

    /// <summary>
    /// Tokens whose signature, aud, sub and alg were checked, with their exp: a sender reuses one token per origin (RFC 8292
    /// §2), and a push service checks its signature once, not at every request (only exp is checked again).
    /// </summary>
    private readonly ConcurrentDictionary<string, long> checkedTokens = new(StringComparer.Ordinal);

    private readonly bool decryptLater;

    private FakePushService(WebApplication app, string vapidPublicKey, bool decryptLater)
    {
        this.app = app;
        this.vapidPublicKey = vapidPublicKey;
        this.decryptLater = decryptLater;
    }

    public string Origin { get; private set; } = "";

    /// <summary>Every push received, in order (for throughput counts).</summary>
    public event Action<ReceivedPush>? Received;

    /// <param name="vapidPublicKey">The application server's VAPID key every request must be signed with.</param>
    /// <param name="decryptLater">
    /// Keep each body and decrypt it when asked (<see cref="Decrypted"/>), as the browser would, not on arrival: the load
    /// benchmark's push service shares the cores with the server it measures, and a real push service does not decrypt.
    /// </param>
    public static async Task<FakePushService> Start(string vapidPublicKey, bool decryptLater = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new FakePushService(app, vapidPublicKey, decryptLater);
        app.MapPost("/push/{id}", service.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        service.Origin = new Uri(address).GetLeftPart(UriPartial.Authority);
        return service;
    }

    /// <summary>A new browser subscription (its own P-256 key pair and auth secret) on this service.</summary>
    public BrowserSubscription Subscribe()
    {
        var subscription = new BrowserSubscription($"{Origin}/push/{Guid.NewGuid():N}");
        subscriptions[subscription.Endpoint] = subscription;
        return subscription;
    }

    private async Task Handle(HttpContext context)
    {
        var endpoint = $"{Origin}{context.Request.Path}";
        if (!subscriptions.TryGetValue(endpoint, out var subscription))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (subscription.Stalled is { } stalled)
        {
            // Never accepted: held until released (or the sender gives up), then the connection is dropped unrecorded.
            subscription.CountStalled();
            await Task.WhenAny(stalled, Task.Delay(Timeout.Infinite, context.RequestAborted)).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Abort();
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        string? payload = null;
        var error = CheckVapid(context.Request.Headers.Authorization.ToString())
            ?? (context.Request.Headers.ContentEncoding.ToString() == "aes128gcm" ? null : "Content-Encoding is not aes128gcm")
            ?? (int.TryParse(context.Request.Headers["TTL"], out _) ? null : "no TTL header");
        if (error is null && !decryptLater)
        {
            (payload, error) = Decrypt(subscription, body.ToArray());
        }

        var status = error is null ? subscription.NextStatus() : StatusCodes.Status400BadRequest;
        var push = new ReceivedPush(
            endpoint,
            payload,
            int.TryParse(context.Request.Headers["TTL"], out var ttl) ? ttl : null,
            context.Request.Headers["Urgency"].ToString() is { Length: > 0 } urgency ? urgency : null,
            body.Length,
            error,
            status,
            DateTimeOffset.UtcNow,
            error is null && decryptLater ? body.ToArray() : null);
        context.Response.StatusCode = status;
        subscription.Add(push);
        Received?.Invoke(push);
    }

    /// <summary>A push kept encrypted on arrival (<c>decryptLater</c>), decrypted now with its subscription's keys.</summary>
    public ReceivedPush Decrypted(ReceivedPush push)
    {
        if (push.Body is not { } body || !subscriptions.TryGetValue(push.Endpoint, out var subscription))
        {
            return push;
        }

        var (payload, error) = Decrypt(subscription, body);
        return push with { Payload = payload, Error = error, Body = null };
    }

    private static (string? Payload, string? Error) Decrypt(BrowserSubscription subscription, byte[] body)
    {
        try
        {
            return (subscription.Decrypt(body), null);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or FormatException)
        {
            return (null, "cannot decrypt: " + e.Message);
        }
    }

    /// <summary>RFC 8292 §3: <c>vapid t=&lt;JWT&gt;, k=&lt;public key&gt;</c>; null when valid, the reason otherwise.</summary>
    private string? CheckVapid(string authorization)
    {
        if (!authorization.StartsWith("vapid ", StringComparison.Ordinal))
        {
            return "no vapid Authorization";
        }

        var parts = authorization[6..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var jwt) || !parts.TryGetValue("k", out var k) || k != vapidPublicKey)
        {
            return "missing token or unexpected public key";
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (checkedTokens.TryGetValue(jwt, out var knownExp))
        {
            return knownExp <= now ? "exp not within 24 hours" : null;
        }

        var segments = jwt.Split('.');
        if (segments.Length != 3)
        {
            return "malformed JWT";
        }

        var key = Base64UrlDecode(k);
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = key[1..33], Y = key[33..] },
        });
        if (!ecdsa.VerifyData(Encoding.ASCII.GetBytes($"{segments[0]}.{segments[1]}"), Base64UrlDecode(segments[2]), HashAlgorithmName.SHA256))
        {
            return "bad ES256 signature";
        }

        using var header = JsonDocument.Parse(Base64UrlDecode(segments[0]));
        using var claims = JsonDocument.Parse(Base64UrlDecode(segments[1]));
        var exp = claims.RootElement.GetProperty("exp").GetInt64();
        var sub = claims.RootElement.GetProperty("sub").GetString() ?? "";
        var error = header.RootElement.GetProperty("alg").GetString() != "ES256" ? "alg is not ES256"
            : !AudienceMatches(claims.RootElement.GetProperty("aud").GetString()) ? $"aud {claims.RootElement.GetProperty("aud")} is not the push service's origin {Origin}"
            : exp <= now || exp > now + (24 * 3600) ? "exp not within 24 hours"
            : !(sub.StartsWith("mailto:", StringComparison.Ordinal) || sub.StartsWith("https:", StringComparison.Ordinal)) ? "sub is not mailto: or https:"
            : null;
        if (error is null)
        {
            checkedTokens[jwt] = exp;
        }

        return error;
    }

    /// <summary>RFC 8292 §2: the audience is the push service's origin (scheme, host and, when not the default, port).</summary>
    private bool AudienceMatches(string? aud) => aud == Origin;

    internal static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value.TrimEnd('='));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>
/// What the push service received: the decrypted payload (null if invalid, with the reason in <see cref="Error"/>), or,
/// when kept for later, the encrypted <see cref="Body"/>.
/// </summary>
public sealed record ReceivedPush(string Endpoint, string? Payload, int? Ttl, string? Urgency, long EncryptedBytes, string? Error, int Status, DateTimeOffset At, byte[]? Body = null)
{
    public JsonElement Json => JsonDocument.Parse(Payload ?? "null").RootElement;
}

/// <summary>A browser's side of a push subscription: its keys, the statuses its push service answers, what arrived.</summary>
public sealed class BrowserSubscription
{
    private readonly ECDiffieHellman key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] authSecret = RandomNumberGenerator.GetBytes(16);
    private readonly ConcurrentQueue<int> statuses = new();
    private readonly Channel<ReceivedPush> arrivals = Channel.CreateUnbounded<ReceivedPush>();
    private readonly ConcurrentQueue<ReceivedPush> all = new();
    private TaskCompletionSource? stall;
    private int stalledRequests;

    /// <summary>The status every request gets once the queued ones are used (0: none, 201 Created).</summary>
    private volatile int refusing;

    public BrowserSubscription(string endpoint)
    {
        Endpoint = endpoint;
        var q = key.ExportParameters(false).Q;
        PublicKey = [0x04, .. q.X!, .. q.Y!];
    }

    public string Endpoint { get; }

    public byte[] PublicKey { get; }

    public string P256dh => System.Buffers.Text.Base64Url.EncodeToString(PublicKey);

    public string Auth => System.Buffers.Text.Base64Url.EncodeToString(authSecret);

    public IReadOnlyCollection<ReceivedPush> All => all;

    /// <summary>Statuses to answer the next requests with, in order (then 201 Created).</summary>
    public void Answer(params int[] codes)
    {
        foreach (var code in codes)
        {
            statuses.Enqueue(code);
        }
    }

    /// <summary>
    /// Holds this subscription's next requests unanswered until <see cref="Release"/>, then drops their connections
    /// without recording them: pushes in flight that the push service never accepted (as when the sender's silo dies).
    /// </summary>
    public void Stall() => stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Interlocked.Exchange(ref stall, null)?.TrySetResult();

    /// <summary>Requests held by <see cref="Stall"/> so far.</summary>
    public int StalledRequests => stalledRequests;

    internal Task? Stalled => stall?.Task;

    internal void CountStalled() => Interlocked.Increment(ref stalledRequests);

    /// <summary>Answers every request with this status (after the queued ones) until <see cref="Accept"/>.</summary>
    public void Refuse(int status) => refusing = status;

    public void Accept() => refusing = 0;

    internal int NextStatus() => statuses.TryDequeue(out var code) ? code : refusing is > 0 and var status ? status : StatusCodes.Status201Created;

    internal void Add(ReceivedPush push)
    {
        all.Enqueue(push);
        arrivals.Writer.TryWrite(push);
    }

    /// <summary>The next request this subscription's push service receives.</summary>
    public async Task<ReceivedPush> Next(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await arrivals.Reader.ReadAsync(cts.Token);
    }

    /// <summary>RFC 8291 §3.4 and RFC 8188: one aes128gcm record from the application server's ephemeral key.</summary>
    public string Decrypt(byte[] body)
    {
        var salt = body[..16];
        var idLength = body[20];
        var serverKey = body[21..(21 + idLength)];
        var cipher = body[(21 + idLength)..];
        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverKey[1..33], Y = serverKey[33..] },
        });
        var ecdhSecret = key.DeriveRawSecretAgreement(server.PublicKey);
        var prkKey = HKDF.Extract(HashAlgorithmName.SHA256, ecdhSecret, authSecret);
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. PublicKey, .. serverKey];
        var ikm = HKDF.Expand(HashAlgorithmName.SHA256, prkKey, 32, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());
        var plain = new byte[cipher.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, cipher[..^16], cipher[^16..], plain);
        }

        // Padding: the last record ends with 0x02 then zeros.
        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0)
        {
            end--;
        }

        if (end < 0 || plain[end] != 2)
        {
            throw new CryptographicException("no last-record padding delimiter");
        }

        return Encoding.UTF8.GetString(plain, 0, end);
    }
}
