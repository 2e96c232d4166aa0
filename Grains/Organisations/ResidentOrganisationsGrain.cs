using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>The organisations of one resident (see <see cref="IResidentOrganisationsGrain"/>).</summary>
internal sealed class ResidentOrganisationsGrain(
    [PersistentState("organisations", StorageNames.Voisinage)] IPersistentState<ResidentOrganisationsState> state) : Grain, IResidentOrganisationsGrain
{
    private string Id => this.GetPrimaryKeyString();

    public async Task<Organisation> Create(OrganisationDraft draft)
    {
        var organisation = await GrainFactory.GetGrain<IOrganisationGrain>(Listings.ContentIds.NewOrganisation()).Create(Id, draft);
        await Joined(organisation.Id);
        return organisation;
    }

    public Task Joined(string organisationId) => ResidentNotes.Note(state, state.State.Organisations, organisationId);

    public Task Left(string organisationId) => ResidentNotes.Unnote(state, state.State.Organisations, organisationId);

    public async Task<IReadOnlyList<Organisation>> Serving()
    {
        if ((await GrainFactory.StandingOf(Id)).Profile?.HomeCell is not { } home)
        {
            return [];
        }

        var ids = await GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(OrganisationAreaRules.ShardOf(home)).Covering(home);
        var organisations = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IOrganisationGrain>(id).Get()));
        return [.. organisations.OfType<Organisation>().Where(o => o.Status == OrganisationStatus.Verified)];
    }

    public Task<IReadOnlyList<string>> List() => Task.FromResult<IReadOnlyList<string>>(state.State.Organisations);

    public Task Recommended(string organisationId) => ResidentNotes.Note(state, state.State.Recommended, organisationId);

    public Task Unrecommended(string organisationId) => ResidentNotes.Unnote(state, state.State.Recommended, organisationId);

    public Task<IReadOnlyList<string>> Recommendations() => Task.FromResult<IReadOnlyList<string>>(state.State.Recommended);

    public async Task Forget()
    {
        // Each part is idempotent and this record is erased last: a closure resumed after a crash repeats what is left.
        foreach (var organisationId in state.State.Organisations.ToList())
        {
            await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).RemoveDeletedMember(Id);
        }

        foreach (var organisationId in state.State.Recommended.ToList())
        {
            await GrainFactory.GetGrain<IOrganisationRecommendationsGrain>(organisationId).WithdrawDeleted(Id);
        }

        // Today's lists of announcements are read from the home's area; earlier versions kept a copy per resident.
        await GrainFactory.GetGrain<IResidentAnnouncementsGrain>(Id).Forget();
        await GrainFactory.GetGrain<Sponsored.IResidentSponsoredGrain>(Id).Forget();
        await state.ClearStateAsync();
    }
}

[GenerateSerializer]
public sealed record ResidentOrganisationsState
{
    [Id(0)] public List<string> Organisations { get; init; } = [];

    /// <summary>The organisations the resident recommends (the recommendations themselves are kept by each organisation).</summary>
    [Id(1)] public List<string> Recommended { get; init; } = [];
}
