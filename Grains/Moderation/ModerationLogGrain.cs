using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// An append-only log (one scope, see <see cref="ModerationLogs"/>). Entries are only ever added (and anonymised when an
/// account they name is deleted); readers page it newest first by entry id, which never moves.
/// </summary>
internal sealed class ModerationLogGrain(
    [PersistentState("log", StorageNames.Voisinage)] IPersistentState<ModerationLogState> log) : Grain, IModerationLogGrain
{
    public const int MaxPage = 100;

    private string Scope => this.GetPrimaryKeyString();

    public async Task Append(ModerationEntry entry)
    {
        if (log.State.Entries.Any(e => e.Id == entry.Id))
        {
            return;
        }

        // Noted before the entry is written: a deleted account's closure finds every log that names it. A resident's
        // own log needs no note (the closure erases it by its name).
        foreach (var person in new[] { entry.ActorId, entry.ResidentId }.Where(ModerationEntry.IsResident).Distinct(StringComparer.Ordinal)
            .Where(p => Scope != ModerationLogs.OfResident(p!)))
        {
            await GrainFactory.GetGrain<IModerationTraceGrain>(person!).Note(Scope, null);
        }

        log.State.Entries.Add(entry);
        await log.WriteStateAsync();
    }

    public async Task Anonymise(string residentId, string token)
    {
        string? Anonymous(string? id) => id == residentId ? ModerationEntry.DeletedAccount : id;
        var changed = false;
        for (var i = 0; i < log.State.Entries.Count; i++)
        {
            var entry = log.State.Entries[i];
            var anonymous = entry with
            {
                Id = entry.Id.Replace(residentId, token, StringComparison.Ordinal),
                ActorId = Anonymous(entry.ActorId),
                ResidentId = Anonymous(entry.ResidentId),
                Reason = entry.ActorId == residentId ? ModerationEntry.Scrub(entry.Reason) : entry.Reason,
            };
            if (anonymous != entry)
            {
                log.State.Entries[i] = anonymous;
                changed = true;
            }
        }

        if (changed)
        {
            await log.WriteStateAsync();
        }
    }

    public async Task ScrubReportsReason(string decisionId, string reason)
    {
        var changed = false;
        for (var i = 0; i < log.State.Entries.Count; i++)
        {
            var entry = log.State.Entries[i];
            if (entry.DecisionId == decisionId && entry.Action == ModerationAction.Hidden && entry.ActorId is null && entry.Reason != reason)
            {
                log.State.Entries[i] = entry with { Reason = reason };
                changed = true;
            }
        }

        if (changed)
        {
            await log.WriteStateAsync();
        }
    }

    public Task Erase() => log.ClearStateAsync();

    public async Task<ModerationLogPage> List(string viewerId, int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        var entries = await Entries(await RequireReader(viewerId));
        var newestFirst = entries.AsEnumerable().Reverse();
        if (after is not null)
        {
            var index = entries.FindIndex(e => e.Id == after);
            if (index < 0)
            {
                throw VoisinageException.BadInput("Unknown cursor.");
            }

            newestFirst = entries.Take(index).Reverse();
        }

        var page = newestFirst.Take(first + 1).ToList();
        return new ModerationLogPage([.. page.Take(first)], page.Count > first);
    }

    /// <summary>
    /// The stored entries, and in a resident's own log the entry of their current verification, derived from their record
    /// (<see cref="ModerationLogWrites.VerifiedEntry"/>) and placed by its time, before entries of the same instant (what
    /// followed the verification). The same entry stored (before it was derived, or kept at a move) is not shown twice.
    /// </summary>
    private async Task<List<ModerationEntry>> Entries(Standing viewer)
    {
        if (!Scope.StartsWith("r:", StringComparison.Ordinal))
        {
            return log.State.Entries;
        }

        var residentId = Scope[2..];
        var profile = viewer.Profile?.Id == residentId ? viewer.Profile : (await GrainFactory.StandingOf(residentId)).Profile;
        if (profile?.Verification is not { IsVerified: true } verification)
        {
            return log.State.Entries;
        }

        var verified = ModerationLogWrites.VerifiedEntry(residentId, verification);
        if (log.State.Entries.Any(e => e.Id == verified.Id))
        {
            return log.State.Entries;
        }

        var entries = new List<ModerationEntry>(log.State.Entries);
        var at = entries.FindIndex(e => e.At >= verified.At);
        entries.Insert(at < 0 ? entries.Count : at, verified);
        return entries;
    }

    /// <summary>A neighbourhood's leads, the resident themself, and operators everywhere; answers the reader's standing.</summary>
    private async Task<Standing> RequireReader(string viewerId)
    {
        var standing = await GrainFactory.StandingOf(viewerId);
        var scope = Scope;
        var allowed = standing.IsOperator
            || (scope.StartsWith("n:", StringComparison.Ordinal) && await standing.IsLeadOf(GrainFactory, scope[2..]))
            || (scope.StartsWith("r:", StringComparison.Ordinal) && scope[2..] == viewerId && standing.Profile is not null);
        // The operators' log (ModerationLogs.Operators) is for operators only: covered by the first test.
        if (!allowed)
        {
            throw VoisinageException.Forbidden("This moderation log is for its neighbourhood's leads, the resident concerned and operators.");
        }

        return standing;
    }
}

[GenerateSerializer]
public sealed record ModerationLogState
{
    /// <summary>Oldest first; never shortened (erased whole only as a deleted resident's own log).</summary>
    [Id(0)] public List<ModerationEntry> Entries { get; init; } = [];
}
