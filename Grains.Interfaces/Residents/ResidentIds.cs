namespace Voisinage.Grains.Residents;

/// <summary>Resident ids are 32 lowercase hex digits; anything else names nobody and activates no grain.</summary>
public static class ResidentIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
