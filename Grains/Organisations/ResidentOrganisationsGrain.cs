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

    public async Task Joined(string organisationId)
    {
        if (!state.State.Organisations.Contains(organisationId))
        {
            state.State.Organisations.Add(organisationId);
            await state.WriteStateAsync();
        }
    }

    public async Task Left(string organisationId)
    {
        if (state.State.Organisations.Remove(organisationId))
        {
            await state.WriteStateAsync();
        }
    }

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
}

[GenerateSerializer]
public sealed record ResidentOrganisationsState
{
    [Id(0)] public List<string> Organisations { get; init; } = [];
}
