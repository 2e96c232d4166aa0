using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>Organisations by status (see <see cref="IOrganisationDirectoryGrain"/>).</summary>
internal sealed class OrganisationDirectoryGrain(
    [PersistentState("organisations", StorageNames.Voisinage)] IPersistentState<OrganisationDirectoryState> state) : Grain, IOrganisationDirectoryGrain
{
    public const int MaxPage = 100;

    public async Task Set(string organisationId, OrganisationStatus status)
    {
        if (state.State.Statuses.TryGetValue(organisationId, out var known) && known == status)
        {
            return;
        }

        state.State.Statuses[organisationId] = status;
        state.State.Order.Remove(organisationId);
        state.State.Order.Add(organisationId);
        await state.WriteStateAsync();
    }

    public async Task<IReadOnlyList<string>> List(string? viewerId, OrganisationStatus status, int first)
    {
        CheckFirst(first);
        if (status != OrganisationStatus.Verified && (viewerId is null || !(await GrainFactory.StandingOf(viewerId)).IsOperator))
        {
            throw VoisinageException.Forbidden("Only operators see organisations waiting for verification or rejected.");
        }

        return [.. state.State.Order.AsEnumerable().Reverse().Where(id => state.State.Statuses[id] == status).Take(first)];
    }

    public async Task SetOrphaned(string organisationId, bool orphaned)
    {
        if (orphaned ? !state.State.Orphaned.Contains(organisationId) : state.State.Orphaned.Remove(organisationId))
        {
            if (orphaned)
            {
                state.State.Orphaned.Add(organisationId);
            }

            await state.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<string>> Orphaned(string viewerId, int first)
    {
        CheckFirst(first);
        if (!(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators see the organisations left without a member.");
        }

        return [.. state.State.Orphaned.AsEnumerable().Reverse().Take(first)];
    }

    private static void CheckFirst(int first)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }
    }
}

[GenerateSerializer]
public sealed record OrganisationDirectoryState
{
    [Id(0)] public Dictionary<string, OrganisationStatus> Statuses { get; init; } = [];

    /// <summary>Ids by their last change of status, oldest first.</summary>
    [Id(1)] public List<string> Order { get; init; } = [];

    /// <summary>Organisations left without a member, oldest first (few: an operator names an admin or rejects them).</summary>
    [Id(2)] public List<string> Orphaned { get; init; } = [];
}
