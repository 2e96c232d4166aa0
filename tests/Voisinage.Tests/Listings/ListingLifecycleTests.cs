using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>Listings through the API on a two-silo cluster: the lifecycle, conversations, thanks and who sees what.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ListingLifecycleTests(ClusterApi f)
{
    [Fact]
    public async Task A_help_request_goes_from_open_to_done_through_a_private_conversation_and_thanks()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var helper = await f.Join(nid, place);
        var (stranger, _) = await f.Found(ClusterApi.NewPlace());

        var listing = await f.CreateListing(author, new { kind = "HELP_REQUEST", title = "Garder mon chat", description = "Deux jours en mai" });
        var id = listing.Str("id");
        Assert.StartsWith("lst_", id);
        Assert.Equal("OPEN", listing.Str("status"));
        Assert.Equal(nid, listing.Str("neighbourhoodId"));
        Assert.NotNull(listing["endsAt"]);

        // Members see it, with no private field of the author; a stranger sees neither the listing nor the feed.
        var seen = await f.Listing(helper, id);
        seen.AssertNoErrors();
        Assert.Null(seen.Data["listing"]!["author"]!["homeCell"]);
        (await f.Listing(stranger, id)).AssertError("FORBIDDEN");
        (await f.Feed(stranger, nid)).AssertError("FORBIDDEN");
        (await f.Listing(stranger, "lst_nope")).AssertError("NOT_FOUND");
        (await f.GraphQL("query($id: ID!) { listing(id: $id) { id } }", new { id })).AssertError("UNAUTHENTICATED");
        Assert.Contains(id, (await f.Feed(helper, nid)).Ids("feed"));

        // Responding opens one private conversation with the author, whatever the number of responses.
        const string respond = "mutation($id: ID!, $m: String) { respondToListing(listingId: $id, message: $m) { id messageCount participants { id } listing { id } } }";
        var opened = await f.GraphQL(respond, new { id, m = "Je peux !" }, helper);
        opened.AssertNoErrors();
        var conversationId = opened.Data["respondToListing"].Str("id");
        var again = await f.GraphQL(respond, new { id, m = (string?)null }, helper);
        Assert.Equal(conversationId, again.Data["respondToListing"].Str("id"));
        (await f.GraphQL(respond, new { id, m = "moi" }, author)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(respond, new { id, m = "moi" }, stranger)).AssertError("FORBIDDEN");

        var conversations = await f.GraphQL("{ conversations { edges { node { id messages { edges { node { text sender { id } } } } } } } }", as_: author);
        conversations.AssertNoErrors();
        var conversation = conversations.Data["conversations"]!["edges"]!.AsArray().Single(e => e!["node"].Str("id") == conversationId)!["node"]!;
        Assert.Equal("Je peux !", conversation["messages"]!["edges"]![0]!["node"].Str("text"));

        // Only participants read or write it.
        (await f.GraphQL("query($id: ID!) { conversation(id: $id) { id } }", new { id = conversationId }, stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"coucou\") { id } }", new { id = conversationId }, stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"  \") { id } }", new { id = conversationId }, author)).AssertError("BAD_USER_INPUT");
        var reply = await f.GraphQL("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"Merci !\") { id text } }", new { id = conversationId }, author);
        reply.AssertNoErrors();

        // Lifecycle: only the author moves it, only along the lifecycle.
        const string update = "mutation($id: ID!, $s: ListingStatus!, $c: ID) { updateListingStatus(id: $id, status: $s, counterpartId: $c) { status counterpart { id } } }";
        (await f.GraphQL(update, new { id, s = "AGREED", c = (string?)null }, helper)).AssertError("FORBIDDEN");
        (await f.GraphQL(update, new { id, s = "AGREED", c = stranger.Id }, author)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(update, new { id, s = "EXPIRED", c = (string?)null }, author)).AssertError("CONFLICT");
        var thank = "mutation($id: ID!, $r: ID!) { thank(listingId: $id, residentId: $r) }";
        (await f.GraphQL(thank, new { id, r = author.Id }, helper)).AssertError("CONFLICT");
        var agreed = await f.GraphQL(update, new { id, s = "AGREED", c = (string?)null }, author);
        agreed.AssertNoErrors();
        Assert.Equal(helper.Id, agreed.Data["updateListingStatus"]!["counterpart"].Str("id"));
        (await f.GraphQL(update, new { id, s = "DONE", c = (string?)null }, author)).AssertNoErrors();
        (await f.GraphQL(update, new { id, s = "OPEN", c = (string?)null }, author)).AssertError("CONFLICT");

        // Thanks, once each way, and they show on profiles.
        (await f.GraphQL(thank, new { id, r = author.Id }, helper)).AssertNoErrors();
        (await f.GraphQL(thank, new { id, r = helper.Id }, author)).AssertNoErrors();
        (await f.GraphQL(thank, new { id, r = author.Id }, helper)).AssertError("CONFLICT");
        (await f.GraphQL(thank, new { id, r = author.Id }, stranger)).AssertError("FORBIDDEN");
        (await f.GraphQL(thank, new { id, r = helper.Id }, helper)).AssertError("BAD_USER_INPUT");
        var me = await f.GraphQL("{ me { thanksReceived } }", as_: author);
        Assert.Equal(1, me.Data["me"]!["thanksReceived"]!.GetValue<int>());
        Assert.Equal(1, await f.Grains.GetGrain<IThanksGrain>(helper.Id).Count());

        var feed = await f.Feed(helper, nid);
        var entry = feed.Data["feed"]!["edges"]!.AsArray().Single(e => e!["node"].Str("id") == id)!["node"]!;
        Assert.Equal("Done", entry.Str("status"));
        Assert.Equal("DONE", entry["listing"].Str("status"));
        Assert.Equal(2, (await f.Grains.GetGrain<IConversationGrain>(conversationId).Get(author.Id)).MessageCount);
    }

    [Fact]
    public async Task A_response_whose_message_is_refused_opens_no_conversation()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var helper = await f.Join(nid, place);
        var id = (await f.CreateListing(author, new { kind = "HELP_REQUEST", title = "Monter une armoire", description = "Samedi matin" })).Str("id");
        const string respond = "mutation($id: ID!, $m: String) { respondToListing(listingId: $id, message: $m) { id } }";

        // The message is checked by the listing grain before anything is written: no conversation, no response counted.
        (await f.GraphQL(respond, new { id, m = new string('a', IConversationGrain.MaxText + 1) }, helper)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(respond, new { id, m = "   " }, helper)).AssertError("BAD_USER_INPUT");
        const string mine = "{ conversations { edges { node { id } } } }";
        var none = await f.GraphQL(mine, as_: helper);
        none.AssertNoErrors();
        Assert.Empty(none.Data["conversations"]!["edges"]!.AsArray());

        // The same call with a valid message opens it and sends the message, in one grain call from the resolver.
        var opened = await f.GraphQL("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Je viens\") { id messageCount } }", new { id }, helper);
        opened.AssertNoErrors();
        Assert.Equal(1, opened.Data["respondToListing"]!["messageCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_kind_is_created_with_its_own_fields()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var member = await f.Join(nid, place);
        var now = ClusterApi.Clock.GetUtcNow();
        var block = Grains.Neighbourhoods.Cells.BlockOf((await f.Grains.GetGrain<Grains.Residents.IResidentAccountGrain>(author.Id).GetProfile())!.HomeCell!).ToString();

        foreach (var kind in new[] { "HELP_REQUEST", "SERVICE_OFFER", "SWAP", "GIVEAWAY" })
        {
            var l = await f.CreateListing(author, new { kind, title = $"Un {kind}", description = "…" });
            Assert.Equal(kind, l.Str("kind"));
        }

        var loan = await f.CreateListing(author, new { kind = "LOAN", title = "Perceuse", loan = new { from = now.AddDays(1), until = now.AddDays(3) } });
        Assert.Equal(now.AddDays(3), loan["endsAt"]!.GetValue<DateTimeOffset>());

        var carpool = await f.CreateListing(author, new
        {
            kind = "CARPOOL",
            title = "Lyon Part-Dieu",
            carpool = new { originCell = block, destinationCell = block, weekdays = new[] { "FRIDAY", "MONDAY", "MONDAY" }, departureTime = "7:45", seats = 3 },
        });
        Assert.Equal(["MONDAY", "FRIDAY"], carpool["carpool"]!["weekdays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("07:45", carpool["carpool"].Str("departureTime"));
        Assert.Null(carpool["endsAt"]);

        var purchase = await f.CreateListing(author, new
        {
            kind = "GROUP_PURCHASE",
            title = "Bois de chauffage",
            groupPurchase = new { product = "Chêne sec", unit = "stère", targetQuantity = 10, deadline = now.AddDays(7) },
        });
        Assert.Equal(10, purchase["groupPurchase"]!["targetQuantity"]!.GetValue<int>());
        Assert.Equal(now.AddDays(7), purchase["endsAt"]!.GetValue<DateTimeOffset>());

        var meetup = await f.CreateListing(author, new { kind = "EVENT", title = "Apéro", @event = new { startsAt = now.AddDays(2), place = "Square", capacity = 30 } });
        Assert.Equal(30, meetup["event"]!["capacity"]!.GetValue<int>());

        var producer = await f.CreateListing(author, new { kind = "LOCAL_PRODUCER", title = "Ferme du Coin", page = new { website = "https://ferme.example", openingHours = "sam. 9h-12h" } });
        Assert.Equal("https://ferme.example", producer["page"].Str("website"));
        var association = await f.CreateListing(author, new { kind = "ASSOCIATION", title = "Les Amis du Parc" });
        Assert.Null(association["endsAt"]);

        var all = await f.GraphQL("query($n: ID!) { listings(neighbourhoodId: $n, first: 50) { edges { node { id kind } } } }", new { n = nid }, member);
        all.AssertNoErrors();
        Assert.Equal(10, all.Data["listings"]!["edges"]!.AsArray().Count);
        var some = await f.GraphQL("query($n: ID!) { listings(neighbourhoodId: $n, kinds: [EVENT, CARPOOL]) { edges { node { id kind } } } }", new { n = nid }, member);
        Assert.Equal(["EVENT", "CARPOOL"], some.Data["listings"]!["edges"]!.AsArray().Select(e => e!["node"].Str("kind")));
    }

    [Fact]
    public async Task Bad_input_and_unauthorised_creations_are_refused_and_change_nothing()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var unverified = (await f.Api.Register()) is var u ? new Member(u.Token, u.Id, u.Pseudo, place) : null!;
        var loner = await f.Verified(ClusterApi.NewPlace());
        var now = ClusterApi.Clock.GetUtcNow();
        var before = (await f.Feed(author, nid)).Ids("feed");

        (await f.GraphQL(ListingApi.Create, new { i = new { kind = "HELP_REQUEST", title = "x" } })).AssertError("UNAUTHENTICATED");
        (await f.GraphQL(ListingApi.Create, new { i = new { kind = "HELP_REQUEST", title = "x" } }, unverified)).AssertError("NOT_VERIFIED");
        (await f.GraphQL(ListingApi.Create, new { i = new { kind = "HELP_REQUEST", title = "x" } }, loner)).AssertError("FORBIDDEN");

        object[] bad =
        [
            new { kind = "HELP_REQUEST", title = "  " },
            new { kind = "HELP_REQUEST", title = new string('x', 500) },
            new { kind = "HELP_REQUEST", title = "x", radiusMeters = 5000.0 },
            new { kind = "HELP_REQUEST", title = "x", endsAt = now.AddHours(-1) },
            new { kind = "CARPOOL", title = "x" },
            new { kind = "CARPOOL", title = "x", carpool = new { originCell = "8a1fb46622dffff", destinationCell = "8a1fb46622dffff", weekdays = new[] { "MONDAY" }, departureTime = "08:00", seats = 2 } },
            new { kind = "GROUP_PURCHASE", title = "x", groupPurchase = new { product = "p", unit = "u", targetQuantity = 0, deadline = now.AddDays(1) } },
            new { kind = "GROUP_PURCHASE", title = "x", groupPurchase = new { product = "p", unit = "u", targetQuantity = 5, deadline = now.AddDays(-1) } },
            new { kind = "EVENT", title = "x", @event = new { startsAt = now.AddDays(1), place = "ici", capacity = 0 } },
            new { kind = "SWAP", title = "x", @event = new { startsAt = now.AddDays(1), place = "ici", capacity = 3 } },
            new { kind = "LOAN", title = "x", loan = new { from = now.AddDays(2), until = now.AddDays(1) } },
        ];
        foreach (var input in bad)
        {
            (await f.GraphQL(ListingApi.Create, new { i = input }, author)).AssertError("BAD_USER_INPUT");
        }

        (await f.GraphQL("query($n: ID!) { feed(neighbourhoodId: $n, first: 0) { edges { cursor } } }", new { n = nid }, author)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL("query($n: ID!) { feed(neighbourhoodId: $n, after: \"garbage\") { edges { cursor } } }", new { n = nid }, author)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL("{ feed(neighbourhoodId: \"nope\") { edges { cursor } } }", as_: author)).AssertError("NOT_FOUND");
        Assert.Equal(before, (await f.Feed(author, nid)).Ids("feed"));
    }

    [Fact]
    public async Task An_open_listing_expires_at_its_end_by_reminder_and_not_before()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var endsAt = ClusterApi.Clock.GetUtcNow().AddHours(2);
        var id = (await f.CreateListing(author, new { kind = "GIVEAWAY", title = "Canapé", endsAt })).Str("id");
        var grain = f.Grains.GetGrain<IListingGrain>(id);

        var reminders = await f.SiloService<Orleans.IReminderTable>().ReadRows(grain.GetGrainId());
        Assert.Contains(reminders.Reminders, r => r.ReminderName == ListingGrain.DeadlineReminder);

        Assert.Equal(ListingStatus.Open, await grain.ApplyDeadlines());
        ClusterApi.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ListingStatus.Expired, await grain.ApplyDeadlines());
        var seen = await f.Listing(author, id);
        Assert.Equal("EXPIRED", seen.Data["listing"].Str("status"));
        var entry = (await f.Feed(author, nid)).Data["feed"]!["edges"]!.AsArray().Single(e => e!["node"].Str("id") == id);
        Assert.Equal("Expired", entry!["node"].Str("status"));

        // Once final, the reminder is gone and a late tick changes nothing.
        reminders = await f.SiloService<Orleans.IReminderTable>().ReadRows(grain.GetGrainId());
        Assert.DoesNotContain(reminders.Reminders, r => r.ReminderName == ListingGrain.DeadlineReminder);
        Assert.Equal(ListingStatus.Expired, await grain.ApplyDeadlines());
    }
}
