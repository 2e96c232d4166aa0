using Voisinage.Grains.Organisations;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Sponsored;

/// <summary>Campaigns by status and by business (see <see cref="ICampaignDirectoryGrain"/>).</summary>
internal sealed class CampaignDirectoryGrain(
    [PersistentState("campaigns", StorageNames.Voisinage)] IPersistentState<CampaignDirectoryState> state) : Grain, ICampaignDirectoryGrain
{
    /// <summary>The most ids one answer lists (the queue, a business's campaigns): newest kept.</summary>
    public const int MaxList = 100;

    public async Task Set(string campaignId, string organisationId, CampaignStatus status)
    {
        if (state.State.Statuses.TryGetValue(campaignId, out var known) && known == status)
        {
            return;
        }

        state.State.Statuses[campaignId] = status;
        if (!state.State.ByOrganisation.TryGetValue(organisationId, out var list))
        {
            state.State.ByOrganisation[organisationId] = list = [];
        }

        if (!list.Contains(campaignId))
        {
            list.Add(campaignId);
        }

        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<string>> Pending(string viewerId)
    {
        if (!(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators see the campaigns waiting for approval.");
        }

        return [.. state.State.Statuses.Where(s => s.Value == CampaignStatus.Pending).Select(s => s.Key).Take(MaxList)];
    }

    public async Task<IReadOnlyList<string>> OfOrganisation(string viewerId, string organisationId)
    {
        if (await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).RoleOf(viewerId) is null && !(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only the business's members and operators see its campaigns.");
        }

        return state.State.ByOrganisation.TryGetValue(organisationId, out var list) ? [.. list.AsEnumerable().Reverse().Take(MaxList)] : [];
    }
}

[GenerateSerializer]
public sealed record CampaignDirectoryState
{
    /// <summary>Status per campaign, in the order campaigns were created.</summary>
    [Id(0)] public Dictionary<string, CampaignStatus> Statuses { get; init; } = [];

    /// <summary>Each business's campaigns, oldest first.</summary>
    [Id(1)] public Dictionary<string, List<string>> ByOrganisation { get; init; } = [];
}
