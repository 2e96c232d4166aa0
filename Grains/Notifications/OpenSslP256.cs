using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// The per-message P-256 work of Web Push (a new key pair and the ECDH agreement with the browser's key) through the
/// system's OpenSSL 3 (libcrypto.so.3, which .NET itself uses on Linux), with its EC_KEY functions.
/// </summary>
/// <remarks>
/// Why: through <see cref="System.Security.Cryptography.ECDiffieHellman"/> the pair and the agreement cost about 190 µs
/// of CPU on the project's machine (OpenSSL 3's EVP layer: a provider lookup per key, the peer key checked again at
/// every agreement with a full scalar multiplication); the same operations here cost about 65 µs, which is what
/// `openssl speed ecdhp256` says the curve costs. The browser's key is checked once, when imported
/// (<see cref="ImportPublicKey"/> refuses a point off the curve). Where the library is missing (not Linux, or no
/// OpenSSL 3), <see cref="IsAvailable"/> is false and <see cref="WebPushEncryption"/> uses .NET's classes.
/// </remarks>
internal static class OpenSslP256
{
    private const string Library = "libcrypto.so.3";

    /// <summary>NID_X9_62_prime256v1 (OpenSSL's obj_mac.h).</summary>
    private const int Prime256v1 = 415;

    /// <summary>POINT_CONVERSION_UNCOMPRESSED: 0x04 || X || Y, as RFC 8291 sends keys.</summary>
    private const int Uncompressed = 4;

    /// <summary>The curve, made once and only read after (OpenSSL's group objects may be shared between threads for reading).</summary>
    private static readonly IntPtr Curve = Probe();

    /// <summary>True where libcrypto 3 was found and answers.</summary>
    public static bool IsAvailable => Curve != IntPtr.Zero;

    /// <summary>The browser's public key (65 bytes, uncompressed) as an OpenSSL point; null if it is not a point of the curve.</summary>
    public static Point? ImportPublicKey(ReadOnlySpan<byte> uncompressed)
    {
        var point = EC_POINT_new(Curve);
        if (point.IsInvalid)
        {
            throw new InvalidOperationException("OpenSSL could not allocate an EC point.");
        }

        if (uncompressed.Length != 65 || EC_POINT_oct2point(Curve, point, ref MemoryMarshal.GetReference(uncompressed), (nuint)uncompressed.Length, IntPtr.Zero) != 1)
        {
            point.Dispose();
            return null;
        }

        return point;
    }

    /// <summary>
    /// Makes a new key pair, writes its public half (65 bytes, uncompressed) to <paramref name="ephemeralPublic"/> and
    /// the ECDH secret with <paramref name="peer"/> (32 bytes) to <paramref name="secret"/>; the private half is freed here.
    /// </summary>
    public static void Agree(Point peer, Span<byte> ephemeralPublic, Span<byte> secret)
    {
        // OpenSSL writes through these references as far as the lengths passed below: never past a shorter span.
        if (ephemeralPublic.Length < 65 || secret.Length < 32)
        {
            throw new ArgumentException("The public key needs 65 bytes and the secret 32.", ephemeralPublic.Length < 65 ? nameof(ephemeralPublic) : nameof(secret));
        }

        var key = EC_KEY_new_by_curve_name(Prime256v1);
        if (key == IntPtr.Zero)
        {
            throw new InvalidOperationException("OpenSSL could not make a P-256 key.");
        }

        try
        {
            if (EC_KEY_generate_key(key) != 1
                || EC_POINT_point2oct(Curve, EC_KEY_get0_public_key(key), Uncompressed, ref MemoryMarshal.GetReference(ephemeralPublic), 65, IntPtr.Zero) != 65
                || ECDH_compute_key(ref MemoryMarshal.GetReference(secret), 32, peer, key, IntPtr.Zero) != 32)
            {
                throw new InvalidOperationException("OpenSSL's P-256 key agreement failed.");
            }
        }
        finally
        {
            EC_KEY_free(key);
        }
    }

    private static IntPtr Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return IntPtr.Zero;
        }

        try
        {
            return EC_GROUP_new_by_curve_name(Prime256v1);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return IntPtr.Zero;
        }
    }

    /// <summary>An OpenSSL EC_POINT, freed once.</summary>
    internal sealed class Point() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
    {
        protected override bool ReleaseHandle()
        {
            EC_POINT_free(handle);
            return true;
        }
    }

    // The EC_KEY functions are deprecated in OpenSSL 3 in favour of EVP, and still exported; EVP is the slow path above.
    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr EC_GROUP_new_by_curve_name(int nid);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern Point EC_POINT_new(IntPtr group);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void EC_POINT_free(IntPtr point);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int EC_POINT_oct2point(IntPtr group, Point point, ref byte buffer, nuint length, IntPtr context);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nuint EC_POINT_point2oct(IntPtr group, IntPtr point, int form, ref byte buffer, nuint length, IntPtr context);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr EC_KEY_new_by_curve_name(int nid);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int EC_KEY_generate_key(IntPtr key);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr EC_KEY_get0_public_key(IntPtr key);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ECDH_compute_key(ref byte output, nuint length, Point peer, IntPtr key, IntPtr kdf);

    [DllImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void EC_KEY_free(IntPtr key);
}
