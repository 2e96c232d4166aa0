using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Tests.Api;
using Voisinage.Tests.Infrastructure;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Messaging;
using Voisinage.WebApi.Alerts;
using Voisinage.WebApi.Notifications;

namespace Voisinage.Tests.Alerts;

/// <summary>The SignalR hub of SPEC §9 with the .NET SignalR client, token in the access_token query parameter.</summary>
[Collection(ApiCollection.Name)]
[Trait(Category.Name, Category.Api)]
public sealed class AlertHubTests(EmbeddedApi api)
{
    private readonly AlertApiWorld _world = new(api);

    [Fact]
    public async Task Members_receive_raised_and_updated_alerts_and_catch_up_others_get_nothing()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, _, a) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, a);
        var (far, _, c) = await _world.Founder(here.North(5000));
        var missed = await _world.Raised(raiser, "Avant la connexion");

        await using var memberHub = await Connect(member);
        await using var farHub = await Connect(far);
        await _world.Listening(a);
        await _world.Listening(c);

        var alert = await _world.Raised(raiser, "Coupure d'eau", radius: 300);
        var received = await memberHub.NextRaised();
        Assert.Equal(alert["id"]!.GetValue<string>(), received.Id);
        Assert.Equal(a, received.NeighbourhoodId);
        Assert.Equal(2, received.Sequence);
        Assert.Equal("VIGILANCE", received.Kind);
        Assert.Equal(alert["raiser"]!["pseudo"]!.GetValue<string>(), received.Raiser.Pseudo);

        var caughtUp = await memberHub.Connection.InvokeAsync<List<AlertPayload>>("CatchUp", 0L);
        Assert.Equal([missed["id"]!.GetValue<string>(), alert["id"]!.GetValue<string>()], caughtUp.Select(x => x.Id));
        Assert.Equal([2L], (await memberHub.Connection.InvokeAsync<List<AlertPayload>>("CatchUp", 1L)).Select(x => x.Sequence));

        (await api.GraphQL("mutation($id: ID!) { resolveAlert(id: $id) { id } }", new { id = received.Id }, raiser)).AssertNoErrors();
        var updated = await memberHub.NextUpdated();
        Assert.True(updated.Resolved);
        Assert.Equal(received.Id, updated.Id);
        Assert.Equal(1, updated.UpdateSequence);
        var changes = await memberHub.Connection.InvokeAsync<List<AlertPayload>>("CatchUpUpdates", 0L);
        Assert.Equal([(received.Id, 1L)], changes.Select(x => (x.Id, x.UpdateSequence)));
        Assert.Empty(await memberHub.Connection.InvokeAsync<List<AlertPayload>>("CatchUpUpdates", 1L));

        // The far neighbourhood's first event is its own alert.
        var own = await _world.Raised(far, "Chez nous");
        Assert.Equal(own["id"]!.GetValue<string>(), (await farHub.NextRaised()).Id);
        Assert.Equal(c, own["neighbourhoodId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_client_that_missed_raised_and_updated_alerts_before_a_merge_gets_them_replayed_from_the_old_id()
    {
        var here = AlertPlaces.Fresh();
        var ring = H3.GridDisk(H3.LatLngToCell(new LatLng(here.Lat, here.Lng), Cells.BlockResolution), 1);
        var (a, b) = (AlertPlaces.Centre(ring[0]), AlertPlaces.Centre(ring[1]));

        // A has more members than B: A survives the merge. The reader lives in B.
        var (aLead, _, aId) = await _world.Founder(a);
        await _world.Member(a, aId);
        await _world.Member(a, aId);
        var (bLead, _, bId) = await _world.Founder(b);
        var (reader, _) = await _world.Member(b, bId);

        // Connected, the reader gets b1 and its resolution live: B's alert 1 and change 1 are the last it saw.
        string b1;
        await using (var hub = await Connect(reader))
        {
            await _world.Listening(bId);
            b1 = (await _world.Raised(bLead, "b1"))["id"]!.GetValue<string>();
            Assert.Equal((b1, 1L), Pair(await hub.NextRaised()));
            await Resolve(bLead, b1);
            var resolved = await hub.NextUpdated();
            Assert.Equal((b1, 1L), (resolved.Id, resolved.UpdateSequence));
        }

        // Offline, it misses b2 raised then resolved; B merges into A; a2 is raised in the survivor.
        var b2 = (await _world.Raised(bLead, "b2"))["id"]!.GetValue<string>();
        await Resolve(bLead, b2);
        var proposal = await api.GraphQL("mutation($n: ID!) { proposeMerge(neighbourhoodId: $n) { id } }", new { n = aId }, bLead);
        proposal.AssertNoErrors();
        (await api.GraphQL("mutation($p: ID!) { acceptMerge(proposalId: $p) { id } }", new { p = proposal.Data["proposeMerge"]!["id"]!.GetValue<string>() }, aLead)).AssertNoErrors();
        var a2 = (await _world.Raised(aLead, "a2"))["id"]!.GetValue<string>();

        // Back, it gives the id its numbers came from: the alerts and changes it missed, in the survivor's numbering,
        // never b1 again; continuing from the last one with the survivor's own catch-up finds nothing more.
        await using var back = await Connect(reader);
        var missed = await back.Connection.InvokeAsync<List<AlertPayload>>("CatchUpFrom", bId, 1L);
        Assert.Equal([b2, a2], missed.Select(x => x.Id));
        Assert.All(missed, x => Assert.Equal(aId, x.NeighbourhoodId));
        Assert.Empty(await back.Connection.InvokeAsync<List<AlertPayload>>("CatchUp", missed[^1].Sequence));
        var changes = await back.Connection.InvokeAsync<List<AlertPayload>>("CatchUpUpdatesFrom", bId, 1L);
        var change = Assert.Single(changes);
        Assert.Equal(b2, change.Id);
        Assert.True(change.Resolved);
        Assert.Empty(await back.Connection.InvokeAsync<List<AlertPayload>>("CatchUpUpdates", change.UpdateSequence));

        // A neighbourhood the reader never belonged to is refused with the API's code.
        var (_, _, elsewhere) = await _world.Founder(here.North(5000));
        var refused = await Assert.ThrowsAsync<HubException>(() => back.Connection.InvokeAsync<List<AlertPayload>>("CatchUpFrom", elsewhere, 0L));
        Assert.Contains("FORBIDDEN:", refused.Message, StringComparison.Ordinal);
    }

    private static (string Id, long Sequence) Pair(AlertPayload alert) => (alert.Id, alert.Sequence);

    private async Task Resolve(string token, string alertId) =>
        (await api.GraphQL("mutation($id: ID!) { resolveAlert(id: $id) { id } }", new { id = alertId }, token)).AssertNoErrors();

    [Fact]
    public async Task A_new_alert_reaches_the_hub_while_the_clock_stands_still()
    {
        // The fake clock stands still: nothing that waits on it (stream agents, timers) runs. The channel's one-way call
        // to the watching front-end is the live path (docs/alerts.md) and needs no clock.
        var here = AlertPlaces.Fresh();
        var (raiser, _, a) = await _world.Founder(here);
        var (member, _) = await _world.Member(here, a);
        await using var memberHub = await Connect(member);
        await _world.Listening(a);

        var alert = await _world.Raised(raiser, "Inondation rue Basse");
        var received = await memberHub.NextRaisedWithoutTheClock();
        Assert.Equal(alert["id"]!.GetValue<string>(), received.Id);
        Assert.Equal(1, received.Sequence);
    }

    [Fact]
    public async Task A_resident_s_own_notifications_arrive_on_the_hub_in_order_with_the_unread_count()
    {
        var here = AlertPlaces.Fresh();
        var (founder, founderId, a) = await _world.Founder(here);
        var (member, memberId) = await _world.Member(here, a);
        var conversation = $"{Voisinage.Grains.Listings.ContentIds.ConversationPrefix}{Guid.NewGuid():N}";
        await api.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>(conversation).Open(null, founderId, memberId);
        await using var memberHub = await Connect(member);
        await using var founderHub = await Connect(founder);
        // SignalR answers the handshake before OnConnectedAsync has subscribed the connection: wait for it.
        await api.UntilListening<NotificationEvent>(INotificationInboxGrain.StreamNamespace, memberId);
        await api.UntilListening<NotificationEvent>(INotificationInboxGrain.StreamNamespace, founderId);

        const string send = "mutation($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { id } }";
        (await api.GraphQL(send, new { id = conversation, t = "Le chat est rentré" }, founder)).AssertNoErrors();
        (await api.GraphQL(send, new { id = conversation, t = "Merci à tous" }, founder)).AssertNoErrors();

        var first = await memberHub.NextNotification();
        Assert.Equal(1, first.UnreadCount);
        Assert.Equal("MESSAGE", first.Notification.Kind);
        Assert.Equal("Nouveau message : Le chat est rentré", first.Notification.Text);
        Assert.Equal($"/messages/{conversation}", first.Notification.Url);
        Assert.False(first.Notification.Read);
        var second = await memberHub.NextNotification();
        Assert.Equal(2, second.UnreadCount);
        Assert.Equal("Nouveau message : Merci à tous", second.Notification.Text);

        // The same notifications as the API lists; nobody else's reach this connection.
        var listed = await api.GraphQL("{ notifications(first: 2) { unreadCount edges { node { id } } } }", token: member);
        Assert.Equal([second.Notification.Id, first.Notification.Id], listed.Data["notifications"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.False(founderHub.HasNotification);
    }

    [Fact]
    public async Task Connections_without_a_valid_token_or_membership_are_refused()
    {
        var missing = await Assert.ThrowsAnyAsync<HttpRequestException>(() => Connect(null));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        var bad = await Assert.ThrowsAnyAsync<HttpRequestException>(() => Connect("not.a.token"));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);

        // Verified but in no neighbourhood: the hub closes the connection.
        var (loner, _) = await _world.Verified(AlertPlaces.Fresh());
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = await Connect(loner, c => c.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        });
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HubConnectionState.Disconnected, hub.Connection.State);
    }

    private async Task<HubClient> Connect(string? token, Action<HubConnection>? configure = null)
    {
        var query = token is null ? string.Empty : $"?access_token={Uri.EscapeDataString(token)}";
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.BaseAddress, AlertsHub.Path + query), o =>
            {
                o.HttpMessageHandlerFactory = _ => api.Server.CreateHandler();
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, cancellation) =>
                    await api.Server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellation);
            })
            .Build();
        var client = new HubClient(connection, api);
        configure?.Invoke(connection);
        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return client;
    }

    private sealed class HubClient : IAsyncDisposable
    {
        private readonly Channel<AlertPayload> _raised = Channel.CreateUnbounded<AlertPayload>();
        private readonly Channel<AlertPayload> _updated = Channel.CreateUnbounded<AlertPayload>();
        private readonly Channel<NotificationPayload> _notifications = Channel.CreateUnbounded<NotificationPayload>();
        private readonly ApiFactory _api;

        public HubClient(HubConnection connection, ApiFactory api)
        {
            Connection = connection;
            _api = api;
            connection.On<AlertPayload>("AlertRaised", a => _raised.Writer.TryWrite(a));
            connection.On<AlertPayload>("AlertUpdated", a => _updated.Writer.TryWrite(a));
            connection.On<NotificationPayload>(HubNotifications.Method, n => _notifications.Writer.TryWrite(n));
        }

        public HubConnection Connection { get; }

        public Task<AlertPayload> NextRaised() => ClockPump.Until(_api.Clock, _raised.Reader.ReadAsync().AsTask());

        public Task<AlertPayload> NextRaisedWithoutTheClock() => _raised.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        public Task<AlertPayload> NextUpdated() => ClockPump.Until(_api.Clock, _updated.Reader.ReadAsync().AsTask());

        /// <summary>Notifications travel on the resident's stream, whose agent polls on the fake clock.</summary>
        public Task<NotificationPayload> NextNotification() => ClockPump.Until(_api.Clock, _notifications.Reader.ReadAsync().AsTask());

        public bool HasNotification => _notifications.Reader.TryPeek(out _);

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
