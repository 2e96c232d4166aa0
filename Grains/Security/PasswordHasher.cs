using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Security;

/// <summary>
/// Argon2id password hashing in the PHC string format (<c>$argon2id$v=19$m=…,t=…,p=…$salt$hash</c>),
/// so the parameters travel with each hash and can be raised later without breaking old accounts.
/// </summary>
public sealed class PasswordHasher(IOptions<PasswordHashingOptions> options)
{
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly Lazy<string> _decoy = new(() => new PasswordHasher(options).Hash("decoy password"));

    public string Hash(string password)
    {
        var o = options.Value;
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Compute(password, salt, o.MemoryKiB, o.Iterations, o.Parallelism, HashBytes);
        return $"$argon2id$v=19$m={o.MemoryKiB},t={o.Iterations},p={o.Parallelism}${Convert.ToBase64String(salt).TrimEnd('=')}${Convert.ToBase64String(hash).TrimEnd('=')}";
    }

    /// <summary>Spends the time of a verification and fails: for logins to accounts that do not exist.</summary>
    public void VerifyNothing(string password) => _ = Verify(password, _decoy.Value);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A service's method: callers hold the hasher they were given, which may one day carry a pepper.")]
    public bool Verify(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 6 || parts[1] != "argon2id")
        {
            return false;
        }

        int m = 0, t = 0, p = 0;
        foreach (var kv in parts[3].Split(','))
        {
            var pair = kv.Split('=');
            if (pair.Length != 2 || !int.TryParse(pair[1], out var value))
            {
                return false;
            }

            switch (pair[0])
            {
                case "m": m = value; break;
                case "t": t = value; break;
                case "p": p = value; break;
                default: return false;
            }
        }

        var salt = FromBase64(parts[4]);
        var expected = FromBase64(parts[5]);
        var actual = Compute(password, salt, m, t, p, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Compute(string password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKiB,
            Iterations = iterations,
            DegreeOfParallelism = parallelism,
        };
        return argon.GetBytes(length);
    }

    private static byte[] FromBase64(string unpadded) =>
        Convert.FromBase64String(unpadded.PadRight(unpadded.Length + ((4 - (unpadded.Length % 4)) % 4), '='));
}
