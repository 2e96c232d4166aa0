using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>
/// The embedded default (co-hosted silo, SQLite): after export then delete, a search of every table of the SQLite store,
/// every column as text and as bytes (grain states are binary payloads; a grain's key is a column of its row), finds
/// neither the resident's id, pseudo nor email — but for Orleans' stream pub-sub rows, not fixed yet
/// (docs/fault-tolerance.md).
/// </summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class ClosureStoreSearchTests(EmbeddedApi api)
{
    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task Export_then_delete_leaves_no_id_pseudo_or_email_in_any_table_of_the_SQLite_store()
    {
        var place = AlertPlaces.Fresh();
        var (token, id, pseudo, email) = await api.Register();
        await _world.VerifyAt(token, place);
        var nid = (await Ok("mutation { foundNeighbourhood(name: \"Quartier de la recherche\") { id } }", null, token))["foundNeighbourhood"]!["id"]!.GetValue<string>();
        var post = (await Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Bonjour le quartier" }, token))["createPost"]!["id"]!.GetValue<string>();
        await Ok("mutation($t: String!) { registerPushDevice(platform: FCM, token: $t) { id } }", new { t = "fcm-search-" + pseudo }, token);

        // A neighbour reports the post and talks with them about a listing: records the neighbour keeps, anonymised.
        var (neighbour, _) = await _world.Member(place, nid);
        await Ok("mutation($id: ID!) { report(targetType: POST, targetId: $id, reason: \"hors sujet\") { reports } }", new { id = post }, neighbour);
        var listing = (await Ok("mutation($i: CreateListingInput!) { createListing(input: $i) { id } }", new { i = new { kind = "HELP_REQUEST", title = "Porter des cartons" } }, neighbour))["createListing"]!["id"]!.GetValue<string>();
        var conversation = (await Ok("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Je viens\") { id } }", new { id = listing }, token))["respondToListing"]!["id"]!.GetValue<string>();
        await Ok("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"Merci\") { id } }", new { id = conversation }, neighbour);

        var export = (await Ok("mutation { exportMyData }", null, token))["exportMyData"]!.GetValue<string>();
        Assert.Contains(email, export, StringComparison.Ordinal);
        Assert.NotEmpty(RowsHolding(id));
        await Ok("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, token);

        foreach (var identifying in new[] { pseudo, email })
        {
            var rows = RowsHolding(identifying);
            Assert.True(rows.Count == 0, $"{identifying} is still held by:\n{string.Join("\n", rows)}");
        }

        var holdingId = RowsHolding(id).Where(r => !r.Contains("PubSubRendezvousGrain|voisinage-streams/", StringComparison.Ordinal)).ToList();
        Assert.True(holdingId.Count == 0, $"{id} is still held by:\n{string.Join("\n", holdingId)}");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Ok(string query, object? variables, string token)
    {
        var response = await api.GraphQL(query, variables, token);
        response.AssertNoErrors();
        return response.Data;
    }

    private List<string> RowsHolding(string text) => StoreSearch.RowsHolding(api.DataDirectory, text);
}
