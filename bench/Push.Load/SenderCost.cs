using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Notifications;

namespace Voisinage.Bench.Push;

/// <summary>
/// What one Web Push costs the sender with the gateway's library and settings, without the network: RFC 8291
/// encryption (an ephemeral P-256 key, ECDH, HKDF, AES-128-GCM — unavoidable per message) and the request, with the
/// VAPID token cached as the gateway caches it. The HTTP handler answers 201 at once, on one thread.
/// </summary>
internal static class SenderCost
{
    public static async Task<string> Measure(int pushes)
    {
        using var vapidKey = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var p = vapidKey.ExportParameters(includePrivateParameters: true);
        var vapid = new VapidAuthentication(
            System.Buffers.Text.Base64Url.EncodeToString([0x04, .. p.Q.X!, .. p.Q.Y!]),
            System.Buffers.Text.Base64Url.EncodeToString(p.D!))
        { Subject = "mailto:bench@voisinage.invalid", TokenCache = new OneToken() };
        using var http = new HttpClient(new Accepting());
        var client = new PushServiceClient(http) { AutoRetryAfter = false };
        var browser = new BrowserSubscription("https://push.example/push/bench");
        var subscription = new PushSubscription { Endpoint = browser.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, browser.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, browser.Auth);
        var payload = "{\"id\":\"0123456789abcdef0123456789abcdef\",\"type\":\"alert\",\"kind\":\"VIGILANCE\",\"title\":\"Démarcheurs\",\"body\":\"Deux personnes se présentent comme techniciens.\",\"urgent\":false,\"url\":\"/alertes#0123456789abcdef0123456789abcdef\",\"at\":\"2026-12-07T01:00:00+00:00\"}";

        async Task Send(int n)
        {
            for (var i = 0; i < n; i++)
            {
                await client.RequestPushMessageDeliveryAsync(subscription, new PushMessage(payload) { TimeToLive = 43200, Urgency = PushMessageUrgency.Normal }, vapid, VapidAuthenticationScheme.Vapid);
            }
        }

        await Send(200);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Send(pushes);
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var each = clock.Elapsed.TotalMicroseconds / pushes;
        var (keyPair, agreement, derive) = Primitives(browser, payload, pushes);
        var (openSsl, dotnet) = (0.0, 0.0);
        for (var round = 0; round < 3; round++)
        {
            // Interleaved, CPU time of this process: the gateway's encryption as it runs, and with .NET's classes only.
            openSsl += Gateway(browser, payload, pushes, useOpenSsl: true) / 3;
            dotnet += Gateway(browser, payload, pushes, useOpenSsl: false) / 3;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"gateway encryption (WebPushEncryption.Encrypt, one thread, CPU): {openSsl:0} µs per push with OpenSSL's EC functions, {dotnet:0} µs with .NET's ECDiffieHellman\n") +
            string.Create(CultureInfo.InvariantCulture,
            $"sender cost (Lib.Net.Http.WebPush: encrypt + cached VAPID + request, no network): {each:0} µs per push on one thread = {1_000_000 / each:0} pushes/s per core ({cpuUsed * 1_000_000 / pushes:0} µs CPU per push)\n") +
            string.Create(CultureInfo.InvariantCulture,
            $"RFC 8291 primitives per push (.NET, one thread): ephemeral P-256 key {keyPair:0} µs, ECDH agreement {agreement:0} µs, HKDF + AES-128-GCM {derive:0} µs");
    }

    /// <summary>CPU µs per <see cref="WebPushEncryption.Encrypt"/> on this thread's process, the browser's key imported once.</summary>
    private static double Gateway(BrowserSubscription browser, string payload, int pushes, bool useOpenSsl)
    {
        using var recipient = new WebPushEncryption.Recipient(browser.PublicKey, System.Buffers.Text.Base64Url.DecodeFromChars(browser.Auth), useOpenSsl);
        var plain = System.Text.Encoding.UTF8.GetBytes(payload);
        WebPushEncryption.Encrypt(recipient, plain);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < pushes; i++)
        {
            WebPushEncryption.Encrypt(recipient, plain);
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / pushes;
    }

    /// <summary>The unavoidable work per message, timed apart: a new key pair, the agreement with the browser's key, the derivations and the cipher.</summary>
    private static (double KeyPair, double Agreement, double Derive) Primitives(BrowserSubscription browser, string payload, int pushes)
    {
        using var browserKey = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = browser.PublicKey[1..33], Y = browser.PublicKey[33..] },
        });
        var auth = System.Buffers.Text.Base64Url.DecodeFromChars(browser.Auth);
        var plain = System.Text.Encoding.UTF8.GetBytes(payload + "\u0002");
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        var (keyPair, agreement, derive) = (0L, 0L, 0L);
        for (var i = 0; i < pushes; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var q = ephemeral.ExportParameters(false).Q;
            var t1 = Stopwatch.GetTimestamp();
            var secret = ephemeral.DeriveRawSecretAgreement(browserKey.PublicKey);
            var t2 = Stopwatch.GetTimestamp();
            var prk = HKDF.Extract(HashAlgorithmName.SHA256, secret, auth);
            var ikm = HKDF.Expand(HashAlgorithmName.SHA256, prk, 32, [.. "WebPush: info\0"u8, .. browser.PublicKey, 0x04, .. q.X!, .. q.Y!]);
            var salt = RandomNumberGenerator.GetBytes(16);
            var contentPrk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
            var cek = HKDF.Expand(HashAlgorithmName.SHA256, contentPrk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
            var nonce = HKDF.Expand(HashAlgorithmName.SHA256, contentPrk, 12, "Content-Encoding: nonce\0"u8.ToArray());
            using (var aes = new AesGcm(cek, 16))
            {
                aes.Encrypt(nonce, plain, cipher, tag);
            }

            var t3 = Stopwatch.GetTimestamp();
            (keyPair, agreement, derive) = (keyPair + t1 - t0, agreement + t2 - t1, derive + t3 - t2);
        }

        double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / pushes;
        return (Micro(keyPair), Micro(agreement), Micro(derive));
    }

    private sealed class Accepting : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // The encrypted body is produced when the content is read, as a socket handler would read it.
            await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created);
        }
    }

    private sealed class OneToken : IVapidTokenCache
    {
        private (string Token, DateTimeOffset Expires)? token;

        public string? Get(string audience) => token is { } t && t.Expires > DateTimeOffset.UtcNow.AddMinutes(1) ? t.Token : null;

        public void Put(string audience, DateTimeOffset expiration, string value) => token = (value, expiration);
    }
}
