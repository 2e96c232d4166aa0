using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Security;
using Microsoft.Extensions.Options;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Accounts;

[Trait(Category.Name, Category.Unit)]
public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("Marie-Claire_75.b")]
    [InlineData("012345678901234567890123456789")]
    public void Accepts_valid_pseudos(string pseudo) => Assert.Equal(pseudo, AccountRules.ValidatePseudo(pseudo));

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("0123456789012345678901234567890")]
    [InlineData("marie claire")]
    [InlineData("élodie")]
    [InlineData("a/b/c")]
    [InlineData(null)]
    public void Refuses_invalid_pseudos(string? pseudo)
    {
        var e = Assert.Throws<VoisinageException>(() => AccountRules.ValidatePseudo(pseudo));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
    }

    [Fact]
    public void Pseudo_keys_ignore_case() => Assert.Equal(AccountRules.PseudoKey("Marie"), AccountRules.PseudoKey("mARIE"));

    [Theory]
    [InlineData(" Marie@Example.FR ", "marie@example.fr")]
    [InlineData("a.b+c@voisinage.fr", "a.b+c@voisinage.fr")]
    public void Normalises_emails(string email, string expected) => Assert.Equal(expected, AccountRules.NormaliseEmail(email));

    [Theory]
    [InlineData("")]
    [InlineData("marie")]
    [InlineData("marie@")]
    [InlineData("marie@localhost")]
    [InlineData("Marie <marie@example.fr>")]
    public void Refuses_invalid_emails(string email) =>
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<VoisinageException>(() => AccountRules.NormaliseEmail(email)).Code);

    [Fact]
    public void Refuses_short_passwords() =>
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<VoisinageException>(() => AccountRules.ValidatePassword("123456789")).Code);

    [Fact]
    public void Hashes_are_salted_argon2id_and_verify()
    {
        var hasher = new PasswordHasher(Options.Create(new PasswordHashingOptions { MemoryKiB = 1024, Iterations = 1 }));
        var a = hasher.Hash("correct horse battery");
        var b = hasher.Hash("correct horse battery");
        Assert.StartsWith("$argon2id$v=19$m=1024,t=1,p=1$", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.True(hasher.Verify("correct horse battery", a));
        Assert.False(hasher.Verify("correct horse batterz", a));
        Assert.False(hasher.Verify("correct horse battery", "$bcrypt$nonsense"));
    }
}
