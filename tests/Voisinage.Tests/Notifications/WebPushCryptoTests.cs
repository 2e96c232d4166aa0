using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

/// <summary>The gateway's RFC 8291 encryption and RFC 8292 VAPID tokens, against a browser's decryption and a push service's checks.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WebPushCryptoTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_message_encrypted_for_a_subscription_decrypts_with_the_browser_keys_as_one_record_with_a_fresh_key_each_time(bool openSsl)
    {
        var browser = new BrowserSubscription("https://push.example/push/1");
        using var recipient = new WebPushEncryption.Recipient(browser.PublicKey, Convert.FromBase64String(ToBase64(browser.Auth)), openSsl);
        Assert.Equal(openSsl, recipient.UsesOpenSsl);
        var text = "{\"id\":\"a1\",\"title\":\"Fuite de gaz — évacuez\"}";

        var first = WebPushEncryption.Encrypt(recipient, Encoding.UTF8.GetBytes(text));
        var second = WebPushEncryption.Encrypt(recipient, Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, browser.Decrypt(first));
        Assert.Equal(text, browser.Decrypt(second));
        Assert.Equal(4096u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(first.AsSpan(16)));
        Assert.Equal(65, first[20]);

        // A new salt and ephemeral key per message: the same text never gives the same body.
        Assert.NotEqual(first[..16], second[..16]);
        Assert.NotEqual(first[21..86], second[21..86]);
        Assert.Equal(16 + 4 + 1 + 65 + Encoding.UTF8.GetByteCount(text) + 1 + 16, first.Length);
    }

    [Fact]
    public void OpenSsl_is_found_and_refuses_a_browser_key_off_the_curve()
    {
        // The gateway's fast path must be the one these tests and the benchmark exercise on the project's machines (Debian).
        Assert.True(OpenSslP256.IsAvailable, "libcrypto.so.3 not found: the gateway would fall back to .NET's slower classes");
        var browser = new BrowserSubscription("https://push.example/push/2");
        using var point = OpenSslP256.ImportPublicKey(browser.PublicKey);
        Assert.NotNull(point);
        Assert.Throws<ArgumentException>(() => OpenSslP256.Agree(point, new byte[64], new byte[32]));
        Assert.Throws<ArgumentException>(() => OpenSslP256.Agree(point, new byte[65], new byte[31]));

        var offCurve = browser.PublicKey.ToArray();
        offCurve[64] ^= 1;
        Assert.Null(OpenSslP256.ImportPublicKey(offCurve));
        Assert.Null(OpenSslP256.ImportPublicKey(browser.PublicKey.AsSpan(0, 33)));
    }

    [Fact]
    public void A_vapid_token_is_signed_for_the_exact_origin_and_reused_until_a_minute_before_it_expires()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(includePrivateParameters: true);
        var keys = new VapidKeys(Base64Url.Encode([0x04, .. p.Q.X!, .. p.Q.Y!]), Base64Url.Encode(p.D!));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
        using var tokens = new VapidTokens(keys, "mailto:ops@voisinage.invalid", clock);

        var first = tokens.AuthorizationFor(new Uri("http://127.0.0.1:8443/push/a"));
        Assert.Equal(first, tokens.AuthorizationFor(new Uri("http://127.0.0.1:8443/push/b")));
        Assert.NotEqual(first, tokens.AuthorizationFor(new Uri("https://fcm.googleapis.com/fcm/send/x")));

        var (jwt, k) = Parse(first);
        Assert.Equal(keys.PublicKey, k);
        var segments = jwt.Split('.');
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes($"{segments[0]}.{segments[1]}"), Base64Url.Decode(segments[2]), HashAlgorithmName.SHA256));
        using var claims = JsonDocument.Parse(Base64Url.Decode(segments[1]));
        Assert.Equal("http://127.0.0.1:8443", claims.RootElement.GetProperty("aud").GetString());
        Assert.Equal(clock.GetUtcNow().AddHours(12).ToUnixTimeSeconds(), claims.RootElement.GetProperty("exp").GetInt64());
        Assert.Equal("mailto:ops@voisinage.invalid", claims.RootElement.GetProperty("sub").GetString());

        clock.Advance(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(58));
        Assert.Equal(first, tokens.AuthorizationFor(new Uri("http://127.0.0.1:8443/push/a")));
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.NotEqual(first, tokens.AuthorizationFor(new Uri("http://127.0.0.1:8443/push/a")));
    }

    private static (string Jwt, string K) Parse(string authorization)
    {
        Assert.StartsWith("vapid ", authorization);
        var parts = authorization[6..].Split(',', StringSplitOptions.TrimEntries).Select(x => x.Split('=', 2)).ToDictionary(x => x[0], x => x[1]);
        return (parts["t"], parts["k"]);
    }

    private static string ToBase64(string base64Url) => Convert.ToBase64String(Base64Url.Decode(base64Url));
}
