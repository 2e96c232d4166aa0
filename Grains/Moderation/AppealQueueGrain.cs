using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>The pending appeals, for operators and the leads of the neighbourhood each was sent to (<see cref="AppealDeciderSearch"/>).</summary>
internal sealed class AppealQueueGrain(
    [PersistentState("appeals", StorageNames.Voisinage)] IPersistentState<AppealQueueState> queue) : Grain, IAppealQueueGrain
{
    public const int MaxPage = 100;

    public async Task Put(PendingAppeal appeal)
    {
        queue.State.Pending[appeal.DecisionId] = appeal;
        await queue.WriteStateAsync();
    }

    public async Task Remove(string decisionId)
    {
        if (queue.State.Pending.Remove(decisionId))
        {
            await queue.WriteStateAsync();
        }
    }

    public async Task<AppealQueuePage> List(string viewerId, int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        var standing = await GrainFactory.StandingOf(viewerId);
        if (!standing.IsOperator && standing.Level != StandingLevel.Lead)
        {
            throw VoisinageException.Forbidden("Appeals are decided by operators and leads of neighbouring neighbourhoods.");
        }

        IEnumerable<PendingAppeal> ordered = queue.State.Pending.Values.OrderBy(a => a.Cursor, StringComparer.Ordinal);
        if (after is not null)
        {
            ordered = ordered.Where(a => string.CompareOrdinal(a.Cursor, after) > 0);
        }

        var page = new List<PendingAppeal>();
        var more = false;
        foreach (var appeal in ordered.Where(a => !a.Excluded.Contains(viewerId)))
        {
            if (standing.IsOperator || await AppealDeciderSearch.LeadsDeciders(GrainFactory, standing, appeal.DeciderNeighbourhoodId))
            {
                if (page.Count == first)
                {
                    more = true;
                    break;
                }

                page.Add(appeal);
            }
        }

        return new AppealQueuePage(page, more);
    }
}

[GenerateSerializer]
public sealed record AppealQueueState
{
    /// <summary>Decision id → its pending appeal.</summary>
    [Id(0)] public Dictionary<string, PendingAppeal> Pending { get; init; } = [];
}
