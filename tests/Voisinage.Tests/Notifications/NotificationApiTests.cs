using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

/// <summary>In-app notifications through the API: a message received is a notification, live and in the paged list, until marked read.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class NotificationApiTests(EmbeddedApi api)
{
    private const string List = "query($a: String) { notifications(first: 1, after: $a) { unreadCount edges { cursor node { id kind text url read } } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task A_received_message_rings_the_bell_live_and_stays_unread_until_marked()
    {
        var (sender, senderId, _, _) = await api.Register();
        var (recipient, recipientId, _, _) = await api.Register();
        var conversation = $"{Voisinage.Grains.Listings.ContentIds.ConversationPrefix}{Guid.NewGuid():N}";
        await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>(conversation).Open(null, senderId, recipientId);

        await using var ws = await GraphQLWsClient.Connect(api, recipient);
        await ws.Subscribe("n", "subscription { notificationReceived { unreadCount notification { id kind text url read } } }");
        await api.UntilListening<NotificationEvent>(INotificationInboxGrain.StreamNamespace, recipientId);
        const string send = "mutation($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { id } }";
        (await api.GraphQL(send, new { id = conversation, t = "On se voit demain ?" }, sender)).AssertNoErrors();

        var live = await ws.Next("n");
        Assert.Equal(1, live["notificationReceived"]!["unreadCount"]!.GetValue<int>());
        Assert.Equal("MESSAGE", live["notificationReceived"]!["notification"]!["kind"]!.GetValue<string>());
        Assert.Equal("Nouveau message : On se voit demain ?", live["notificationReceived"]!["notification"]!["text"]!.GetValue<string>());
        Assert.Equal($"/messages/{conversation}", live["notificationReceived"]!["notification"]!["url"]!.GetValue<string>());

        (await api.GraphQL(send, new { id = conversation, t = "Ou après-demain." }, sender)).AssertNoErrors();
        Assert.Equal(2, (await ws.Next("n"))["notificationReceived"]!["unreadCount"]!.GetValue<int>());

        var first = await api.GraphQL(List, new { a = (string?)null }, recipient);
        first.AssertNoErrors();
        var connection = first.Data["notifications"]!;
        Assert.Equal(2, connection["unreadCount"]!.GetValue<int>());
        Assert.Equal("Nouveau message : Ou après-demain.", connection["edges"]![0]!["node"]!["text"]!.GetValue<string>());
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await api.GraphQL(List, new { a = connection["pageInfo"]!["endCursor"]!.GetValue<string>() }, recipient);
        Assert.Equal("Nouveau message : On se voit demain ?", second.Data["notifications"]!["edges"]![0]!["node"]!["text"]!.GetValue<string>());
        Assert.False(second.Data["notifications"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // The sender is not notified of their own message; nobody reads another's notifications.
        Assert.Equal(0, (await api.GraphQL(List, new { a = (string?)null }, sender)).Data["notifications"]!["unreadCount"]!.GetValue<int>());
        (await api.GraphQL(List, new { a = (string?)null })).AssertError("UNAUTHENTICATED");

        var marked = await api.GraphQL("mutation { markNotificationsRead }", token: recipient);
        marked.AssertNoErrors();
        Assert.Equal(0, marked.Data["markNotificationsRead"]!.GetValue<int>());
        var after = await api.GraphQL(List, new { a = (string?)null }, recipient);
        Assert.Equal(0, after.Data["notifications"]!["unreadCount"]!.GetValue<int>());
        Assert.True(after.Data["notifications"]!["edges"]![0]!["node"]!["read"]!.GetValue<bool>());
        (await api.GraphQL("mutation { markNotificationsRead(upTo: \"nope\") }", token: recipient)).AssertError("NOT_FOUND");
        (await api.GraphQL(List.Replace("first: 1", "first: 500", StringComparison.Ordinal), new { a = (string?)null }, recipient)).AssertError("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Preferences_are_read_and_replaced_through_the_api_and_bad_ones_refused()
    {
        var (token, _, _, _) = await api.Register();
        const string set = "mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { off { kind channel } quietHours { start end timeZone } } }";
        var saved = await api.GraphQL(set, new { i = new { off = new[] { new { kind = "ALERT_EVENT", channel = "PUSH" } }, quietHours = new { start = "22:30", end = "07:00" } } }, token);
        saved.AssertNoErrors();
        Assert.Equal("Europe/Paris", saved.Data["setNotificationPreferences"]!["quietHours"]!["timeZone"]!.GetValue<string>());

        var read = await api.GraphQL("{ notificationPreferences { off { kind channel } quietHours { start end } } }", token: token);
        read.AssertNoErrors();
        Assert.Equal("ALERT_EVENT", read.Data["notificationPreferences"]!["off"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("22:30", read.Data["notificationPreferences"]!["quietHours"]!["start"]!.GetValue<string>());

        (await api.GraphQL(set, new { i = new { off = Array.Empty<object>(), quietHours = new { start = "25:00", end = "07:00" } } }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(set, new { i = new { off = Array.Empty<object>(), quietHours = new { start = "22:00", end = "07:00", timeZone = "Nowhere/City" } } }, token)).AssertError("BAD_USER_INPUT");
        (await api.GraphQL(set, new { i = new { off = Array.Empty<object>() } })).AssertError("UNAUTHENTICATED");
        var unchanged = await api.GraphQL("{ notificationPreferences { quietHours { start } } }", token: token);
        Assert.Equal("22:30", unchanged.Data["notificationPreferences"]!["quietHours"]!["start"]!.GetValue<string>());
    }
}
