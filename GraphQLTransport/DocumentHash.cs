using System.Security.Cryptography;
using System.Text;

namespace Voisinage.GraphQLTransport;

/// <summary>The key of a document: lower-case hex SHA-256 of its UTF-8 text, as persisted queries and manifests spell it.</summary>
internal static class DocumentHash
{
    /// <summary>Hashes <paramref name="text"/>; <paramref name="bytes"/> is its UTF-8 length.</summary>
    public static string Of(string text, out int bytes)
    {
        bytes = Encoding.UTF8.GetByteCount(text);
        var buffer = bytes <= 4096 ? stackalloc byte[bytes] : new byte[bytes];
        Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="value"/> looks like such a hash (64 hex digits).</summary>
    public static bool IsWellFormed(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
}
