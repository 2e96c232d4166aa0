using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>Through the public API: one address, one account, however it is typed (SPEC §12).</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class IdentityApiTests(EmbeddedApi api)
{
    private const string Register = "mutation($i: RegisterInput!) { register(input: $i) { token resident { id pseudo } } }";
    private const string Login = "mutation($i: LoginInput!) { login(input: $i) { resident { id email } } }";

    [Fact]
    public async Task A_trailing_dot_or_full_width_email_is_the_same_account()
    {
        var (_, id, pseudo, email) = await api.Register();
        var (otherPseudo, _) = TestSettings.NewIdentity();
        var fullWidth = string.Concat(email.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c));

        foreach (var variant in new[] { email + ".", fullWidth, email.ToUpperInvariant() + "." })
        {
            var again = await api.GraphQL(Register, new { i = new { pseudo = otherPseudo, email = variant, password = "a long password" } });
            again.AssertError("CONFLICT");

            var login = await api.GraphQL(Login, new { i = new { login = variant, password = "a long password" } });
            login.AssertNoErrors();
            Assert.Equal(id, login.Data["login"]!["resident"]!["id"]!.GetValue<string>());
            Assert.Equal(email, login.Data["login"]!["resident"]!["email"]!.GetValue<string>());
        }

        // The refused attempts held nothing: the other pseudo is still free.
        var (_, freeEmail) = TestSettings.NewIdentity();
        (await api.GraphQL(Register, new { i = new { pseudo = otherPseudo, email = freeEmail, password = "a long password" } })).AssertNoErrors();
        Assert.NotEqual(pseudo, otherPseudo);
    }
}
