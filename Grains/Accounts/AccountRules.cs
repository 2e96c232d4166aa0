using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Voisinage.Grains.Accounts;

/// <summary>The shape of pseudos, emails and passwords (SPEC §2), and their normal forms used as grain keys.</summary>
public static partial class AccountRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxEmailLength = 254;

    [GeneratedRegex("^[A-Za-z0-9._-]{3,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PseudoPattern();

    /// <summary>The pseudo as typed, trimmed, or a <c>BAD_USER_INPUT</c> refusal.</summary>
    public static string ValidatePseudo(string? pseudo)
    {
        var trimmed = pseudo?.Trim() ?? string.Empty;
        if (!PseudoPattern().IsMatch(trimmed))
        {
            throw VoisinageException.BadInput("A pseudo has 3 to 30 characters: letters, digits, '-', '_' or '.'.");
        }

        return trimmed;
    }

    /// <summary>Pseudos are unique regardless of case: "Marie" and "marie" are one pseudo.</summary>
    public static string PseudoKey(string pseudo) => pseudo.Trim().ToLowerInvariant();

    /// <summary>The normalised email (trimmed, lower case), or a <c>BAD_USER_INPUT</c> refusal.</summary>
    public static string NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxEmailLength
            || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw VoisinageException.BadInput("That is not a valid email address.");
        }

        return trimmed.ToLowerInvariant();
    }

    public static void ValidatePassword(string? password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            throw VoisinageException.BadInput($"A password has at least {MinPasswordLength} characters.");
        }

        if (password.Length > MaxPasswordLength)
        {
            throw VoisinageException.BadInput($"A password has at most {MaxPasswordLength} characters.");
        }
    }
}
