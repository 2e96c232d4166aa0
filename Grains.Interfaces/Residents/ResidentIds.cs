namespace Voisinage.Grains.Residents;

/// <summary>Resident ids are 32 lowercase hex digits; anything else names nobody and activates no grain.</summary>
public static class ResidentIds
{
    /// <summary>
    /// What stands for a resident whose account was deleted where another resident keeps a legitimate copy (a
    /// conversation, a moderation decision, a campaign's log): never a real id (those are 32 hex digits), so it reaches
    /// no profile and is shown as a deleted account.
    /// </summary>
    public const string Deleted = "deleted";

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
