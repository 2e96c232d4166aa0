using Voisinage.Grains;
using Voisinage.Grains.Organisations;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Organisations;

[Trait(Category.Name, Category.Unit)]
public sealed class OrganisationIdentifierTests
{
    [Theory]
    [InlineData("73282932000074", "73282932000074")]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("44306184100047", "44306184100047")]
    [InlineData("35600000000048", "35600000000048")] // La Poste's head office: ordinary Luhn
    [InlineData("35600000049990", "35600000049990")] // a La Poste establishment: fails Luhn, digits sum to 45
    [InlineData("35600000010000", "35600000010000")]
    public void Valid_SIRETs_are_accepted_and_normalised(string input, string expected)
    {
        Assert.Equal(expected, OrganisationIdentifiers.Validate(OrganisationKind.Business, input));
        Assert.Equal(expected, OrganisationIdentifiers.Validate(OrganisationKind.PublicAgency, input));
    }

    [Theory]
    [InlineData("73282932000075")] // last digit changed
    [InlineData("80314744900012")] // the SIREN's own check digit is wrong
    [InlineData("35600000010001")] // La Poste, digits sum to 16
    public void A_wrong_SIRET_check_digit_is_INVALID_CHECK_DIGIT(string input) =>
        AssertRefused(ErrorCodes.InvalidCheckDigit, OrganisationKind.Business, input);

    [Theory]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    [InlineData("")]
    [InlineData(null)]
    public void A_SIRET_that_is_not_14_digits_is_INVALID_IDENTIFIER(string? input) =>
        AssertRefused(ErrorCodes.InvalidIdentifier, OrganisationKind.Business, input);

    [Theory]
    [InlineData("W751234567", "W751234567")]
    [InlineData("w 751 234 567", "W751234567")]
    public void RNA_numbers_are_W_and_nine_digits(string input, string expected) =>
        Assert.Equal(expected, OrganisationIdentifiers.Validate(OrganisationKind.Association, input));

    [Theory]
    [InlineData("751234567")]
    [InlineData("W75123456")]
    [InlineData("W7512345678")]
    [InlineData("X751234567")]
    [InlineData("73282932000074")]
    public void Malformed_RNA_numbers_are_INVALID_IDENTIFIER(string input) =>
        AssertRefused(ErrorCodes.InvalidIdentifier, OrganisationKind.Association, input);

    [Theory]
    [InlineData("75056")] // Paris
    [InlineData("01001")]
    [InlineData("2A004")] // Ajaccio
    [InlineData("2b033")] // Bastia
    [InlineData("97411")] // Saint-Denis (La Réunion)
    [InlineData("98818")] // Nouméa
    public void INSEE_commune_codes_of_every_kind_are_accepted(string input) =>
        Assert.Equal(input.ToUpperInvariant(), OrganisationIdentifiers.Validate(OrganisationKind.Commune, input));

    [Theory]
    [InlineData("7505")]
    [InlineData("750561")]
    [InlineData("00123")] // no department 00
    [InlineData("20004")] // Corsica is 2A or 2B
    [InlineData("2C004")]
    [InlineData("96001")]
    [InlineData("97901")]
    [InlineData("W75056")]
    public void Malformed_INSEE_commune_codes_are_INVALID_IDENTIFIER(string input) =>
        AssertRefused(ErrorCodes.InvalidIdentifier, OrganisationKind.Commune, input);

    [Fact]
    public void Luhn_matches_the_textbook_examples()
    {
        Assert.True(OrganisationIdentifiers.Luhn("79927398713"));
        Assert.False(OrganisationIdentifiers.Luhn("79927398710"));
    }

    private static void AssertRefused(string code, OrganisationKind kind, string? input)
    {
        var e = Assert.Throws<VoisinageException>(() => OrganisationIdentifiers.Validate(kind, input));
        Assert.Equal(code, e.Code);
    }
}
