using Voisinage.Grains.Listings;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// A resident's official announcements (see <see cref="IResidentAnnouncementsGrain"/>): the latest <see cref="Capacity"/>,
/// oldest first in storage. Each new one also goes to the resident's notification inbox, which publishes it live.
/// </summary>
internal sealed class ResidentAnnouncementsGrain(
    [PersistentState("announcements", StorageNames.Voisinage)] IPersistentState<ResidentAnnouncementsState> state) : Grain, IResidentAnnouncementsGrain
{
    public const int Capacity = 100;
    public const int MaxPage = 50;

    public async Task Receive(Announcement announcement)
    {
        var items = state.State.Items;
        if (!items.Exists(a => a.Id == announcement.Id))
        {
            // In publication order: one an operator restored goes back to its place, not to the top.
            var at = items.FindLastIndex(a => a.PublishedAt <= announcement.PublishedAt) + 1;
            items.Insert(at, announcement);
            if (items.Count > Capacity)
            {
                items.RemoveRange(0, items.Count - Capacity);
            }

            await state.WriteStateAsync();
        }

        // Also on a retry: the inbox ignores an id it has seen, and a crash between the two writes is repaired.
        var notification = new Notification(
            $"announcement:{announcement.Id}", "ANNOUNCEMENT", null, $"{announcement.OrganisationName} : {announcement.Title}",
            announcement.PublishedAt, $"/organisations/{Uri.EscapeDataString(announcement.OrganisationId)}");
        await GrainFactory.GetGrain<INotificationInboxGrain>(this.GetPrimaryKeyString()).Add(notification);
    }

    public async Task Withdraw(string announcementId)
    {
        if (state.State.Items.RemoveAll(a => a.Id == announcementId) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task Forget() => state.ClearStateAsync();

    public Task<bool> Has(string announcementId) => Task.FromResult(state.State.Items.Exists(a => a.Id == announcementId));

    public Task<AnnouncementPage> Page(int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        var newestFirst = Enumerable.Reverse(state.State.Items);
        if (after is not null)
        {
            if (!state.State.Items.Exists(a => a.Id == after))
            {
                throw VoisinageException.BadInput("This cursor is not one we gave out.");
            }

            newestFirst = newestFirst.SkipWhile(a => a.Id != after).Skip(1);
        }

        var page = newestFirst.Take(first + 1).ToList();
        return Task.FromResult(new AnnouncementPage([.. page.Take(first)], page.Count > first));
    }
}

[GenerateSerializer]
public sealed record ResidentAnnouncementsState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<Announcement> Items { get; init; } = [];
}
