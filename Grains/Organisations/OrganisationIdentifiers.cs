using System.Text.RegularExpressions;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// The identifier each kind of organisation carries, checked for form (INVALID_IDENTIFIER) and, where it has one, check
/// digit (INVALID_CHECK_DIGIT): SIRET for businesses and public agencies, RNA for associations, INSEE commune code for
/// town halls. Spaces are ignored and letters upper-cased, so "732 829 320 00074" and "w751234567" are accepted.
/// </summary>
internal static partial class OrganisationIdentifiers
{
    /// <summary>La Poste's SIREN: its establishments' SIRETs fail Luhn; theirs is valid when the digits sum to a multiple of 5.</summary>
    public const string LaPosteSiren = "356000000";

    /// <summary>La Poste's head office, the one SIRET of its SIREN numbered by the ordinary Luhn rule.</summary>
    public const string LaPosteHeadOffice = "35600000000048";

    /// <summary>The normalised identifier, or the refusal.</summary>
    public static string Validate(OrganisationKind kind, string? identifier)
    {
        var value = Regex.Replace(identifier ?? string.Empty, @"\s", string.Empty).ToUpperInvariant();
        return kind switch
        {
            OrganisationKind.Commune => Commune(value),
            OrganisationKind.Association => Rna(value),
            OrganisationKind.Business or OrganisationKind.PublicAgency => Siret(value),
            _ => throw VoisinageException.BadInput("Unknown organisation kind."),
        };
    }

    /// <summary>
    /// 14 digits; the SIREN (first 9) and the whole SIRET pass Luhn, except La Poste's establishments other than its head
    /// office, whose digits sum to a multiple of 5 (as python-stdnum's <c>fr.siret</c> checks).
    /// </summary>
    public static string Siret(string value)
    {
        if (!SiretForm().IsMatch(value))
        {
            throw new VoisinageException(ErrorCodes.InvalidIdentifier, "A SIRET has 14 digits.");
        }

        var valid = value.StartsWith(LaPosteSiren, StringComparison.Ordinal) && value != LaPosteHeadOffice
            ? value.Sum(c => c - '0') % 5 == 0
            : Luhn(value[..9]) && Luhn(value);
        return valid ? value : throw new VoisinageException(ErrorCodes.InvalidCheckDigit, "This SIRET's check digit is wrong.");
    }

    /// <summary>"W" and 9 digits (the national register of associations).</summary>
    public static string Rna(string value) =>
        RnaForm().IsMatch(value) ? value : throw new VoisinageException(ErrorCodes.InvalidIdentifier, "An RNA number is W followed by 9 digits.");

    /// <summary>
    /// 5 characters: a department (01–19, 21–95, 2A or 2B for Corsica) and 3 digits, or an overseas code 971–978 or
    /// 984–988 and 2 digits.
    /// </summary>
    public static string Commune(string value) =>
        CommuneForm().IsMatch(value) ? value : throw new VoisinageException(ErrorCodes.InvalidIdentifier, "An INSEE commune code has 5 characters: a department (2A or 2B in Corsica) and the commune's number.");

    /// <summary>The Luhn check: doubling every second digit from the right, the sum is a multiple of 10.</summary>
    public static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex SiretForm();

    [GeneratedRegex("^W[0-9]{9}$")]
    private static partial Regex RnaForm();

    [GeneratedRegex("^(?:(?:0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5])[0-9]{3}|2[AB][0-9]{3}|97[1-8][0-9]{2}|98[4-8][0-9]{2})$")]
    private static partial Regex CommuneForm();
}
