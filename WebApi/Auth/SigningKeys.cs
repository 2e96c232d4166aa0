using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Voisinage.Hosting;

namespace Voisinage.WebApi.Auth;

/// <summary>Finds the token signing key: configuration first; in embedded mode a key generated once and kept in the data folder.</summary>
public static class SigningKeys
{
    private const int KeyBytes = 32;

    public static SymmetricSecurityKey Resolve(JwtOptions jwt, VoisinageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
        {
            return FromBase64(jwt.SigningKey, "Voisinage:Jwt:SigningKey");
        }

        if (options.Storage != StorageMode.Embedded)
        {
            throw new InvalidOperationException("Voisinage:Jwt:SigningKey must be set (base64, 32 bytes or more) when the storage is PostgreSQL: every front-end must sign and check tokens with the same key.");
        }

        Directory.CreateDirectory(options.DataDirectory);
        var path = Path.Combine(options.DataDirectory, "jwt-signing.key");
        if (!File.Exists(path))
        {
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(fresh);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return FromBase64(File.ReadAllText(path).Trim(), path);
    }

    private static SymmetricSecurityKey FromBase64(string value, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The token signing key in {source} is not base64.", e);
        }

        return bytes.Length < KeyBytes
            ? throw new InvalidOperationException($"The token signing key in {source} has {bytes.Length} bytes; it needs {KeyBytes} or more.")
            : new SymmetricSecurityKey(bytes);
    }
}
