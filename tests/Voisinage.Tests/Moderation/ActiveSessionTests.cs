using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Listings;

namespace Voisinage.Tests.Moderation;

/// <summary>Active sessions through the API: one per sign-in, listed with a device summary, ended one at a time.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ActiveSessionTests(ClusterApi f)
{
    private const string Password = "un mot de passe solide";
    private const string FirefoxAndroid = "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0";
    private const string EdgeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
    private const string Me = "query { me { id } }";
    private const string Sessions = "query { mySessions { id browser system current createdAt lastSeenAt expiresAt } }";
    private const string Revoke = "mutation($id: ID!) { revokeSession(id: $id) { id current } }";

    /// <summary>A login from a given browser (the fixture's client sends no user agent).</summary>
    private async Task<string> LoginFrom(string pseudo, string userAgent)
    {
        using var client = f.Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query = "mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { token } }", variables = new { l = pseudo, p = Password } }),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["login"]!["token"]!.GetValue<string>();
    }

    private static JsonArray List(GraphQLResponse r, string field)
    {
        r.AssertNoErrors();
        return r.Data[field]!.AsArray();
    }

    [Fact]
    public async Task Each_sign_in_is_a_session_listed_with_its_device_and_the_current_one_flagged()
    {
        var (registered, _, pseudo, _) = await f.Api.Register(Password);
        var phone = await LoginFrom(pseudo, FirefoxAndroid);
        var laptop = await LoginFrom(pseudo, EdgeWindows);

        var seenByPhone = List(await f.Api.GraphQL(Sessions, null, phone), "mySessions");
        Assert.Equal(3, seenByPhone.Count);
        var current = Assert.Single(seenByPhone, s => s!["current"]!.GetValue<bool>());
        Assert.Equal("Firefox", current!["browser"]!.GetValue<string>());
        Assert.Equal("Android", current["system"]!.GetValue<string>());
        Assert.Contains(seenByPhone, s => s!["browser"]?.GetValue<string>() == "Edge" && s["system"]?.GetValue<string>() == "Windows");
        Assert.Contains(seenByPhone, s => s!["browser"] is null && s["system"] is null);
        Assert.DoesNotContain("127.0.0.1", seenByPhone.ToJsonString(), StringComparison.Ordinal);

        // Every token works until its own session ends.
        foreach (var token in new[] { registered, phone, laptop })
        {
            (await f.Api.GraphQL(Me, null, token)).AssertNoErrors();
        }

        var seenByLaptop = List(await f.Api.GraphQL(Sessions, null, laptop), "mySessions");
        Assert.NotEqual(current["id"]!.GetValue<string>(), Assert.Single(seenByLaptop, s => s!["current"]!.GetValue<bool>())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Revoking_a_session_ends_its_token_only()
    {
        var (registered, _, pseudo, _) = await f.Api.Register(Password);
        var phone = await LoginFrom(pseudo, FirefoxAndroid);
        var phoneSession = Assert.Single(List(await f.Api.GraphQL(Sessions, null, phone), "mySessions"), s => s!["current"]!.GetValue<bool>())!["id"]!.GetValue<string>();

        var left = List(await f.Api.GraphQL(Revoke, new { id = phoneSession }, registered), "revokeSession");
        var remaining = Assert.Single(left);
        Assert.True(remaining!["current"]!.GetValue<bool>());

        (await f.Api.GraphQL(Me, null, phone)).AssertError("UNAUTHENTICATED");
        (await f.Api.GraphQL(Me, null, registered)).AssertNoErrors();

        // Ending it again, or a session that is not one's own, changes nothing.
        (await f.Api.GraphQL(Revoke, new { id = phoneSession }, registered)).AssertError("NOT_FOUND");
        var (stranger, _, _, _) = await f.Api.Register(Password);
        var mine = Assert.Single(List(await f.Api.GraphQL(Sessions, null, registered), "mySessions"))!["id"]!.GetValue<string>();
        (await f.Api.GraphQL(Revoke, new { id = mine }, stranger)).AssertError("NOT_FOUND");
        (await f.Api.GraphQL(Revoke, new { id = new string('x', 200) }, registered)).AssertError("NOT_FOUND");
        (await f.Api.GraphQL(Me, null, registered)).AssertNoErrors();
        (await f.GraphQL(Sessions)).AssertError("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Logout_ends_the_current_session_and_leaves_the_others_open()
    {
        var (registered, _, pseudo, _) = await f.Api.Register(Password);
        var phone = await LoginFrom(pseudo, FirefoxAndroid);

        (await f.Api.GraphQL("mutation { logout }", null, phone)).AssertNoErrors();
        (await f.Api.GraphQL(Me, null, phone)).AssertError("UNAUTHENTICATED");
        (await f.Api.GraphQL(Me, null, registered)).AssertNoErrors();
        Assert.Single(List(await f.Api.GraphQL(Sessions, null, registered), "mySessions"));

        // Logging out everywhere empties the list; the next sign-in starts a new one.
        (await f.Api.GraphQL("mutation { logoutEverywhere }", null, registered)).AssertNoErrors();
        var again = await LoginFrom(pseudo, EdgeWindows);
        Assert.Single(List(await f.Api.GraphQL(Sessions, null, again), "mySessions"));
    }

    [Fact]
    public async Task A_session_is_last_seen_at_its_latest_request_and_expires_with_its_token()
    {
        var (token, _, _, _) = await f.Api.Register(Password);
        var before = List(await f.Api.GraphQL(Sessions, null, token), "mySessions")[0]!;
        ClusterApi.Clock.Advance(TimeSpan.FromMinutes(7));
        var after = List(await f.Api.GraphQL(Sessions, null, token), "mySessions")[0]!;
        Assert.Equal(before["createdAt"]!.GetValue<DateTimeOffset>(), after["createdAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(TimeSpan.FromMinutes(7), after["lastSeenAt"]!.GetValue<DateTimeOffset>() - before["lastSeenAt"]!.GetValue<DateTimeOffset>());
        Assert.True(after["expiresAt"]!.GetValue<DateTimeOffset>() > after["lastSeenAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Signing_in_again_and_again_keeps_the_most_recent_sessions_only()
    {
        var (first, _, pseudo, _) = await f.Api.Register(Password);
        var latest = first;
        for (var i = 0; i < 20; i++)
        {
            latest = await LoginFrom(pseudo, FirefoxAndroid);
        }

        Assert.Equal(20, List(await f.Api.GraphQL(Sessions, null, latest), "mySessions").Count);
        (await f.Api.GraphQL(Me, null, first)).AssertError("UNAUTHENTICATED");
        (await f.Api.GraphQL(Me, null, latest)).AssertNoErrors();
    }
}
