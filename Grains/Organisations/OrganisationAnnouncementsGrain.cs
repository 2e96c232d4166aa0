namespace Voisinage.Grains.Organisations;

/// <summary>
/// One organisation's announcement log (see <see cref="IOrganisationAnnouncementsGrain"/>): the latest
/// <see cref="Capacity"/>, oldest first in storage, withdrawn ones kept with their flag so a restore puts them back in
/// place. A commune of 50,000 residents costs one write here instead of one per resident.
/// </summary>
internal sealed class OrganisationAnnouncementsGrain(
    [PersistentState("announcementLog", StorageNames.Voisinage)] IPersistentState<OrganisationAnnouncementsState> state) : Grain, IOrganisationAnnouncementsGrain
{
    /// <summary>As many as a resident's list shows (<see cref="ResidentAnnouncementsGrain.Capacity"/>).</summary>
    public const int Capacity = ResidentAnnouncementsGrain.Capacity;

    private IReadOnlyList<Announcement> _latest = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Refresh();
        return Task.CompletedTask;
    }

    public async Task Publish(Announcement announcement)
    {
        var items = state.State.Items;
        var index = items.FindIndex(a => a.Id == announcement.Id);
        if (index >= 0 && items[index] == announcement)
        {
            return;
        }

        if (index >= 0)
        {
            items[index] = announcement;
        }
        else
        {
            // In publication order (a retried delivery of an older one goes back to its place, not to the top).
            items.Insert(items.FindLastIndex(a => a.PublishedAt <= announcement.PublishedAt) + 1, announcement);
            if (items.Count > Capacity)
            {
                items.RemoveRange(0, items.Count - Capacity);
            }
        }

        await state.WriteStateAsync();
        Refresh();
    }

    public Task<IReadOnlyList<Announcement>> Latest() => Task.FromResult(_latest);

    /// <summary>Every resident of the area reads this: computed once per change, not once per read.</summary>
    private void Refresh() => _latest = [.. Enumerable.Reverse(state.State.Items).Where(a => !a.Withdrawn)];
}

[GenerateSerializer]
public sealed record OrganisationAnnouncementsState
{
    /// <summary>Oldest first.</summary>
    [Id(0)] public List<Announcement> Items { get; init; } = [];
}
