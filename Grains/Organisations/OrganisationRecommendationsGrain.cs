using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One organisation's recommendations (see <see cref="IOrganisationRecommendationsGrain"/>). Each is kept with the
/// neighbourhood the resident belonged to when recommending; counts follow merges by resolving those ids when read.
/// </summary>
internal sealed class OrganisationRecommendationsGrain(
    [PersistentState("recommendations", StorageNames.Voisinage)] IPersistentState<OrganisationRecommendationsState> state) : Grain, IOrganisationRecommendationsGrain
{
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Recommendations made before each was noted on the resident's side (their export and closure read that side):
        // noted now, once, before this activation answers anything (a deleted recommender's is withdrawn). Noting is
        // idempotent, so a failure retries it all.
        if (!state.State.NotedByResidents && state.State.By.Count > 0)
        {
            foreach (var residentId in state.State.By.Keys.ToList())
            {
                if ((await GrainFactory.StandingOf(residentId)).Profile is null)
                {
                    // Deleted before this was noted on their side, so their closure could not withdraw it: withdrawn now.
                    state.State.By.Remove(residentId);
                }
                else
                {
                    await GrainFactory.GetGrain<IResidentOrganisationsGrain>(residentId).Recommended(Id);
                }
            }

            state.State.NotedByResidents = true;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<RecommendationCounts> Recommend(string residentId)
    {
        var standing = await GrainFactory.StandingOf(residentId);
        var (neighbourhoodId, _) = standing.RequireVerifiedMember(
            "Only verified residents can recommend an organisation.", "Join a neighbourhood first: recommendations are counted per neighbourhood.");
        if (!state.State.By.ContainsKey(residentId))
        {
            var organisation = await GrainFactory.GetGrain<IOrganisationGrain>(Id).Get() ?? throw VoisinageException.NotFound("No such organisation.");
            if (organisation.Kind is not (OrganisationKind.Business or OrganisationKind.Association) || organisation.Status != OrganisationStatus.Verified)
            {
                throw VoisinageException.Conflict("Only verified businesses and associations can be recommended.");
            }

            await GrainFactory.GetGrain<IResidentQuotaGrain>(residentId).Spend(QuotaKind.Recommendation);

            // Noted on the resident's side first: their export lists it and their account closure withdraws it.
            await GrainFactory.GetGrain<IResidentOrganisationsGrain>(residentId).Recommended(Id);
            state.State.By[residentId] = neighbourhoodId;
            state.State.NotedByResidents = true;
            await state.WriteStateAsync();
        }

        return await Counts(standing);
    }

    public async Task<RecommendationCounts> Unrecommend(string residentId)
    {
        await Withdraw(residentId);
        await GrainFactory.GetGrain<IResidentOrganisationsGrain>(residentId).Unrecommended(Id);
        return await Counts(await GrainFactory.StandingOf(residentId));
    }

    public Task WithdrawDeleted(string residentId) => Withdraw(residentId);

    private async Task Withdraw(string residentId)
    {
        if (state.State.By.Remove(residentId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<RecommendationCounts> Get(string? viewerId) =>
        await Counts(viewerId is null ? Standing.None : await GrainFactory.StandingOf(viewerId));

    private async Task<RecommendationCounts> Counts(Standing viewer)
    {
        var by = state.State.By;
        var mine = viewer.Profile is { } profile && by.ContainsKey(profile.Id);
        var inMine = 0;
        if (viewer.NeighbourhoodId is { } home)
        {
            // Recorded ids may be neighbourhoods merged since: each distinct one is resolved once.
            foreach (var group in by.Values.GroupBy(n => n))
            {
                if (group.Key == home || await NeighbourhoodLookup.Resolve(GrainFactory, group.Key) == home)
                {
                    inMine += group.Count();
                }
            }
        }

        return new RecommendationCounts(by.Count, mine, inMine);
    }
}

[GenerateSerializer]
public sealed record OrganisationRecommendationsState
{
    /// <summary>Recommending resident → the neighbourhood they belonged to then.</summary>
    [Id(0)] public Dictionary<string, string> By { get; init; } = [];

    /// <summary>
    /// Every recommender is noted on their side (<see cref="IResidentOrganisationsGrain.Recommended"/>): false only in
    /// states saved before that existed, which the next activation notes.
    /// </summary>
    [Id(1)] public bool NotedByResidents { get; set; }
}
