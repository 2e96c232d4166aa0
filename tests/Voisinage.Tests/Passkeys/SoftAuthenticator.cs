using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voisinage.Tests.Passkeys;

/// <summary>
/// A platform authenticator in software (one P-256 key, "none" attestation), answering the server's options the way a
/// browser would after <c>navigator.credentials.create</c>/<c>get</c>: real signatures, so the server verifies them as
/// it would a phone's. The browser's own virtual authenticator is exercised by the e2e suite.
/// </summary>
public sealed class SoftAuthenticator
{
    /// <summary>The origin the test silos accept (derived from the default public URL).</summary>
    public const string Origin = "http://localhost:5080";

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private byte[] userHandle = [];

    private string rpId = "localhost";

    public SoftAuthenticator(int seed)
    {
        CredentialId = new byte[16];
        new Random(seed).NextBytes(CredentialId);
    }

    public byte[] CredentialId { get; }

    public string Id => Base64Url.EncodeToString(CredentialId);

    /// <summary>Creates the credential for creation options (JSON), as the <c>PublicKeyCredential</c> JSON.</summary>
    public string Create(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        rpId = (string)options["rp"]!["id"]!;
        userHandle = Base64Url.DecodeFromChars((string)options["user"]!["id"]!);
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!);
        var p = key.ExportParameters(false);
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1); cose.WriteInt32(2);     // kty: EC2
        cose.WriteInt32(3); cose.WriteInt32(-7);    // alg: ES256
        cose.WriteInt32(-1); cose.WriteInt32(1);    // crv: P-256
        cose.WriteInt32(-2); cose.WriteByteString(p.Q.X!);
        cose.WriteInt32(-3); cose.WriteByteString(p.Q.Y!);
        cose.WriteEndMap();

        var idLength = new[] { (byte)(CredentialId.Length >> 8), (byte)CredentialId.Length };
        byte[] authData = [.. AuthData(0x45, 0), .. new byte[16], .. idLength, .. CredentialId, .. cose.Encode()];
        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt"); attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt"); attestation.WriteStartMap(0); attestation.WriteEndMap();
        attestation.WriteTextString("authData"); attestation.WriteByteString(authData);
        attestation.WriteEndMap();

        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Signs request options (JSON) with <paramref name="counter"/> as the signature counter.</summary>
    public string Get(string optionsJson, uint counter)
    {
        var clientData = ClientData("webauthn.get", (string)JsonNode.Parse(optionsJson)!["challenge"]!);
        var authData = AuthData(0x05, counter);
        var signature = key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(userHandle),
        });
    }

    /// <summary>RP id hash, flags (UP, UV, and AT when a credential is attached) and the counter, big-endian.</summary>
    private byte[] AuthData(byte flags, uint counter) =>
        [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, (byte)(counter >> 24), (byte)(counter >> 16), (byte)(counter >> 8), (byte)counter];

    private static byte[] ClientData(string type, string challenge) =>
        JsonSerializer.SerializeToUtf8Bytes(new { type, challenge, origin = Origin, crossOrigin = false });

    private string Credential(JsonObject response) => new JsonObject
    {
        ["id"] = Id,
        ["rawId"] = Id,
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    }.ToJsonString();
}
