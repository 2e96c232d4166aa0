using System.Threading.Channels;
using Orleans.Runtime;
using Orleans.Streams;
using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Organisations;

/// <summary>
/// The inbox publishes a notification's live event before it saves it (docs/organisations.md, "live path"): a write that
/// fails after the event went out loses nothing and doubles nothing (Orleans wraps the storage's failure). The same id added again (the announcement's
/// fan-out after the live path) is saved without a second event, with the cursor and unread count the event gave.
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
[Trait(Category.Name, Category.Fault)]
public sealed class AnnouncementLiveStorageFailureTests(ChaosClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_live_entry_whose_write_fails_is_published_once_and_saved_by_the_fan_outs_add_with_the_cursor_and_unread_count_it_gave()
    {
        // A resident listening as a front-end does: on the stream keyed by their stream key.
        var residentId = (await Neighbours.NewResident(fixture.Grains)).Id();
        var streamKey = await fixture.Grains.GetGrain<IResidentStreamKeyGrain>(residentId).Key();
        Assert.NotNull(streamKey);
        var events = Channel.CreateUnbounded<NotificationEvent>();
        var stream = fixture.Cluster.Client.GetStreamProvider(StorageNames.Streams)
            .GetStream<NotificationEvent>(StreamId.Create(INotificationInboxGrain.StreamNamespace, streamKey));
        var subscription = await stream.SubscribeAsync((e, _) => events.Writer.WriteAsync(e).AsTask());
        try
        {
            var inbox = fixture.Grains.GetGrain<INotificationInboxGrain>(residentId);
            var announcement = Announcement("ann_live");

            // The live path's Add: the event goes out, then the write fails and the caller is told.
            using (SharedStorage.FailWrites("inbox", residentId, count: 1))
            {
                var failed = await Assert.ThrowsAsync<OrleansException>(() => inbox.Add(announcement));
                Assert.IsType<IOException>(failed.InnerException);
            }

            var live = await events.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            Assert.Equal((announcement.Id, "1", false, 1), (live.Notification.Notification.Id, live.Notification.Cursor, live.Notification.Read, live.UnreadCount));

            // Not saved, so not in a page either (the inbox is as before the failed write).
            var unsaved = await inbox.Page(10, null);
            Assert.Empty(unsaved.Items);
            Assert.Equal(0, unsaved.UnreadCount);

            // The fan-out's Add (same id) saves it where the event said, without a second event.
            await inbox.Add(announcement);
            var saved = await inbox.Page(10, null);
            Assert.Equal([(announcement.Id, "1", false)], saved.Items.Select(n => (n.Notification.Id, n.Cursor, n.Read)));
            Assert.Equal(1, saved.UnreadCount);

            // Added again (a retried batch): ignored. The next event the client gets is the next notification.
            await inbox.Add(announcement);
            var next = Announcement("ann_next");
            await inbox.Add(next);
            var nextEvent = await events.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            Assert.Equal((next.Id, "2", 2), (nextEvent.Notification.Notification.Id, nextEvent.Notification.Cursor, nextEvent.UnreadCount));
            Assert.False(events.Reader.TryRead(out _));
            Assert.Equal(2, (await inbox.Page(10, null)).UnreadCount);
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    private static Notification Announcement(string id) =>
        new($"announcement:{id}", "ANNOUNCEMENT", null, "Mairie de Brest : Travaux", DateTimeOffset.UnixEpoch, "/organisations/org_brest");
}
