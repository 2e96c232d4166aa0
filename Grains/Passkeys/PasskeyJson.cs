using System.Text.Json;
using Fido2NetLib;

namespace Voisinage.Grains.Passkeys;

/// <summary>Reads what a client sends back; anything that is not a well-formed WebAuthn answer is bad input.</summary>
internal static class PasskeyJson
{
    public static T Parse<T>(string? json) where T : class
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > PasskeyLimits.MaxResponseLength)
        {
            throw VoisinageException.BadInput("The authenticator's answer is missing or too long.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json) ?? throw VoisinageException.BadInput("The authenticator's answer is empty.");
        }
        catch (JsonException)
        {
            throw VoisinageException.BadInput("The authenticator's answer is not a WebAuthn credential.");
        }
    }

    /// <summary>Options issued by this server and kept by it (never the client's copy).</summary>
    public static string Write<T>(T options) => JsonSerializer.Serialize(options);

    public static T ReadIssued<T>(string json) => JsonSerializer.Deserialize<T>(json)!;
}
