using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Accounts;

/// <summary>SPEC §12: emails and pseudos are compared after NFKC and case folding (the rule: AccountRules).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class IdentityNormalisationRulesTests
{
    [Theory]
    [InlineData("marie@example.fr.", "marie@example.fr")]
    [InlineData("ｍａｒｉｅ@example.fr", "marie@example.fr")]
    [InlineData("ＭＡＲＩＥ＠ＥＸＡＭＰＬＥ．ＦＲ", "marie@example.fr")]
    [InlineData("Marie@Example.FR.", "marie@example.fr")]
    [InlineData("marie@exämple.fr", "marie@xn--exmple-cua.fr")]
    [InlineData("marie@EXÄMPLE.fr.", "marie@xn--exmple-cua.fr")]
    [InlineData("marie@xn--exmple-cua.fr", "marie@xn--exmple-cua.fr")]
    [InlineData("ﬁlou@example.fr", "filou@example.fr")]
    public void Emails_have_one_normal_form(string typed, string expected) => Assert.Equal(expected, AccountRules.NormaliseEmail(typed));

    [Theory]
    [InlineData("marie@example.fr..")]
    [InlineData("marie@exa_mple.fr")]
    [InlineData("marie@\ud800.fr")]
    [InlineData("@example.fr")]
    [InlineData("marie@.")]
    public void Malformed_emails_are_refused(string typed) =>
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Throws<VoisinageException>(() => AccountRules.NormaliseEmail(typed)).Code);

    [Fact]
    public void Email_keys_list_the_pre_normalisation_key_after_the_canonical_one()
    {
        Assert.Equal(["marie@example.fr"], AccountRules.EmailKeys(" Marie@Example.fr "));
        Assert.Equal(["marie@xn--exmple-cua.fr", "marie@exämple.fr"], AccountRules.EmailKeys("Marie@Exämple.fr"));
        Assert.Equal(["marie@xn--exmple-cua.fr", "marie@exämple.fr"], AccountRules.EmailKeys("marie@xn--exmple-cua.fr"));
        Assert.Equal(["marie@example.fr", "marie@example.fr."], AccountRules.EmailKeys("marie@example.fr."));
        Assert.Empty(AccountRules.EmailKeys("not an email"));
    }

    [Theory]
    [InlineData("ｍａｒｉｅ", "marie")]
    [InlineData("Ｍarie_75", "Marie_75")]
    [InlineData("Marie", "Marie")]
    public void Pseudos_keep_their_spelling_after_nfkc(string typed, string display) => Assert.Equal(display, AccountRules.ValidatePseudo(typed));

    [Theory]
    [InlineData("ｍａｒｉｅ")]
    [InlineData("MARIE")]
    [InlineData("Ｍａｒｉｅ")]
    public void Pseudo_keys_fold_width_and_case(string typed) => Assert.Equal("marie", AccountRules.PseudoKey(typed));
}

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class IdentityNormalisationTests(ClusterFixture fixture)
{
    private const string Password = "a long password";

    private IAccountsGrain Accounts => fixture.Grains.GetGrain<IAccountsGrain>(0);

    [Fact]
    public async Task Full_width_and_trailing_dot_forms_do_not_open_a_second_account()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var first = await Accounts.Register(new Registration(pseudo, email + ".", Password));
        var (other, _) = TestSettings.NewIdentity();

        foreach (var variant in new[] { email, email.ToUpperInvariant() + ".", FullWidth(email), FullWidth(email.ToUpperInvariant()) })
        {
            var e = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(other, variant, Password)));
            Assert.Equal(ErrorCodes.Conflict, e.Code);
            Assert.Equal(first.ResidentId, (await Accounts.Login(variant, Password)).ResidentId);
        }

        // The email shown to its owner is the normal form; a full-width pseudo logs in too.
        Assert.Equal(email, (await fixture.Grains.GetGrain<IResidentAccountGrain>(first.ResidentId).GetProfile())!.Email);
        Assert.Equal(first.ResidentId, (await Accounts.Login(FullWidth(pseudo.ToUpperInvariant()), Password)).ResidentId);
    }

    [Fact]
    public async Task Full_width_pseudo_is_the_same_pseudo_and_keeps_its_spelling()
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var (_, otherEmail) = TestSettings.NewIdentity();
        var registered = await Accounts.Register(new Registration(FullWidth(pseudo), email, Password));
        Assert.Equal(pseudo, registered.Pseudo);

        var e = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(pseudo.ToUpperInvariant(), otherEmail, Password)));
        Assert.Equal(ErrorCodes.Conflict, e.Code);
    }

    [Fact]
    public async Task An_account_stored_under_its_pre_normalisation_key_keeps_working()
    {
        // Before NFKC/IDNA an internationalised domain was kept as typed (lower-cased): that is the grain key.
        var (pseudo, email) = TestSettings.NewIdentity();
        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        var legacyKey = $"{local}@exämple.fr";
        var old = await fixture.Grains.GetGrain<IAccountGrain>(legacyKey).Register(pseudo, Password);

        Assert.Equal(old.ResidentId, (await Accounts.Login($"{local}@EXÄMPLE.fr", Password)).ResidentId);
        Assert.Equal(old.ResidentId, (await Accounts.Login(pseudo, Password)).ResidentId);

        // Its punycode form is the same address: no second account.
        var (other, _) = TestSettings.NewIdentity();
        var e = await Assert.ThrowsAsync<VoisinageException>(() => Accounts.Register(new Registration(other, $"{local}@xn--exmple-cua.fr", Password)));
        Assert.Equal(ErrorCodes.Conflict, e.Code);
    }

    private static string FullWidth(string ascii) =>
        string.Concat(ascii.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c));
}
