namespace Voisinage.Grains.Security;

/// <summary>Argon2id cost parameters (section <c>Voisinage:PasswordHashing</c>). Defaults follow OWASP's minimum.</summary>
public sealed class PasswordHashingOptions
{
    public const string Section = "Voisinage:PasswordHashing";

    /// <summary>Memory cost in KiB.</summary>
    public int MemoryKiB { get; set; } = 19 * 1024;

    /// <summary>Number of passes.</summary>
    public int Iterations { get; set; } = 2;

    /// <summary>Lanes.</summary>
    public int Parallelism { get; set; } = 1;
}
