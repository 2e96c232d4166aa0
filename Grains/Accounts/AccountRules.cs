using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace Voisinage.Grains.Accounts;

/// <summary>
/// The shape of pseudos, emails and passwords (SPEC §2), and their normal forms used as grain keys (SPEC §12: compared
/// after Unicode NFKC normalisation and case folding). Every key of an account or pseudo grain comes from here.
/// </summary>
public static partial class AccountRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxEmailLength = 254;

    // Domains go through IDNA with the STD3 rules (letters, digits, hyphens): what a mail server can be named.
    private static readonly IdnMapping Idna = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    [GeneratedRegex("^[A-Za-z0-9._-]{3,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PseudoPattern();

    /// <summary>
    /// The pseudo as the resident spelled it after NFKC (full-width "ｍａｒｉｅ" is "marie"), trimmed, or a
    /// <c>BAD_USER_INPUT</c> refusal.
    /// </summary>
    public static string ValidatePseudo(string? pseudo)
    {
        var normal = Nfkc(pseudo?.Trim());
        if (normal is null || !PseudoPattern().IsMatch(normal))
        {
            throw VoisinageException.BadInput("A pseudo has 3 to 30 characters: letters, digits, '-', '_' or '.'.");
        }

        return normal;
    }

    /// <summary>
    /// Pseudos are unique regardless of width and case: "Marie", "mARIE" and "ｍａｒｉｅ" are one pseudo. Pseudos were
    /// ASCII before NFKC was applied, where NFKC changes nothing: existing keys are unchanged.
    /// </summary>
    public static string PseudoKey(string pseudo) => (Nfkc(pseudo.Trim()) ?? pseudo.Trim()).ToLowerInvariant();

    /// <summary>
    /// The normalised email, or a <c>BAD_USER_INPUT</c> refusal: NFKC, lower case, the domain in its IDNA ASCII form
    /// without the root's trailing dot. "ＭＡＲＩＥ@example.fr", "marie@example.fr." and "marie@EXAMPLE.fr" are one email.
    /// </summary>
    public static string NormaliseEmail(string? email) =>
        CanonicalEmail(email) ?? throw VoisinageException.BadInput("That is not a valid email address.");

    /// <summary>
    /// Every grain key an account typed as <paramref name="email"/> may be stored under, canonical first. Accounts
    /// registered before NFKC/IDNA were keyed by the trimmed, lower-cased email as typed; where that differs (an
    /// internationalised domain typed in Unicode or in punycode, full-width characters, a trailing dot) the old keys
    /// are listed after the canonical one, so those accounts keep working without rewriting stored keys (grain keys
    /// are also foreign keys in pseudo grains and residents: a lookup is safer than a migration). Empty when invalid.
    /// </summary>
    public static IReadOnlyList<string> EmailKeys(string? email)
    {
        var canonical = CanonicalEmail(email);
        if (canonical is null)
        {
            return [];
        }

        var keys = new List<string>(3) { canonical };
        AddDistinct(keys, email!.Trim().ToLowerInvariant());
        var at = canonical.LastIndexOf('@');
        var domain = canonical[(at + 1)..];
        if (domain.Contains("xn--", StringComparison.Ordinal))
        {
            AddDistinct(keys, canonical[..(at + 1)] + Idna.GetUnicode(domain));
        }

        return keys;
    }

    /// <summary>Whether a login names an email (after NFKC, so a full-width '＠' counts) rather than a pseudo.</summary>
    public static bool IsEmailLogin(string login) => (Nfkc(login) ?? login).Contains('@', StringComparison.Ordinal);

    private static void AddDistinct(List<string> keys, string key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
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

    private static string? CanonicalEmail(string? email)
    {
        var normal = Nfkc(email?.Trim());
        if (normal is null || normal.Length is 0 or > MaxEmailLength * 4)
        {
            return null;
        }

        var at = normal.LastIndexOf('@');
        if (at <= 0 || at == normal.Length - 1)
        {
            return null;
        }

        var domain = normal[(at + 1)..];
        if (domain.EndsWith('.'))
        {
            domain = domain[..^1];
        }

        if (domain.Length == 0 || domain.EndsWith('.'))
        {
            return null;
        }

        try
        {
            domain = Idna.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        var candidate = normal[..at].ToLowerInvariant() + "@" + domain;
        return candidate.Length <= MaxEmailLength
            && MailAddress.TryCreate(candidate, out var address)
            && address.Address == candidate
            && domain.Contains('.', StringComparison.Ordinal)
                ? candidate
                : null;
    }

    // Null for text that is not well-formed UTF-16 (a lone surrogate cannot be normalised, nor be an identity).
    private static string? Nfkc(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
