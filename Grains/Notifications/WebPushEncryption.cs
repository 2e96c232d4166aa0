using System.Security.Cryptography;

namespace Voisinage.Grains.Notifications;

/// <summary>
/// Message encryption for Web Push (RFC 8291, with the <c>aes128gcm</c> content coding of RFC 8188): one record, an
/// ephemeral P-256 key per message (ECDH with the browser's key), HKDF-SHA-256, AES-128-GCM.
/// </summary>
/// <remarks>
/// Why not Lib.Net.Http.WebPush's: with it the server made 907 pushes per CPU-second in the 2,000-device benchmark,
/// with this 1,308 (bench/Push.Load/README.md); the library re-imports the browser's key and re-encodes the
/// subscription at every push, while the new key pair and the agreement are the only part that cannot be avoided.
/// The browser's key is imported once per subscription (<see cref="Recipient"/>), not per push. The key pair and the
/// agreement go through <see cref="OpenSslP256"/> where the system has OpenSSL 3 (a third of the cost of .NET's classes).
/// </remarks>
public static class WebPushEncryption
{
    /// <summary>Record size announced in the header: the whole message is one record, as every push service accepts.</summary>
    private const int RecordSize = 4096;

    private static readonly byte[] KeyInfoPrefix = "WebPush: info\0"u8.ToArray();
    private static readonly byte[] CekInfo = "Content-Encoding: aes128gcm\0"u8.ToArray();
    private static readonly byte[] NonceInfo = "Content-Encoding: nonce\0"u8.ToArray();

    /// <summary>A browser's side of a subscription, decoded and imported once: its public key (65 bytes) and auth secret (16 bytes).</summary>
    public sealed class Recipient : IDisposable
    {
        private readonly ECDiffieHellman key;

        /// <param name="publicKey">The browser's P-256 key, 65 bytes uncompressed (checked on the curve here).</param>
        /// <param name="authSecret">The browser's 16-byte auth secret.</param>
        /// <param name="useOpenSsl">False to use .NET's classes even where OpenSSL 3 is available (tests compare both).</param>
        public Recipient(byte[] publicKey, byte[] authSecret, bool useOpenSsl = true)
        {
            PublicKey = publicKey;
            AuthSecret = authSecret;
            key = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = publicKey[1..33], Y = publicKey[33..65] },
            });

            // Taken once: the PublicKey getter makes a new object around a new native handle at every call (one per
            // push before, left to the finalizer).
            Key = key.PublicKey;
            Point = useOpenSsl && OpenSslP256.IsAvailable ? OpenSslP256.ImportPublicKey(publicKey) : null;
        }

        public byte[] PublicKey { get; }

        public byte[] AuthSecret { get; }

        /// <summary>True when this recipient's pushes use OpenSSL's EC functions directly.</summary>
        public bool UsesOpenSsl => Point is not null;

        internal ECDiffieHellmanPublicKey Key { get; }

        internal OpenSslP256.Point? Point { get; }

        public void Dispose()
        {
            Point?.Dispose();
            Key.Dispose();
            key.Dispose();
        }
    }

    /// <summary>The request body: header (salt, record size, the ephemeral public key) then the one encrypted record.</summary>
    public static byte[] Encrypt(Recipient recipient, ReadOnlySpan<byte> plaintext)
    {
        // One key pair per message, never reused across messages or recipients: RFC 8291 §3.1 has the application server
        // make an ephemeral pair, whose public half travels as the record's key id (bench/Push.Load/README.md).
        Span<byte> serverKey = stackalloc byte[65];
        Span<byte> secret = stackalloc byte[32];
        if (recipient.Point is { } point)
        {
            OpenSslP256.Agree(point, serverKey, secret);
        }
        else
        {
            using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var q = ephemeral.ExportParameters(includePrivateParameters: false).Q;
            serverKey[0] = 0x04;
            q.X!.CopyTo(serverKey[1..]);
            q.Y!.CopyTo(serverKey[33..]);
            ephemeral.DeriveRawSecretAgreement(recipient.Key).CopyTo(secret);
        }

        // RFC 8291 §3.3-3.4: IKM from the ECDH secret and the auth secret, then the content key and nonce from the salt.
        Span<byte> keyInfo = stackalloc byte[KeyInfoPrefix.Length + 130];
        KeyInfoPrefix.CopyTo(keyInfo);
        recipient.PublicKey.CopyTo(keyInfo[KeyInfoPrefix.Length..]);
        serverKey.CopyTo(keyInfo[(KeyInfoPrefix.Length + 65)..]);
        Span<byte> ikm = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, ikm, recipient.AuthSecret, keyInfo);
        Span<byte> salt = stackalloc byte[16];
        RandomNumberGenerator.Fill(salt);
        Span<byte> prk = stackalloc byte[32];
        HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt, prk);
        Span<byte> cek = stackalloc byte[16];
        Span<byte> nonce = stackalloc byte[12];
        HKDF.Expand(HashAlgorithmName.SHA256, prk, cek, CekInfo);
        HKDF.Expand(HashAlgorithmName.SHA256, prk, nonce, NonceInfo);

        // Header (RFC 8188 §2.1): salt, rs, idlen, keyid = the ephemeral public key; then plaintext + 0x02 (last record) + tag.
        var header = 16 + 4 + 1 + 65;
        var body = new byte[header + plaintext.Length + 1 + 16];
        salt.CopyTo(body);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(16), RecordSize);
        body[20] = 65;
        serverKey.CopyTo(body.AsSpan(21));
        // Encrypted in place in the body (AES-GCM allows it when plaintext and ciphertext are the same span).
        var record = body.AsSpan(header, plaintext.Length + 1);
        plaintext.CopyTo(record);
        record[^1] = 0x02;
        using var aes = new AesGcm(cek, 16);
        aes.Encrypt(nonce, record, record, body.AsSpan(header + record.Length, 16));
        return body;
    }
}
