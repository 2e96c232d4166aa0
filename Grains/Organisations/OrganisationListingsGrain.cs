namespace Voisinage.Grains.Organisations;

/// <summary>An organisation's published listings for its page (see <see cref="IOrganisationListingsGrain"/>).</summary>
internal sealed class OrganisationListingsGrain(
    [PersistentState("organisationListings", StorageNames.Voisinage)] IPersistentState<OrganisationListingsState> state,
    TimeProvider clock) : Grain, IOrganisationListingsGrain
{
    public async Task Set(OrganisationListing listing)
    {
        var items = state.State.Items;
        var index = items.FindIndex(i => i.Id == listing.Id);
        if (index >= 0 && items[index] == listing)
        {
            return;
        }

        if (index >= 0)
        {
            items[index] = listing;
        }
        else
        {
            // Newest first; of two published at the same instant, the one told last comes first.
            var at = items.FindIndex(i => i.CreatedAt <= listing.CreatedAt);
            items.Insert(at < 0 ? items.Count : at, listing);
            if (items.Count > IOrganisationListingsGrain.MaxKept)
            {
                items.RemoveRange(IOrganisationListingsGrain.MaxKept, items.Count - IOrganisationListingsGrain.MaxKept);
            }
        }

        await state.WriteStateAsync();
    }

    public Task<OrganisationListingPage> Current(int first, string? after)
    {
        if (first is < 1 or > IOrganisationListingsGrain.MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {IOrganisationListingsGrain.MaxPage}.");
        }

        var now = clock.GetUtcNow();
        var current = state.State.Items.Where(i => i.IsCurrent(now));
        if (after is not null)
        {
            current = current.SkipWhile(i => i.Id != after).Skip(1);
        }

        var page = current.Take(first + 1).ToList();
        return Task.FromResult(new OrganisationListingPage([.. page.Take(first)], page.Count > first));
    }
}

[GenerateSerializer]
public sealed record OrganisationListingsState
{
    /// <summary>Newest first, at most <see cref="IOrganisationListingsGrain.MaxKept"/>.</summary>
    [Id(0)] public List<OrganisationListing> Items { get; init; } = [];
}
