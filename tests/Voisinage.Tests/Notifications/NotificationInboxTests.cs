using Voisinage.Grains;
using Voisinage.Grains.Listings;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class NotificationInboxTests(ClusterFixture fixture)
{
    private INotificationInboxGrain NewInbox() => fixture.Grains.GetGrain<INotificationInboxGrain>(Guid.NewGuid().ToString("N"));

    private static Notification Note(int n) => new($"n{n}", "MESSAGE", null, $"Message {n}", DateTimeOffset.UnixEpoch.AddMinutes(n), "/messages/x");

    [Fact]
    public async Task Pages_go_newest_first_without_gap_or_repeat_and_count_the_unread()
    {
        var inbox = NewInbox();
        for (var n = 1; n <= 7; n++)
        {
            await inbox.Add(Note(n));
        }

        await inbox.Add(Note(3)); // same id: ignored
        var seen = new List<string>();
        string? after = null;
        NotificationPage page;
        do
        {
            page = await inbox.Page(3, after);
            Assert.Equal(7, page.UnreadCount);
            seen.AddRange(page.Items.Select(i => i.Notification.Id));
            after = page.Items.Count > 0 ? page.Items[^1].Cursor : null;
        }
        while (page.HasNextPage);

        Assert.Equal(["n7", "n6", "n5", "n4", "n3", "n2", "n1"], seen);

        Assert.Equal(3, await inbox.MarkRead("n4"));
        var first = await inbox.Page(10, null);
        Assert.Equal(3, first.UnreadCount);
        Assert.Equal([false, false, false, true, true, true, true], first.Items.Select(i => i.Read));
        Assert.Equal(0, await inbox.MarkRead(null));
        Assert.Equal(0, await inbox.MarkRead("n2")); // never goes back

        var unknown = await Assert.ThrowsAsync<VoisinageException>(() => inbox.MarkRead("nope"));
        Assert.Equal(ErrorCodes.NotFound, unknown.Code);
        foreach (var bad in new[] { "x", "-1", "99" })
        {
            Assert.Equal(ErrorCodes.BadUserInput, (await Assert.ThrowsAsync<VoisinageException>(() => inbox.Page(3, bad))).Code);
        }

        Assert.Equal(ErrorCodes.BadUserInput, (await Assert.ThrowsAsync<VoisinageException>(() => inbox.Page(51, null))).Code);
    }

    [Fact]
    public async Task Beyond_capacity_the_oldest_go_and_the_unread_count_follows()
    {
        var inbox = NewInbox();
        for (var n = 1; n <= NotificationInboxGrain.Capacity + 5; n++)
        {
            await inbox.Add(Note(n));
        }

        var page = await inbox.Page(50, null);
        Assert.Equal(NotificationInboxGrain.Capacity, page.UnreadCount);
        Assert.Equal($"n{NotificationInboxGrain.Capacity + 5}", page.Items[0].Notification.Id);

        // Ordinals 6 to 205 remain; the page after cursor 56 holds 55 down to 6, the oldest kept.
        var last = await inbox.Page(50, "56");
        Assert.Equal(50, last.Items.Count);
        Assert.Equal("n6", last.Items[^1].Notification.Id);
        Assert.False(last.HasNextPage);
    }
}
