using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// A resident's official announcements (see <see cref="IResidentAnnouncementsGrain"/>), computed when read: the home
/// cell is read here, on the silo (it never leaves this turn), its shard of the area index names the organisations whose
/// area holds it (holes included, the rule of <c>organisationsServingMe</c>) and that announce, and their logs are merged
/// newest first. Nothing is copied per resident, so a resident who moved reads the new home's announcements, a
/// withdrawn one is gone from every list at once, and a resident in no neighbourhood reads them like any other.
/// </summary>
internal sealed class ResidentAnnouncementsGrain(
    [PersistentState("announcements", StorageNames.Voisinage)] IPersistentState<ResidentAnnouncementsState> legacy) : Grain, IResidentAnnouncementsGrain
{
    public const int Capacity = 100;
    public const int MaxPage = 50;

    public Task Forget() => legacy.RecordExists ? legacy.ClearStateAsync() : Task.CompletedTask;

    public async Task<bool> Has(string announcementId) => (await Visible()).Any(a => a.Id == announcementId);

    public async Task<AnnouncementPage> Page(int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        IEnumerable<Announcement> newestFirst = await Visible();
        if (after is not null)
        {
            if (!newestFirst.Any(a => a.Id == after))
            {
                throw VoisinageException.BadInput("This cursor is not one we gave out.");
            }

            newestFirst = newestFirst.SkipWhile(a => a.Id != after).Skip(1);
        }

        var page = newestFirst.Take(first + 1).ToList();
        return new AnnouncementPage([.. page.Take(first)], page.Count > first);
    }

    /// <summary>The latest <see cref="Capacity"/> announcements of the organisations serving the home, newest first.</summary>
    private async Task<IReadOnlyList<Announcement>> Visible()
    {
        if ((await GrainFactory.StandingOf(this.GetPrimaryKeyString())).Profile?.HomeCell is not { } home)
        {
            return [];
        }

        var organisations = await GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(OrganisationAreaRules.ShardOf(home)).AnnouncingCovering(home);
        var logs = await Task.WhenAll(organisations.Select(id => GrainFactory.GetGrain<IOrganisationAnnouncementsGrain>(id).Latest()));
        return logs.Length == 1
            ? [.. logs[0].Take(Capacity)]
            : [.. logs.SelectMany(l => l).OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Id, StringComparer.Ordinal).Take(Capacity)];
    }
}

/// <summary>
/// The list earlier versions copied announcements into, per resident (oldest first): no longer written or read, kept so
/// that the account closure can delete what remains of it (<see cref="IResidentAnnouncementsGrain.Forget"/>).
/// </summary>
[GenerateSerializer]
public sealed record ResidentAnnouncementsState
{
    [Id(0)] public List<Announcement> Items { get; init; } = [];
}
