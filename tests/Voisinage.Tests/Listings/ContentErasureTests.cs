using System.Text.Json;
using Voisinage.Grains.Feed;
using Voisinage.Grains.Messaging;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Moderation;

namespace Voisinage.Tests.Listings;

/// <summary>
/// Deleting an account (closure steps): the neighbour keeps the conversation and its messages, shown from a deleted
/// account, and the neighbourhood keeps the posts, by a deleted account; the deleted resident's id is nowhere in them,
/// their lists are gone, and nobody writes to the conversation.
/// </summary>
[Collection(ClusterApiCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ContentErasureTests(ClusterApi f)
{
    private const string Conversation = "query($id: ID!) { conversation(id: $id) { id participants { id } messageCount messages { edges { node { text sender { id } } } } } }";

    private const string Send = "mutation($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { id } }";

    [Fact]
    public async Task A_deleted_residents_conversations_stay_with_the_neighbour_from_a_deleted_account_and_hold_no_id()
    {
        var place = ClusterApi.NewPlace();
        var (author, nid) = await f.Found(place);
        var leaving = await f.Join(nid, place);
        var listing = (await f.CreateListing(author, new { kind = "HELP_REQUEST", title = "Monter une armoire" })).Str("id");
        var conversationId = (await f.Ok("mutation($id: ID!) { respondToListing(listingId: $id, message: \"Je peux samedi\") { id } }", new { id = listing }, leaving))["respondToListing"].Str("id");
        await f.Ok(Send, new { id = conversationId, t = "Parfait, merci" }, author);

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, leaving)).AssertNoErrors();

        // The neighbour still reads both messages; theirs is from them, the other one from nobody (a deleted account).
        var kept = (await f.Ok(Conversation, new { id = conversationId }, author))["conversation"]!;
        Assert.Equal([author.Id], kept["participants"]!.AsArray().Select(p => p.Str("id")));
        var messages = kept["messages"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(["Parfait, merci", "Je peux samedi"], messages.Select(m => m.Str("text")));
        Assert.Equal(author.Id, messages[0]["sender"].Str("id"));
        Assert.Null(messages[1]["sender"]);

        // No trace of the id in the conversation; their own list is gone; the conversation takes no new message.
        var conversation = f.Grains.GetGrain<IConversationGrain>(conversationId);
        var view = await conversation.Get(author.Id);
        var all = await conversation.Messages(author.Id, 100, null);
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(view), StringComparison.Ordinal);
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(all), StringComparison.Ordinal);
        Assert.Contains(ResidentIds.Deleted, view.ParticipantIds);
        Assert.Empty((await f.Grains.GetGrain<IConversationIndexGrain>(leaving.Id).List(100, null)).Edges);
        (await f.GraphQL(Send, new { id = conversationId, t = "Toujours là ?" }, author)).AssertError("CONFLICT");
        Assert.Equal(2, (await f.Ok(Conversation, new { id = conversationId }, author))["conversation"]!["messageCount"]!.GetValue<int>());

        // A repeat (a resumed closure) changes nothing.
        Assert.Equal(listing, await conversation.Forget(leaving.Id));
        Assert.Equal(JsonSerializer.Serialize(all), JsonSerializer.Serialize(await conversation.Messages(author.Id, 100, null)));
    }

    [Fact]
    public async Task A_deleted_residents_posts_stay_in_the_feed_by_a_deleted_account_and_hold_no_id()
    {
        var place = ClusterApi.NewPlace();
        var (reader, nid) = await f.Found(place);
        var leaving = await f.Join(nid, place);
        var postId = (await f.Ok("mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Vide-grenier dimanche" }, leaving))["createPost"].Str("id");

        (await f.GraphQL("mutation($p: String!) { deleteMyAccount(password: $p) }", new { p = "a long password" }, leaving)).AssertNoErrors();

        // The neighbourhood still reads the post, from nobody; the post and its feed entry hold no id of theirs.
        Assert.Contains(postId, (await f.Feed(reader, nid)).Ids("feed"));
        var post = await f.Grains.GetGrain<IPostGrain>(postId).Get(reader.Id);
        Assert.Equal(ResidentIds.Deleted, post.AuthorId);
        Assert.DoesNotContain(leaving.Id, JsonSerializer.Serialize(await f.Grains.GetGrain<IFeedGrain>(nid).GetAll()), StringComparison.Ordinal);

        // A repeat (a resumed closure) changes nothing.
        await f.Grains.GetGrain<IResidentPostsGrain>(leaving.Id).Forget();
        Assert.Equal(post, await f.Grains.GetGrain<IPostGrain>(postId).Get(reader.Id));
    }
}
