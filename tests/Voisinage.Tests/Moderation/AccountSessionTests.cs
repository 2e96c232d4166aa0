using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;

namespace Voisinage.Tests.Moderation;

/// <summary>Log out everywhere and change password: every older token stops working at once.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AccountSessionTests(ClusterApi f)
{
    private const string Me = "query { me { id } }";
    private const string Login = "mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }";
    private const string Change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token resident { id } } }";

    private async Task<string> Token(string login, string password) =>
        (await f.GraphQL(Login, new { l = login, p = password })).Data["login"].Str("token");

    [Fact]
    public async Task Logging_out_everywhere_revokes_every_token()
    {
        var (first, id, pseudo, _) = await f.Api.Register("un mot de passe solide");
        var second = await Token(pseudo, "un mot de passe solide");
        (await f.Api.GraphQL(Me, null, second)).AssertNoErrors();

        (await f.Api.GraphQL("mutation { logoutEverywhere }", null, first)).AssertNoErrors();
        (await f.Api.GraphQL(Me, null, first)).AssertError("UNAUTHENTICATED");
        (await f.Api.GraphQL(Me, null, second)).AssertError("UNAUTHENTICATED");
        Assert.Equal(id, (await f.Api.GraphQL(Me, null, await Token(pseudo, "un mot de passe solide"))).Data["me"].Str("id"));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_revokes_older_tokens()
    {
        var (old, _, pseudo, _) = await f.Api.Register("ancien mot de passe");
        (await f.Api.GraphQL(Change, new { c = "pas le bon", n = "nouveau mot de passe" }, old)).AssertError("FORBIDDEN");
        (await f.Api.GraphQL(Change, new { c = "ancien mot de passe", n = "court" }, old)).AssertError("BAD_USER_INPUT");
        (await f.Api.GraphQL(Me, null, old)).AssertNoErrors();
        (await f.GraphQL(Change, new { c = "x", n = "nouveau mot de passe" })).AssertError("UNAUTHENTICATED");

        var changed = await f.Api.GraphQL(Change, new { c = "ancien mot de passe", n = "nouveau mot de passe" }, old);
        changed.AssertNoErrors();
        (await f.Api.GraphQL(Me, null, old)).AssertError("UNAUTHENTICATED");
        (await f.Api.GraphQL(Me, null, changed.Data["changePassword"].Str("token"))).AssertNoErrors();
        (await f.GraphQL(Login, new { l = pseudo, p = "ancien mot de passe" })).AssertError("UNAUTHENTICATED");
        (await f.GraphQL(Login, new { l = pseudo, p = "nouveau mot de passe" })).AssertNoErrors();

        // Wrong current passwords count like failed logins: the fifth locks the account.
        var current = await Token(pseudo, "nouveau mot de passe");
        for (var i = 0; i < 5; i++)
        {
            (await f.Api.GraphQL(Change, new { c = "devine", n = "autre mot de passe" }, current)).AssertError("FORBIDDEN");
        }

        (await f.Api.GraphQL(Change, new { c = "nouveau mot de passe", n = "autre mot de passe" }, current)).AssertError("RATE_LIMITED");
    }
}
