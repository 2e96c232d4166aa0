using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Passkeys;

/// <summary>Passkeys through the public API: a passkey sign-in is a session like a password's; refusals name their code.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class PasskeyApiTests(EmbeddedApi api)
{
    private const string BeginRegistration = "mutation { beginPasskeyRegistration }";
    private const string FinishRegistration = "mutation($n: String!, $r: String!) { finishPasskeyRegistration(name: $n, response: $r) { id name createdAt lastUsedAt } }";
    private const string List = "{ passkeys { id name lastUsedAt } }";
    private const string Remove = "mutation($id: ID!) { removePasskey(id: $id) }";
    private const string BeginSignIn = "mutation { beginPasskeySignIn { challengeId options } }";
    private const string FinishSignIn = "mutation($c: ID!, $r: String!) { finishPasskeySignIn(challengeId: $c, response: $r) { token resident { id pseudo } } }";

    private async Task<(string ChallengeId, string Options)> Challenge()
    {
        var begun = await api.GraphQL(BeginSignIn);
        begun.AssertNoErrors();
        var challenge = begun.Data["beginPasskeySignIn"]!;
        return (challenge["challengeId"]!.GetValue<string>(), challenge["options"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_passkey_added_by_its_owner_signs_them_in_and_stops_once_removed()
    {
        var (token, id, pseudo, _) = await api.Register();
        var authenticator = new SoftAuthenticator(42);
        var options = await api.GraphQL(BeginRegistration, token: token);
        options.AssertNoErrors();
        var credential = authenticator.Create(options.Data["beginPasskeyRegistration"]!.GetValue<string>());
        var added = await api.GraphQL(FinishRegistration, new { n = "Téléphone", r = credential }, token);
        added.AssertNoErrors();
        Assert.Equal(authenticator.Id, added.Data["finishPasskeyRegistration"]!["id"]!.GetValue<string>());

        var (challengeId, requestOptions) = await Challenge();
        var assertion = authenticator.Get(requestOptions, 1);
        var signedIn = await api.GraphQL(FinishSignIn, new { c = challengeId, r = assertion });
        signedIn.AssertNoErrors();
        Assert.Equal(id, signedIn.Data["finishPasskeySignIn"]!["resident"]!["id"]!.GetValue<string>());
        Assert.Equal(pseudo, signedIn.Data["finishPasskeySignIn"]!["resident"]!["pseudo"]!.GetValue<string>());

        // Its token is a session like any other's.
        var passkeyToken = signedIn.Data["finishPasskeySignIn"]!["token"]!.GetValue<string>();
        var listed = await api.GraphQL(List, token: passkeyToken);
        listed.AssertNoErrors();
        Assert.NotNull(Assert.Single(listed.Data["passkeys"]!.AsArray())!["lastUsedAt"]);
        var sessions = await api.GraphQL("{ mySessions { id } }", token: passkeyToken);
        Assert.Equal(2, sessions.Data["mySessions"]!.AsArray().Count);

        // The same answer again: the challenge is spent.
        (await api.GraphQL(FinishSignIn, new { c = challengeId, r = assertion })).AssertError("INVALID_TOKEN");

        (await api.GraphQL(Remove, new { id = authenticator.Id }, token)).AssertNoErrors();
        (await api.GraphQL(Remove, new { id = authenticator.Id }, token)).AssertError("NOT_FOUND");
        var (after, afterOptions) = await Challenge();
        (await api.GraphQL(FinishSignIn, new { c = after, r = authenticator.Get(afterOptions, 2) })).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Anonymous_and_malformed_requests_are_refused_with_their_code()
    {
        (await api.GraphQL(BeginRegistration)).AssertError("UNAUTHENTICATED");
        (await api.GraphQL(List)).AssertError("UNAUTHENTICATED");
        (await api.GraphQL(Remove, new { id = "x" })).AssertError("UNAUTHENTICATED");

        var (token, _, _, _) = await api.Register();
        (await api.GraphQL(BeginRegistration, token: token)).AssertNoErrors();
        (await api.GraphQL(FinishRegistration, new { n = "Clé", r = "{\"id\": 3" }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(FinishRegistration, new { n = "", r = "{}" }, token)).AssertError("BAD_USER_INPUT");
        Assert.Empty((await api.GraphQL(List, token: token)).Data["passkeys"]!.AsArray());

        var (challengeId, _) = await Challenge();
        (await api.GraphQL(FinishSignIn, new { c = challengeId, r = "not json" })).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(FinishSignIn, new { c = "0123", r = "{}" })).AssertError("INVALID_TOKEN");
    }
}
