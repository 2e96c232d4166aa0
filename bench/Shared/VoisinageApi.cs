using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voisinage.Bench.Shared;

/// <summary>GraphQL over HTTP calls the load tools make to set up residents and raise alerts.</summary>
public sealed class VoisinageApi(HttpClient http)
{
    /// <summary>
    /// One GraphQL request; its <c>data</c>, or an exception with the errors. A request answered <c>TIMEOUT</c> (the
    /// API's time budget, passed on a loaded machine) is sent again, up to <paramref name="attempts"/> times in all, a
    /// second longer apart each time; a <c>CONFLICT</c> on a later attempt means an earlier one had been applied, and
    /// answers an empty object.
    /// </summary>
    public async Task<JsonNode> Call(string query, object? variables, string? token, int attempts = 1)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (body["errors"] is not JsonArray errors)
            {
                return body["data"]!;
            }

            var code = errors[0]?["extensions"]?["code"]?.GetValue<string>();
            if (code == "CONFLICT" && attempt > 1)
            {
                return new JsonObject();
            }

            if (code != "TIMEOUT" || attempt >= attempts)
            {
                throw new InvalidOperationException(errors.ToJsonString());
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }

    /// <summary>A resident verified by three location fixes (the server must need only one day).</summary>
    public async Task<string> VerifiedResident(string pseudo, double lat, double lng)
    {
        var reg = await Call(
            "mutation($i: RegisterInput!) { register(input: $i) { token } }",
            new { i = new { pseudo, email = $"{pseudo}@bench.example", password = "a long bench password" } },
            null);
        var token = reg["register"]!["token"]!.GetValue<string>();
        await Call("mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat, lng }, token);
        for (var i = 0; i < 3; i++)
        {
            await Call("mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { countingFixes } }", new { lat, lng }, token);
        }

        return token;
    }

    public async Task<string> Found(string token) =>
        (await Call("mutation { foundNeighbourhood(name: \"Bench\") { id } }", null, token))["foundNeighbourhood"]!["id"]!.GetValue<string>();

    public Task Join(string token, string id) => Call("mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id }, token);

    public Task Raise(string token, string title) =>
        Call("mutation($t: String!) { raiseAlert(kind: VIGILANCE, title: $t, body: \"Bench alert body, about the size of a real one.\", radiusMeters: 0) { sequence } }", new { t = title }, token);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
