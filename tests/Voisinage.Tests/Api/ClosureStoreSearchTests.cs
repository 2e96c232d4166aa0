using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>
/// The embedded default (co-hosted silo, SQLite): after export then delete, a search of every table of the SQLite store,
/// every column as text and as bytes (grain states are binary payloads; a grain's key is a column of its row), finds
/// neither the resident's id, pseudo nor email, Orleans' stream pub-sub rows included (docs/fault-tolerance.md).
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

        // Live while it lasts: the resident's message and notification streams, keyed by their stream key, are open
        // and stay open through the closure. (Embedded, Orleans keeps the pub-sub state in memory, not in SQLite; the
        // PostgreSQL crash test searches its rows.)
        await using var ws = await GraphQLWsClient.Connect(api, token);
        await ws.Subscribe("m", "subscription { messageReceived { text } }");
        await ws.Subscribe("n", "subscription { notificationReceived { unreadCount } }");
        await api.UntilListening<Message>(IConversationGrain.StreamNamespace, id);
        await api.UntilListening<NotificationEvent>(INotificationInboxGrain.StreamNamespace, id);
        await Ok("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"Merci\") { id } }", new { id = conversation }, neighbour);
        var live = new[] { await ws.Receive(), await ws.Receive() };
        Assert.Contains(live, m => m!["id"]!.GetValue<string>() == "m" && m["payload"]!["data"]!["messageReceived"]!["text"]!.GetValue<string>() == "Merci");
        Assert.Contains(live, m => m!["id"]!.GetValue<string>() == "n" && m["payload"]!["data"]!["notificationReceived"]!["unreadCount"]!.GetValue<int>() == 1);
        var streamKey = await api.Services.GetRequiredService<IClusterClient>().GetGrain<IResidentStreamKeyGrain>(id).Key();
        Assert.NotNull(streamKey);
        Assert.DoesNotContain(id, streamKey, StringComparison.Ordinal);

        var export = (await Ok("mutation { exportMyData }", null, token))["exportMyData"]!.GetValue<string>();
        Assert.Contains(email, export, StringComparison.Ordinal);
        Assert.NotEmpty(RowsHolding(id));
        await Ok("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, token);

        foreach (var identifying in new[] { id, pseudo, email })
        {
            var rows = RowsHolding(identifying);
            Assert.True(rows.Count == 0, $"{identifying} is still held by:\n{string.Join("\n", rows)}");
        }

        // Rows keyed by the id (stored as the GUID's halves, not as text): only the resident's tombstone, which holds no
        // personal data (push devices, inbox, stream key and the rest are deleted, rows included).
        var keyed = StoreSearch.RowsKeyedBy(api.DataDirectory, id);
        Assert.True(keyed.Count == 1 && keyed[0].StartsWith("OrleansStorage: resident|", StringComparison.Ordinal), $"{id} still keys:\n{string.Join("\n", keyed)}");

        // The stream key is erased with the account: no key is made again, and a new subscription is refused.
        Assert.Null(await api.Services.GetRequiredService<IClusterClient>().GetGrain<IResidentStreamKeyGrain>(id).Key());
        await ws.Subscribe("again", "subscription { messageReceived { text } }");
        var refused = await ws.Receive();
        Assert.True(refused!["type"]!.GetValue<string>() == "error" && refused["id"]!.GetValue<string>() == "again", refused.ToJsonString());
        Assert.Contains("UNAUTHENTICATED", refused.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Ok(string query, object? variables, string token)
    {
        var response = await api.GraphQL(query, variables, token);
        response.AssertNoErrors();
        return response.Data;
    }

    private List<string> RowsHolding(string text) => StoreSearch.RowsHolding(api.DataDirectory, text);
}
