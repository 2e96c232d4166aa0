using System.Text.Json.Nodes;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Listings;

/// <summary>The neighbourhood feed: stable pages, radius visibility, live updates, moderation; live messages.</summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class FeedAndModerationTests(ClusterApi f)
{
    private const string CreatePost = "mutation($t: String!) { createPost(text: $t) { id text hidden } }";

    private async Task<string> Post(Member author, string text)
    {
        var r = await f.GraphQL(CreatePost, new { t = text }, author);
        r.AssertNoErrors();
        return r.Data["createPost"].Str("id");
    }

    [Fact]
    public async Task Feed_pages_stay_stable_while_new_items_arrive()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var reader = await f.Join(nid, place);
        var first = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            first.Add(await Post(author, $"Message {i}"));
        }

        var page1 = await f.Feed(reader, nid, first: 2);
        page1.AssertNoErrors();
        Assert.Equal([first[4], first[3]], page1.Ids("feed"));
        Assert.True(page1.Data["feed"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // New items on top do not shift the next pages.
        var later = new List<string> { await Post(author, "Plus tard 1"), await Post(author, "Plus tard 2") };
        later.Add((await f.CreateListing(author, new { kind = "SWAP", title = "Livres contre plantes" })).Str("id"));
        var cursor = page1.Data["feed"]!["pageInfo"].Str("endCursor");
        var page2 = await f.Feed(reader, nid, first: 2, after: cursor);
        Assert.Equal([first[2], first[1]], page2.Ids("feed"));
        var page3 = await f.Feed(reader, nid, first: 2, after: page2.Data["feed"]!["pageInfo"].Str("endCursor"));
        Assert.Equal([first[0]], page3.Ids("feed"));
        Assert.False(page3.Data["feed"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var top = await f.Feed(reader, nid, first: 3);
        Assert.Equal([later[2], later[1], later[0]], top.Ids("feed"));
        var node = top.Data["feed"]!["edges"]![0]!["node"]!;
        Assert.Equal("LISTING", node.Str("type"));
        Assert.Equal("SWAP", node.Str("listingKind"));
        Assert.Equal("Plus tard 2", top.Data["feed"]!["edges"]![1]!["node"]!["post"].Str("text"));

        (await f.GraphQL(CreatePost, new { t = " " }, author)).AssertError("BAD_USER_INPUT");
        Assert.Equal([later[2], later[1], later[0]], (await f.Feed(reader, nid, first: 3)).Ids("feed"));
    }

    [Fact]
    public async Task A_listing_with_a_radius_reaches_nearby_neighbourhoods_and_one_without_does_not()
    {
        var place = ClusterApi.NewPlace();
        var (author, here) = await f.Found(place);
        var (neighbour, there) = await f.Found((place.Lat + (600 / 111_320.0), place.Lng));
        Assert.NotEqual(here, there);

        var wide = (await f.CreateListing(author, new { kind = "SERVICE_OFFER", title = "Cours de guitare", radiusMeters = 1500.0 })).Str("id");
        var local = (await f.CreateListing(author, new { kind = "SERVICE_OFFER", title = "Tonte de pelouse" })).Str("id");

        (await f.Listing(neighbour, wide)).AssertNoErrors();
        (await f.Listing(neighbour, local)).AssertError("FORBIDDEN");
        var theirFeed = (await f.Feed(neighbour, there)).Ids("feed");
        Assert.Contains(wide, theirFeed);
        Assert.DoesNotContain(local, theirFeed);
        var theirListings = await f.GraphQL("query($n: ID!) { listings(neighbourhoodId: $n) { edges { node { id neighbourhoodId } } } }", new { n = there }, neighbour);
        Assert.Equal([wide], theirListings.Ids("listings"));

        // Someone from there may respond, but not read the other neighbourhood's own feed.
        (await f.GraphQL("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Combien ?\") { id } }", new { id = wide }, neighbour)).AssertNoErrors();
        (await f.Feed(neighbour, here)).AssertError("FORBIDDEN");
    }

    [Fact]
    public async Task Three_distinct_reports_hide_a_post_and_leads_hide_or_show_content()
    {
        var place = ClusterApi.NewPlace();
        var (lead, nid) = await f.Found(place);
        var author = await f.Join(nid, place);
        var reporters = new[] { await f.Join(nid, place), await f.Join(nid, place), await f.Join(nid, place) };
        var (outsider, _) = await f.Found(ClusterApi.NewPlace());
        var postId = await Post(author, "Vends voiture (hors sujet)");
        const string report = "mutation($t: ReportTarget!, $id: ID!) { report(targetType: $t, targetId: $id, reason: \"hors sujet\") { reports hidden } }";

        (await f.GraphQL(report, new { t = "POST", id = postId }, outsider)).AssertError("FORBIDDEN");
        (await f.GraphQL(report, new { t = "POST", id = postId }, author)).AssertError("BAD_USER_INPUT");
        (await f.GraphQL(report, new { t = "POST", id = postId }, reporters[0])).AssertNoErrors();
        (await f.GraphQL(report, new { t = "POST", id = postId }, reporters[0])).AssertError("CONFLICT");
        var reported = await f.GraphQL(report, new { t = "POST", id = postId }, reporters[1]);
        reported.AssertNoErrors();
        Assert.Equal(2, reported.Data["report"]!["reports"]!.GetValue<int>());
        Assert.False(reported.Data["report"]!["hidden"]!.GetValue<bool>());
        (await f.GraphQL(report, new { t = "LISTING", id = "pst_nope" }, reporters[1])).AssertError("NOT_FOUND");
        Assert.Contains(postId, (await f.Feed(lead, nid)).Ids("feed"));
        Assert.True((await f.GraphQL(report, new { t = "POST", id = postId }, reporters[2])).Data["report"]!["hidden"]!.GetValue<bool>());

        Assert.DoesNotContain(postId, (await f.Feed(lead, nid)).Ids("feed"));
        const string read = "query($id: ID!) { post(id: $id) { id hidden } }";
        (await f.GraphQL(read, new { id = postId }, reporters[0])).AssertError("NOT_FOUND");
        Assert.True((await f.GraphQL(read, new { id = postId }, author)).Data["post"]!["hidden"]!.GetValue<bool>());
        Assert.True((await f.GraphQL(read, new { id = postId }, lead)).Data["post"]!["hidden"]!.GetValue<bool>());

        const string decide = "mutation($t: ReportTarget!, $id: ID!, $d: ModerationDecision!) { decideModeration(targetType: $t, targetId: $id, decision: $d, reason: \"Vérifié\") { hidden } }";
        (await f.GraphQL(decide, new { t = "POST", id = postId, d = "RESTORE" }, author)).AssertError("FORBIDDEN");
        (await f.GraphQL(decide, new { t = "POST", id = postId, d = "RESTORE" }, outsider)).AssertError("FORBIDDEN");
        (await f.GraphQL(decide, new { t = "POST", id = "pst_0000", d = "RESTORE" }, lead)).AssertError("NOT_FOUND");
        (await f.GraphQL(decide, new { t = "POST", id = postId, d = "RESTORE" }, lead)).AssertNoErrors();
        Assert.Contains(postId, (await f.Feed(reporters[0], nid)).Ids("feed"));

        var listingId = (await f.CreateListing(author, new { kind = "GIVEAWAY", title = "Vieux frigo" })).Str("id");
        (await f.GraphQL(decide, new { t = "LISTING", id = listingId, d = "HIDE" }, reporters[1])).AssertError("FORBIDDEN");
        (await f.GraphQL(decide, new { t = "LISTING", id = listingId, d = "HIDE" }, lead)).AssertNoErrors();
        (await f.GraphQL(decide, new { t = "LISTING", id = listingId, d = "HIDE" }, lead)).AssertError("CONFLICT");
        var listings = await f.GraphQL("query($n: ID!) { listings(neighbourhoodId: $n) { edges { node { id } } } }", new { n = nid }, reporters[1]);
        Assert.DoesNotContain(listingId, listings.Ids("listings"));
        (await f.Listing(reporters[1], listingId)).AssertError("NOT_FOUND");
        Assert.True((await f.Listing(author, listingId)).Data["listing"]!["hidden"]!.GetValue<bool>());
        (await f.GraphQL(decide, new { t = "LISTING", id = listingId, d = "RESTORE" }, lead)).AssertNoErrors();
        (await f.Listing(reporters[1], listingId)).AssertNoErrors();
    }

    [Fact]
    public async Task Members_receive_feed_updates_and_participants_receive_messages_live()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var member = await f.Join(nid, place);
        var (outsider, _) = await f.Found(ClusterApi.NewPlace());

        using (var socket = await f.Socket(outsider))
        {
            await ClusterApi.Send(socket, new { id = "x", type = "subscribe", payload = new { query = "subscription($n: ID!) { feedUpdated(neighbourhoodId: $n) { id } }", variables = new { n = nid } } });
            var refused = await ClusterApi.Receive(socket, TimeSpan.FromSeconds(30));
            Assert.Equal("error", refused!["type"]!.GetValue<string>());
            Assert.Contains("FORBIDDEN", refused.ToJsonString());
        }

        using (var socket = await f.Socket(member))
        {
            await ClusterApi.Send(socket, new { id = "f", type = "subscribe", payload = new { query = "subscription($n: ID!) { feedUpdated(neighbourhoodId: $n) { id type title } }", variables = new { n = nid } } });
            var posted = new HashSet<string>();
            var next = await UntilNext(socket, async () => posted.Add(await Post(author, "Fête des voisins samedi")));
            Assert.Contains(next["payload"]!["data"]!["feedUpdated"].Str("id"), posted);
        }

        var listing = (await f.CreateListing(author, new { kind = "HELP_REQUEST", title = "Porter un meuble" })).Str("id");
        var conversation = (await f.GraphQL("mutation($id: ID!) { respondToListing(listingId: $id) { id } }", new { id = listing }, member)).Data["respondToListing"].Str("id");
        using (var socket = await f.Socket(member))
        {
            await ClusterApi.Send(socket, new { id = "m", type = "subscribe", payload = new { query = "subscription { messageReceived { conversationId text sender { id } } }" } });
            var next = await UntilNext(socket, async () =>
                (await f.GraphQL("mutation($id: ID!) { sendMessage(conversationId: $id, text: \"Demain 18h ?\") { id } }", new { id = conversation }, author)).AssertNoErrors());
            var message = next["payload"]!["data"]!["messageReceived"]!;
            Assert.Equal(conversation, message.Str("conversationId"));
            Assert.Equal(author.Id, message["sender"].Str("id"));
            Assert.Equal("Demain 18h ?", message.Str("text"));
        }
    }

    /// <summary>
    /// Triggers an event until the subscription delivers one: the transport gives no signal that the Orleans
    /// subscription is in place, so the first trigger may come too early. Waits on the socket, never sleeps.
    /// </summary>
    private static async Task<JsonObject> UntilNext(System.Net.WebSockets.WebSocket socket, Func<Task> trigger)
    {
        // One receive for the whole wait: cancelling a WebSocket receive would abort the socket.
        var receive = ClusterApi.Receive(socket, TimeSpan.FromSeconds(60));
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await trigger();
            try
            {
                var message = await receive.WaitAsync(TimeSpan.FromSeconds(1));
                Assert.NotNull(message);
                Assert.Equal("next", message["type"]!.GetValue<string>());
                return message;
            }
            catch (TimeoutException)
            {
            }
        }

        throw new TimeoutException("The subscription delivered nothing.");
    }
}
