using System.Text.Json.Nodes;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Api;

/// <summary>
/// A resident who used every listing feature through the API (a listing of each kind, pledges, seats, RSVPs, responses,
/// agreed as counterpart, thanks both ways, posts and reports) exports their data, deletes their account, and a
/// search of every table of the SQLite store finds neither their id, pseudo nor email; the neighbours' listings keep
/// what they need without naming them.
/// </summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class ClosureEveryFeatureTests(EmbeddedApi api)
{
    private const string ListingFields = "id status author { id } counterpart { id } groupPurchase { pledgedQuantity pledgerCount } carpool { seatsTaken } event { going }";

    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task A_resident_who_used_every_listing_feature_leaves_nothing_that_identifies_them_after_export_then_delete()
    {
        var place = AlertPlaces.Fresh();
        var (token, id, pseudo, email) = await api.Register();
        await _world.VerifyAt(token, place);
        var nid = (await Ok("mutation { foundNeighbourhood(name: \"Quartier de tous les services\") { id } }", null, token))["foundNeighbourhood"]!["id"]!.GetValue<string>();
        var (neighbour, neighbourId) = await _world.Member(place, nid);
        var now = api.Clock.GetUtcNow();
        var block = Cells.At(place.Lat, place.Lng, Cells.BlockResolution).ToString();
        var work = Cells.At(place.Lat + 0.05, place.Lng, Cells.BlockResolution).ToString();
        var ride = new { originCell = block, destinationCell = work, weekdays = new[] { "MONDAY" }, departureTime = "08:10", seats = 2 };

        // Their own listings, one of each kind a resident publishes; neighbours take part in some.
        var own = new Dictionary<string, string>
        {
            ["help"] = await Create(token, new { kind = "HELP_REQUEST", title = "Monter une armoire" }),
            ["offer"] = await Create(token, new { kind = "SERVICE_OFFER", title = "Cours de guitare" }),
            ["swap"] = await Create(token, new { kind = "SWAP", title = "Livres contre plantes" }),
            ["giveaway"] = await Create(token, new { kind = "GIVEAWAY", title = "Chaise" }),
            ["loan"] = await Create(token, new { kind = "LOAN", title = "Perceuse", loan = new { from = now.AddDays(1), until = now.AddDays(3) } }),
            ["carpool"] = await Create(token, new { kind = "CARPOOL", title = "Vers le travail", carpool = ride }),
            ["purchase"] = await Create(token, new { kind = "GROUP_PURCHASE", title = "Bois de chauffage", groupPurchase = new { product = "Bois", unit = "stère", targetQuantity = 50, deadline = now.AddDays(10) } }),
            ["event"] = await Create(token, new { kind = "EVENT", title = "Fête des voisins", @event = new { place = "La cour", capacity = 20, startsAt = now.AddDays(5) } }),
        };
        await Ok("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Je peux aider\") { id } }", new { id = own["help"] }, neighbour);
        await Ok("mutation($id: ID!, $c: ID) { updateListingStatus(id: $id, status: AGREED, counterpartId: $c) { id } }", new { id = own["help"], c = neighbourId }, token);
        await Ok("mutation($id: ID!) { updateListingStatus(id: $id, status: DONE) { id } }", new { id = own["help"] }, token);
        await Ok("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = own["help"], r = id }, neighbour);
        await Ok("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = own["help"], r = neighbourId }, token);
        await Ok("mutation($id: ID!) { pledge(listingId: $id, quantity: 3) { id } }", new { id = own["purchase"] }, neighbour);
        await Ok("mutation($id: ID!) { bookSeat(listingId: $id) { id } }", new { id = own["carpool"] }, neighbour);
        await Ok("mutation($id: ID!) { rsvp(listingId: $id) { id } }", new { id = own["event"] }, neighbour);

        // The neighbour's listings, where the resident responds, is agreed with, pledges, books and attends.
        var theirs = new Dictionary<string, string>
        {
            ["help"] = await Create(neighbour, new { kind = "HELP_REQUEST", title = "Arroser les plantes" }),
            ["carpool"] = await Create(neighbour, new { kind = "CARPOOL", title = "Au marché", carpool = ride }),
            ["purchase"] = await Create(neighbour, new { kind = "GROUP_PURCHASE", title = "Huile d'olive", groupPurchase = new { product = "Huile", unit = "litre", targetQuantity = 40, deadline = now.AddDays(10) } }),
            ["confirmed"] = await Create(neighbour, new { kind = "GROUP_PURCHASE", title = "Pommes", groupPurchase = new { product = "Pommes", unit = "kg", targetQuantity = 5, deadline = now.AddDays(10) } }),
            ["event"] = await Create(neighbour, new { kind = "EVENT", title = "Atelier vélo", @event = new { place = "Le garage", capacity = 10, startsAt = now.AddDays(5) } }),
        };
        await Ok("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Avec plaisir\") { id } }", new { id = theirs["help"] }, token);
        await Ok("mutation($id: ID!, $c: ID) { updateListingStatus(id: $id, status: AGREED, counterpartId: $c) { id } }", new { id = theirs["help"], c = id }, neighbour);
        await Ok("mutation($id: ID!) { updateListingStatus(id: $id, status: DONE) { id } }", new { id = theirs["help"] }, neighbour);
        await Ok("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = theirs["help"], r = id }, neighbour);
        await Ok("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = theirs["help"], r = neighbourId }, token);
        await Ok("mutation($id: ID!) { bookSeat(listingId: $id) { id } }", new { id = theirs["carpool"] }, token);
        await Ok("mutation($id: ID!) { pledge(listingId: $id, quantity: 4) { id } }", new { id = theirs["purchase"] }, token);
        await Ok("mutation($id: ID!) { pledge(listingId: $id, quantity: 2) { id } }", new { id = theirs["confirmed"] }, neighbour);
        var confirmed = await Ok("mutation($id: ID!) { pledge(listingId: $id, quantity: 3) { status } }", new { id = theirs["confirmed"] }, token);
        Assert.Equal("CONFIRMED", confirmed["pledge"]!["status"]!.GetValue<string>());
        await Ok("mutation($id: ID!) { rsvp(listingId: $id) { id } }", new { id = theirs["event"] }, token);

        // Posts and reports both ways.
        var post = (await Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Merci à tous" }, token))["createPost"]!["id"]!.GetValue<string>();
        var neighbourPost = (await Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Vide-grenier dimanche" }, neighbour))["createPost"]!["id"]!.GetValue<string>();
        await Ok("mutation($id: ID!) { report(targetType: POST, targetId: $id, reason: \"hors sujet\") { reports } }", new { id = post }, neighbour);
        await Ok("mutation($id: ID!) { report(targetType: POST, targetId: $id, reason: \"publicité\") { reports } }", new { id = neighbourPost }, token);

        var export = JsonNode.Parse((await Ok("mutation { exportMyData }", null, token))["exportMyData"]!.GetValue<string>())!;
        Assert.Contains(email, export.ToJsonString(), StringComparison.Ordinal);
        var exported = export["listings"]!.AsArray().ToDictionary(l => l!["id"]!.GetValue<string>(), l => l!);
        foreach (var listing in own.Values)
        {
            Assert.True(exported[listing]!["author"]!.GetValue<bool>(), $"{listing} is exported as theirs");
        }

        Assert.Equal(4, exported[theirs["purchase"]]!["pledged"]!.GetValue<int>());
        Assert.Equal(3, exported[theirs["confirmed"]]!["pledged"]!.GetValue<int>());
        Assert.True(exported[theirs["carpool"]]!["seat"]!.GetValue<bool>());
        Assert.True(exported[theirs["event"]]!["going"]!.GetValue<bool>());
        Assert.True(exported[theirs["help"]]!["counterpart"]!.GetValue<bool>());
        Assert.Equal(1, exported[theirs["help"]]!["thanksGiven"]!.GetValue<int>());
        Assert.Equal(2, export["thanksReceived"]!.AsArray().Count);

        Assert.Contains(StoreSearch.RowsKeyedBy(api.DataDirectory, id), r => r.StartsWith("OrleansStorage: residentListings|", StringComparison.Ordinal));
        await Ok("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, token);

        foreach (var identifying in new[] { pseudo, email })
        {
            var rows = StoreSearch.RowsHolding(api.DataDirectory, identifying);
            Assert.True(rows.Count == 0, $"{identifying} is still held by:\n{string.Join("\n", rows)}");
        }

        var holdingId = StoreSearch.RowsHolding(api.DataDirectory, id).Where(r => !r.Contains("PubSubRendezvousGrain|voisinage-streams/", StringComparison.Ordinal)).ToList();
        Assert.True(holdingId.Count == 0, $"{id} is still held by:\n{string.Join("\n", holdingId)}");

        // Rows keyed by the id (stored as the GUID's halves, not as text): only the resident's tombstone, which holds no
        // personal data and refuses every token issued before (ClosurePlan).
        var keyed = StoreSearch.RowsKeyedBy(api.DataDirectory, id);
        Assert.True(keyed.Count == 1 && keyed[0].StartsWith("OrleansStorage: resident|", StringComparison.Ordinal), $"{id} still keys:\n{string.Join("\n", keyed)}");

        // What the neighbour sees: the resident's open listings closed, their finished one kept, neither naming them.
        foreach (var (kind, listing) in own)
        {
            var view = await Listing(neighbour, listing);
            Assert.Null(view["author"]);
            Assert.Equal(kind == "help" ? "DONE" : "CANCELLED", view["status"]!.GetValue<string>());
        }

        // On the neighbour's listings: the open pledge, seat and RSVP are withdrawn; the confirmed purchase keeps its
        // quantity from a deleted account; the agreed counterpart is no one.
        Assert.Null((await Listing(neighbour, theirs["help"]))["counterpart"]);
        Assert.Equal(0, (await Listing(neighbour, theirs["purchase"]))["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());
        Assert.Equal(5, (await Listing(neighbour, theirs["confirmed"]))["groupPurchase"]!["pledgedQuantity"]!.GetValue<int>());
        Assert.Equal(0, (await Listing(neighbour, theirs["carpool"]))["carpool"]!["seatsTaken"]!.GetValue<int>());
        Assert.Equal(0, (await Listing(neighbour, theirs["event"]))["event"]!["going"]!.GetValue<int>());

        // The deleted account is no one to thank, and what they gave up is free again: a seat, a place.
        (await api.GraphQL("mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }", new { id = own["help"], r = "deleted" }, neighbour)).AssertError("BAD_USER_INPUT");
        var (other, _) = await _world.Member(place, nid);
        await Ok("mutation($id: ID!) { bookSeat(listingId: $id) { id } }", new { id = theirs["carpool"] }, other);
        Assert.Equal(1, (await Listing(neighbour, theirs["carpool"]))["carpool"]!["seatsTaken"]!.GetValue<int>());
    }

    private async Task<string> Create(string token, object input) =>
        (await Ok("mutation($i: CreateListingInput!) { createListing(input: $i) { id } }", new { i = input }, token))["createListing"]!["id"]!.GetValue<string>();

    private async Task<JsonNode> Listing(string token, string id) =>
        (await Ok($"query($id: ID!) {{ listing(id: $id) {{ {ListingFields} }} }}", new { id }, token))["listing"]!;

    private async Task<JsonNode> Ok(string query, object? variables, string token)
    {
        var response = await api.GraphQL(query, variables, token);
        response.AssertNoErrors();
        return response.Data;
    }
}
