using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Voisinage.Grains.Notifications;

/// <summary>What a push subscription must be before the gateway sends anything to it, and where the gateway may connect.</summary>
public static class WebPushRules
{
    public const int MaxEndpointLength = 2048;

    /// <summary>Checks a subscription; throws <c>BAD_USER_INPUT</c> naming the field otherwise. Returns it trimmed.</summary>
    public static WebPushSubscription Validate(WebPushSubscription? subscription, bool allowLoopback)
    {
        if (subscription is null)
        {
            throw VoisinageException.BadInput("A push subscription is required.");
        }

        var endpoint = subscription.Endpoint?.Trim() ?? string.Empty;
        if (endpoint.Length is 0 or > MaxEndpointLength || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw VoisinageException.BadInput($"endpoint: an absolute URL of at most {MaxEndpointLength} characters.");
        }

        var local = IsLocalHost(uri);
        var allowed = uri.Scheme == Uri.UriSchemeHttps ? !local || allowLoopback : uri.Scheme == Uri.UriSchemeHttp && local && allowLoopback;
        if (!allowed)
        {
            throw VoisinageException.BadInput("endpoint: must be an https URL of a push service.");
        }

        var p256dh = Decode(subscription.P256dh, "p256dh");
        if (p256dh.Length != 65 || p256dh[0] != 0x04 || !IsP256Point(p256dh))
        {
            throw VoisinageException.BadInput("p256dh: must be an uncompressed P-256 public key (65 bytes, base64url).");
        }

        if (Decode(subscription.Auth, "auth").Length != 16)
        {
            throw VoisinageException.BadInput("auth: must be a 16-byte secret (base64url).");
        }

        return new WebPushSubscription(endpoint, subscription.P256dh.Trim(), subscription.Auth.Trim());
    }

    /// <summary>Whether the gateway may open a connection to <paramref name="address"/> (no private network unless allowed).</summary>
    public static bool MayConnect(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.Equals(IPAddress.IPv6Any));
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] >= 224);
    }

    private static bool IsLocalHost(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && !MayConnect(ip, allowLoopback: false));

    private static byte[] Decode(string? value, string field)
    {
        try
        {
            return Base64Url.Decode(value?.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            throw VoisinageException.BadInput($"{field}: not base64url.");
        }
    }

    private static bool IsP256Point(byte[] key)
    {
        try
        {
            using var ecdh = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = key[1..33], Y = key[33..] },
            });
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}

/// <summary>Base64url (RFC 4648 §5) without padding, as the Push API and VAPID use it.</summary>
public static class Base64Url
{
    public static byte[] Decode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value.TrimEnd('='));

    public static string Encode(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
