using System.Net;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>One embedded WebApi (co-hosted silo, SQLite) for the API tests of this collection.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<EmbeddedApi>
{
    public const string Name = "api";
}

[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AccountApiTests(EmbeddedApi api)
{
    private const string Me = "{ me { id pseudo email homeCell thanksReceived verification { status method verifiedAt } } }";

    [Fact]
    public async Task Register_login_and_me_go_through_every_layer()
    {
        var (_, id, pseudo, email) = await api.Register();

        var login = await api.GraphQL(
            "mutation($i: LoginInput!) { login(input: $i) { token expiresAt resident { id pseudo email } } }",
            new { i = new { login = email, password = "a long password" } });
        login.AssertNoErrors();
        var token = login.Data["login"]!["token"]!.GetValue<string>();
        Assert.Equal(email, login.Data["login"]!["resident"]!["email"]!.GetValue<string>());

        var me = await api.GraphQL(Me, token: token);
        me.AssertNoErrors();
        Assert.Equal(id, me.Data["me"]!["id"]!.GetValue<string>());
        Assert.Equal(pseudo, me.Data["me"]!["pseudo"]!.GetValue<string>());
        Assert.Equal("UNVERIFIED", me.Data["me"]!["verification"]!["status"]!.GetValue<string>());
        Assert.Null(me.Data["me"]!["verification"]!["method"]);
    }

    [Fact]
    public async Task Me_without_a_valid_token_is_unauthenticated()
    {
        var anonymous = await api.GraphQL(Me);
        anonymous.AssertError("UNAUTHENTICATED");

        var forged = await api.GraphQL(Me, token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        forged.AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Bad_registrations_are_refused_with_codes_and_change_nothing()
    {
        var (_, _, pseudo, email) = await api.Register();
        const string register = "mutation($i: RegisterInput!) { register(input: $i) { token } }";
        var (freshPseudo, freshEmail) = TestSettings.NewIdentity();

        (await api.GraphQL(register, new { i = new { pseudo = "x", email = freshEmail, password = "a long password" } })).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { i = new { pseudo = freshPseudo, email = "not-an-email", password = "a long password" } })).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { i = new { pseudo = freshPseudo, email = freshEmail, password = "short" } })).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(register, new { i = new { pseudo, email = freshEmail, password = "a long password" } })).AssertError("CONFLICT");
        (await api.GraphQL(register, new { i = new { pseudo = freshPseudo, email, password = "a long password" } })).AssertError("CONFLICT");
        (await api.GraphQL(register, new { i = new { pseudo = freshPseudo } })).AssertError("BAD_USER_INPUT");

        // None of the refused attempts took the fresh pseudo or email.
        var ok = await api.GraphQL(register, new { i = new { pseudo = freshPseudo, email = freshEmail, password = "a long password" } });
        ok.AssertNoErrors();
    }

    [Fact]
    public async Task Login_is_rate_limited_after_five_failures()
    {
        var (_, _, pseudo, _) = await api.Register();
        const string login = "mutation($i: LoginInput!) { login(input: $i) { token } }";
        for (var i = 0; i < 5; i++)
        {
            (await api.GraphQL(login, new { i = new { login = pseudo, password = "wrong password" } })).AssertError("UNAUTHENTICATED");
        }

        (await api.GraphQL(login, new { i = new { login = pseudo, password = "a long password" } })).AssertError("RATE_LIMITED");
        api.Clock.Advance(TimeSpan.FromMinutes(15));
        (await api.GraphQL(login, new { i = new { login = pseudo, password = "a long password" } })).AssertNoErrors();
    }

    [Fact]
    public async Task Introspection_is_on()
    {
        var r = await api.GraphQL("{ __schema { mutationType { fields { name } } } }");
        r.AssertNoErrors();
        var names = r.Data["__schema"]!["mutationType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("register", names);
        Assert.Contains("login", names);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
