using System.Security.Cryptography;
using System.Text;
using B64 = System.Buffers.Text.Base64Url;

namespace Voisinage.Grains.Email;

/// <summary>
/// The single-use tokens of emailed links: <c>base64url(account key) "." base64url(32 random bytes)</c>. The account key
/// routes the token to its account grain; only a SHA-256 of the random part is stored there, compared in fixed time.
/// </summary>
public static class MailTokens
{
    private const int MaxLength = 1024;

    /// <summary>A new token for an account and the hash its grain keeps.</summary>
    public static (string Token, string Hash) Issue(string accountKey)
    {
        var secret = B64.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (B64.EncodeToString(Encoding.UTF8.GetBytes(accountKey)) + "." + secret, Hash(secret));
    }

    /// <summary>The account key and secret of a token, or null for anything not shaped like one.</summary>
    public static (string AccountKey, string Secret)? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return null;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return null;
        }

        try
        {
            var key = Encoding.UTF8.GetString(B64.DecodeFromChars(token.AsSpan(0, dot)));
            var secret = token[(dot + 1)..];
            return key.Contains('@', StringComparison.Ordinal) && B64.DecodeFromChars(secret).Length == 32 ? (key, secret) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether a secret is the one whose hash was stored (fixed time).</summary>
    public static bool Matches(string secret, string? storedHash) =>
        storedHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    /// <summary>The error for a token that is unknown, used, replaced or expired (one answer for all: nothing to probe).</summary>
    public static VoisinageException Invalid() =>
        new(ErrorCodes.InvalidToken, "This link is no longer valid (already used, replaced by a newer one, or expired).");
}
