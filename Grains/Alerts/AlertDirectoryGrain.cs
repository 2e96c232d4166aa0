using Orleans.Concurrency;
using Voisinage.Geo;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Alerts;

/// <summary>
/// Alert lookups that need no state: radius targeting through the res-7 area indexes (a few grains per raise, never
/// one per block cell) and member checks for reads and subscriptions. A stateless worker, so no activation is hot.
/// </summary>
[StatelessWorker]
[Reentrant]
internal sealed class AlertDirectoryGrain : Grain, IAlertDirectoryGrain
{
    /// <summary>Merges followed from an old id before giving up (a chain of merges is rare; a cycle impossible, but bounded anyway).</summary>
    private const int MaxMergeHops = 16;

    public async Task<IReadOnlyList<string>> Targets(string blockCell, int radiusMeters)
    {
        var origin = Cells.ParseBlock(blockCell);
        var blocks = Cells.BlocksWithin(origin, H3.CellToLatLng(origin), radiusMeters);
        var owners = (await Cells.OwnersOf(GrainFactory, blocks.Keys)).Values.Distinct(StringComparer.Ordinal).ToList();

        // The index may lag a merge: alerts go to the neighbourhood an id answers to now.
        var canonical = await Task.WhenAll(owners.Select(id => NeighbourhoodLookup.Resolve(GrainFactory, id)));
        return [.. canonical.OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    public async Task<AlertPage> ReadFor(string residentId, string neighbourhoodId, long since, int first)
    {
        var canonical = await MemberRead(residentId, neighbourhoodId, since, first);
        if (canonical == neighbourhoodId)
        {
            return (await Channel(canonical).GetSince(since, first)) with { NeighbourhoodId = canonical };
        }

        // A merged-away id: its reader's `since` is in the absorbed numbering, mapped onto the survivor's (through
        // each merge of a chain); the page says which numbering to continue in.
        var id = neighbourhoodId;
        for (var hop = 0; hop < MaxMergeHops && await Channel(id).GetMovedTo() is { } movedTo; hop++)
        {
            if (movedTo == canonical)
            {
                return await Channel(canonical).GetSinceAbsorbed(id, since, first);
            }

            since = await Channel(movedTo).TranslateSince(id, since);
            id = movedTo;
        }

        // The channels do not lead to the neighbourhood the id answers to (an index lagging a split): all of it, late rather than lost.
        return (await Channel(canonical).GetSince(0, first)) with { NeighbourhoodId = canonical };
    }

    public async Task<AlertPage> ReadUpdatesFor(string residentId, string neighbourhoodId, long since, int first)
    {
        var canonical = await MemberRead(residentId, neighbourhoodId, since, first);
        if (canonical == neighbourhoodId)
        {
            return await Channel(canonical).GetUpdatesSince(since, first);
        }

        // A merged-away id: change numbers do not carry over, so each channel of the chain gives the alerts it changed
        // after the reader's number there (each once, as it is now on the survivor), and the reader goes on in the
        // next channel after its change number at the import; the survivor skips those it changed again since.
        var id = neighbourhoodId;
        var missed = new List<string>();
        for (var hop = 0; hop < MaxMergeHops && await Channel(id).GetMovedTo() is { } movedTo; hop++)
        {
            missed.AddRange(await ChangedSince(Channel(id), since));
            if (await Channel(movedTo).UpdatesFromOf(id) is not { } from)
            {
                break;
            }

            since = from;
            id = movedTo;
            if (id == canonical)
            {
                return await Channel(canonical).GetUpdatesSinceAbsorbed(missed, since, first);
            }
        }

        // The channels do not lead to the neighbourhood the id answers to (an index lagging a split): all it remembers.
        return await Channel(canonical).GetUpdatesSince(0, first);
    }

    /// <summary>The ids of the alerts a channel changed after change number <paramref name="since"/> (its whole remembered log after it).</summary>
    private static async Task<List<string>> ChangedSince(INeighbourhoodAlertsGrain channel, long since)
    {
        var ids = new List<string>();
        while (true)
        {
            var page = await channel.GetUpdatesSince(since, 500);
            ids.AddRange(page.Alerts.Select(a => a.Id));
            if (!page.HasMore || page.LastSequence <= since)
            {
                return ids;
            }

            since = page.LastSequence;
        }
    }

    /// <summary>Checks a read's arguments and that the reader is a member; the id the neighbourhood answers to now.</summary>
    private async Task<string> MemberRead(string residentId, string neighbourhoodId, long since, int first)
    {
        Cells.ParseBlock(neighbourhoodId);
        if (since < 0)
        {
            throw VoisinageException.BadInput("since must be 0 or more.");
        }

        if (first is < 1 or > 500)
        {
            throw VoisinageException.BadInput("first must be between 1 and 500.");
        }

        var canonical = await NeighbourhoodLookup.Resolve(GrainFactory, neighbourhoodId)
            ?? throw VoisinageException.NotFound("No such neighbourhood.");
        if (!(await GrainFactory.StandingOf(residentId)).IsMemberOf(canonical))
        {
            throw VoisinageException.Forbidden("Only members can read a neighbourhood's alerts.");
        }

        return canonical;
    }

    private INeighbourhoodAlertsGrain Channel(string id) => GrainFactory.GetGrain<INeighbourhoodAlertsGrain>(id);

    public async Task<string> ListeningNeighbourhood(string residentId)
    {
        var standing = await GrainFactory.StandingOf(residentId);
        var (id, _) = standing.RequireVerifiedMember("Only verified residents receive alerts.", "Join a neighbourhood to receive its alerts.");
        return id;
    }
}
