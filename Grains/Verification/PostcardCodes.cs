using System.Security.Cryptography;
using System.Text;

namespace Voisinage.Grains.Verification;

/// <summary>Postcard codes: 8 characters from an alphabet without look-alikes (no 0/O/1/I/L), stored only as salted hashes.</summary>
public static class PostcardCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string Generate()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>What a person typed, in canonical form: upper case, without spaces or dashes.</summary>
    public static string Normalise(string? typed)
    {
        var builder = new StringBuilder(Length);
        foreach (var c in typed ?? string.Empty)
        {
            if (c is not (' ' or '-'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static string Hash(string code, byte[] salt) =>
        Convert.ToHexString(SHA256.HashData([.. salt, .. Encoding.ASCII.GetBytes(code)]));

    public static bool Matches(string code, byte[] salt, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code, salt)), Encoding.ASCII.GetBytes(hash));
}
