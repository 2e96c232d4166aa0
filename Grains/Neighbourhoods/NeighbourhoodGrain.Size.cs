using Microsoft.Extensions.Logging;
using Voisinage.Geo;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Size rules (SPEC §4): a neighbourhood that stays under MinMembers for SmallFor merges into its largest adjacent
/// neighbour (a reminder checks daily while it is small); one that passes MaxMembers splits in two.
/// </summary>
internal sealed partial class NeighbourhoodGrain
{
    private const string SizeReminder = "size-check";

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == SizeReminder)
        {
            // Not awaited: the reminder's delivery is a turn of this grain, and the check's own turn
            // (PrepareSizeCheck) could not start until it ended. Tomorrow's tick tries again if this one fails.
            this.AsReference<INeighbourhoodGrain>().CheckSize().ContinueWith(
                t => logger.LogWarning(t.Exception, "Neighbourhood {Id}: size check failed", Id),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Current);
        }

        return Task.CompletedTask;
    }

    public async Task CheckSize()
    {
        // Interleaved and changing nothing itself: the changes are PrepareSizeCheck's turn, and the merge it asks for
        // freezes this grain (an interleaved call, let in because no turn of ours runs) while we wait here.
        var merge = await this.AsReference<INeighbourhoodFormationGrain>().PrepareSizeCheck();
        if (merge is not null)
        {
            var survivor = await GrainFactory.GetGrain<INeighbourhoodMaintenanceGrain>(0).MergeSmall(Id, merge.Neighbours, merge.OperationId);
            logger.LogInformation("Small neighbourhood {Id}: automatic merge into {Survivor}", Id, survivor ?? "(none possible now)");
        }
    }

    public async Task<AutoMergeRequest?> PrepareSizeCheck()
    {
        if (!Exists || State.Frozen is not null || State.Incoming is not null || State.PendingMerge is not null || State.PendingSplit is not null)
        {
            if (!Exists && State.Frozen is null && State.Incoming is null)
            {
                await StopSizeChecks();
            }

            return null;
        }

        if (State.Members.Count > Rules.MaxMembers)
        {
            // A split an earlier failure prevented (the join that passed the limit had already succeeded).
            await SplitIfPossible();
            return null;
        }

        if (State.Members.Count >= Rules.MinMembers)
        {
            await AfterMembershipChange(allowSplit: false);
            return null;
        }

        if (!IsSmallForLong())
        {
            return null;
        }

        var neighbours = await AdjacentNeighbourhoods();
        if (neighbours.Count == 0)
        {
            return null;
        }

        var operationId = $"auto-{Id}-{Guid.NewGuid():N}";
        neighbourhood.State = State with { AutoMerge = operationId };
        await Save();
        return new AutoMergeRequest(operationId, neighbours);
    }

    private bool IsSmallForLong() =>
        Exists && State.Members.Count < Rules.MinMembers && State.SmallSince is { } since && clock.GetUtcNow() - since >= Rules.SmallFor;

    /// <summary>Owners of the blocks around ours, read from the area indexes (which call nobody back).</summary>
    private async Task<IReadOnlyList<string>> AdjacentNeighbourhoods()
    {
        var ours = State.Cells.ToHashSet();
        var around = new HashSet<string>();
        foreach (var cell in State.Cells)
        {
            foreach (var near in H3.GridDisk(H3Index.Parse(cell), 1))
            {
                var id = near.ToString();
                if (!ours.Contains(id))
                {
                    around.Add(id);
                }
            }
        }

        var owners = (await Cells.OwnersOf(GrainFactory, around)).Values.Where(o => o != Id).Distinct();
        return [.. owners.Order(StringComparer.Ordinal)];
    }

    /// <summary>Saves a change of members, keeps the small-since clock and its reminder right, and splits when too big.</summary>
    private async Task AfterMembershipChange(bool allowSplit = true)
    {
        var small = State.Members.Count < Rules.MinMembers;
        var wasSmall = State.SmallSince is not null;
        if (small != wasSmall)
        {
            neighbourhood.State = State with { SmallSince = small ? clock.GetUtcNow() : null, AutoMerge = null };
        }

        await Save();
        if (small && !wasSmall)
        {
            await this.RegisterOrUpdateReminder(SizeReminder, Rules.SizeCheckPeriod, Rules.SizeCheckPeriod);
        }
        else if (!small && wasSmall)
        {
            await StopSizeChecks();
        }

        if (allowSplit && State.Members.Count > Rules.MaxMembers)
        {
            await SplitIfPossible();
        }
    }

    private async Task StopSizeChecks()
    {
        if (await this.GetReminder(SizeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
