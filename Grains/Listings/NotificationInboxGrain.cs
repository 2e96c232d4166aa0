using System.Globalization;
using Microsoft.Extensions.Logging;
using Voisinage.Grains.Notifications;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Listings;

/// <summary>
/// A resident's latest notifications; the oldest beyond <see cref="Capacity"/> are dropped. Each notification has an
/// ordinal (1 for the first ever added): it is the page cursor, and everything at or below <c>ReadUpTo</c> is read.
/// </summary>
internal sealed class NotificationInboxGrain(
    [PersistentState("inbox", StorageNames.Voisinage)] IPersistentState<NotificationInboxState> inbox,
    TimeProvider clock,
    ILogger<NotificationInboxGrain> log) : Grain, INotificationInboxGrain
{
    public const int Capacity = 200;
    public const int MaxPage = 50;

    private NotificationInboxState State => inbox.State;

    /// <summary>The resident's live stream (keyed by their stream key, never their id).</summary>
    private ResidentStreams Streams => streams ??= new(GrainFactory, this.GetStreamProvider(StorageNames.Streams));

    private ResidentStreams? streams;

    /// <summary>
    /// Notifications whose live event went out but whose write failed (kept in this activation only): added again, they
    /// are saved without a second event.
    /// </summary>
    private readonly HashSet<string> _publishedUnsaved = new(StringComparer.Ordinal);

    /// <summary>Ordinal of the oldest item kept.</summary>
    private long FirstOrdinal => State.Added - State.Items.Count + 1;

    private int Unread => (int)(State.Added - Math.Max(State.ReadUpTo, FirstOrdinal - 1));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Inboxes saved before ordinals existed: their items are numbered from 1, all unread.
        if (State.Added < State.Items.Count)
        {
            inbox.State = State with { Added = State.Items.Count };
        }

        return Task.CompletedTask;
    }

    public async Task Add(Notification notification)
    {
        if (State.Items.Any(n => n.Id == notification.Id))
        {
            return;
        }

        var preferences = await GrainFactory.GetGrain<INotificationPreferencesGrain>(this.GetPrimaryKeyString()).Get();
        if (NotificationRules.SendAt(preferences, NotificationRules.KindOf(notification.Kind), NotificationChannel.InApp, clock.GetUtcNow()) is null)
        {
            return;
        }

        var before = State;
        var items = new List<Notification>(State.Items) { notification };
        if (items.Count > Capacity)
        {
            items.RemoveRange(0, items.Count - Capacity);
        }

        inbox.State = State with { Items = items, Added = State.Added + 1 };

        // Published first, then saved, so the live event does not wait for the storage write (most of a connected
        // client's wait when a commune is notified at once). The rule is no longer "never a phantom" but "never lost,
        // never twice": this grain is not reentrant, so nothing reads or changes the inbox before the write settles; a
        // failed write restores the inbox (see below) and the caller fails, and whoever delivers durably (the
        // announcement's outbox, a retried delivery) adds the same id again, saved without a second event. The event's
        // cursor and unread count are those the write saves (docs/organisations.md, "live path", for the one exception).
        var published = _publishedUnsaved.Contains(notification.Id);
        if (!published)
        {
            var view = new NotificationView(notification, Cursor(State.Added), Read: false);
            try
            {
                await Streams.Publish(INotificationInboxGrain.StreamNamespace, this.GetPrimaryKeyString(), new NotificationEvent(view, Unread));
                published = true;
                log.LogDebug("Notification {Id}: event published at +{Elapsed} ms", notification.Id, (long)(clock.GetUtcNow() - notification.At).TotalMilliseconds);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Publishing notification {Id} failed; it is saved in the inbox", notification.Id);
            }
        }

        try
        {
            await inbox.WriteStateAsync();
            _publishedUnsaved.Remove(notification.Id);
        }
        catch
        {
            // Not saved: the inbox is as before (no phantom in a page, the ordinal not taken), and the caller learns it
            // failed. If its event went out, the same id added again (the announcement's fan-out, a retried delivery)
            // is saved without a second event, so the client has it once.
            inbox.State = before;
            if (published)
            {
                _publishedUnsaved.Add(notification.Id);
            }

            throw;
        }
    }

    public Task<NotificationPage> Page(int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        var below = State.Added + 1;
        if (after is not null)
        {
            if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out below) || below < 1 || below > State.Added + 1)
            {
                throw VoisinageException.BadInput("after: not a cursor of this list.");
            }
        }

        var items = new List<NotificationView>();
        for (var ordinal = Math.Min(below - 1, State.Added); ordinal >= FirstOrdinal && items.Count < first; ordinal--)
        {
            items.Add(new NotificationView(State.Items[(int)(ordinal - FirstOrdinal)], Cursor(ordinal), ordinal <= State.ReadUpTo));
        }

        var lastShown = items.Count == 0 ? below : long.Parse(items[^1].Cursor, CultureInfo.InvariantCulture);
        return Task.FromResult(new NotificationPage(items, lastShown > FirstOrdinal, Unread));
    }

    public async Task<int> MarkRead(string? upTo)
    {
        var readUpTo = State.Added;
        if (upTo is not null)
        {
            var index = State.Items.FindIndex(n => n.Id == upTo);
            if (index < 0)
            {
                throw VoisinageException.NotFound("No such notification.");
            }

            readUpTo = FirstOrdinal + index;
        }

        if (readUpTo > State.ReadUpTo)
        {
            inbox.State = State with { ReadUpTo = readUpTo };
            await inbox.WriteStateAsync();
        }

        return Unread;
    }

    public Task Forget()
    {
        Streams.Forget(this.GetPrimaryKeyString());
        return inbox.ClearStateAsync();
    }

    private static string Cursor(long ordinal) => ordinal.ToString(CultureInfo.InvariantCulture);
}

[GenerateSerializer]
public sealed record NotificationInboxState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<Notification> Items { get; init; } = [];

    /// <summary>How many notifications were ever added (the newest one's ordinal).</summary>
    [Id(1)] public long Added { get; init; }

    /// <summary>Every notification with an ordinal up to this one is read.</summary>
    [Id(2)] public long ReadUpTo { get; init; }
}
