using System.Globalization;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>A neighbourhood's moderation queue: the latest version of each reported or hidden subject's case.</summary>
internal sealed class ModerationQueueGrain(
    [PersistentState("queue", StorageNames.Voisinage)] IPersistentState<ModerationQueueState> queue) : Grain, IModerationQueueGrain
{
    public const int MaxPage = 100;

    public async Task Put(ModerationQueueItem item)
    {
        if (queue.State.Items.TryGetValue(item.CaseKey, out var held) && held.Version >= item.Version)
        {
            return;
        }

        queue.State.Items[item.CaseKey] = item;
        await queue.WriteStateAsync();
    }

    public async Task Remove(string caseKey, long version)
    {
        if ((queue.State.Items.TryGetValue(caseKey, out var held) && held.Version > version) || !queue.State.Items.Remove(caseKey))
        {
            return;
        }

        await queue.WriteStateAsync();
    }

    public async Task<ModerationQueuePage> List(string leadId, int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        // The operators' queue (official announcements) is theirs alone; a neighbourhood's is its leads'.
        var standing = await GrainFactory.StandingOf(leadId);
        if (this.GetPrimaryKeyString() == ModerationSubjects.OperatorsQueue ? !standing.IsOperator : !await standing.IsLeadOf(GrainFactory, this.GetPrimaryKeyString()))
        {
            throw VoisinageException.Forbidden("The moderation queue is for the neighbourhood's leads (the operators' queue for operators).");
        }

        IEnumerable<ModerationQueueItem> ordered = queue.State.Items.Values
            .OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.CaseKey, StringComparer.Ordinal);
        if (after is not null)
        {
            var (at, key) = ParseCursor(after);
            ordered = ordered.Where(i => i.UpdatedAt < at || (i.UpdatedAt == at && string.CompareOrdinal(i.CaseKey, key) > 0));
        }

        var page = ordered.Take(first + 1).ToList();
        return new ModerationQueuePage([.. page.Take(first)], page.Count > first);
    }

    private static (DateTimeOffset At, string Key) ParseCursor(string cursor)
    {
        var bar = cursor.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && long.TryParse(cursor.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), cursor[(bar + 1)..])
            : throw VoisinageException.BadInput("Unknown cursor.");
    }
}

[GenerateSerializer]
public sealed record ModerationQueueState
{
    /// <summary>Case key → its latest item.</summary>
    [Id(0)] public Dictionary<string, ModerationQueueItem> Items { get; init; } = [];
}
