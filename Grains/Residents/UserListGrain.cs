using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>
/// Reads the directory in order: the index shards (only the one a search names), the leaves they list (only those the
/// search can match), then each user's standing.
/// </summary>
[StatelessWorker]
internal sealed class UserListGrain : Grain, IUserListGrain
{
    public const int MaxPage = 100;

    public async Task<UserPage> List(string operatorId, string? search, int first, string? after)
    {
        if (first is < 1 or > MaxPage)
        {
            throw VoisinageException.BadInput($"first must be between 1 and {MaxPage}.");
        }

        if (!(await GrainFactory.StandingOf(operatorId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators can list users.");
        }

        var prefix = ResidentDirectory.KeyOf(TextRules.Text(search, "search", 30, required: false));
        var leafPrefix = ResidentDirectory.LeafOf(prefix);
        var (startLeaf, afterKey) = ParseCursor(after);
        var shards = leafPrefix.Length > 0 ? [ResidentDirectory.ShardOf(leafPrefix)] : ResidentDirectory.Shards;
        var found = new List<(string Leaf, DirectoryEntry Entry)>();
        foreach (var shard in shards.Where(s => startLeaf is null || string.CompareOrdinal(s, ResidentDirectory.ShardOf(startLeaf)) >= 0))
        {
            var leaves = await GrainFactory.GetGrain<IResidentDirectoryIndexGrain>(shard).Leaves(leafPrefix, startLeaf);
            foreach (var leaf in leaves)
            {
                var entries = await GrainFactory.GetGrain<IResidentDirectoryGrain>(leaf).List(prefix, leaf == startLeaf ? afterKey : null, first + 1 - found.Count);
                found.AddRange(entries.Select(e => (leaf, e)));
                if (found.Count > first)
                {
                    break;
                }
            }

            if (found.Count > first)
            {
                break;
            }
        }

        var page = found.Take(first).ToList();
        var standings = await Task.WhenAll(page.Select(e => GrainFactory.StandingOf(e.Entry.ResidentId)));
        var users = page.Zip(standings)
            .Select(p => new UserSummary($"{p.First.Leaf}|{p.First.Entry.Key}", p.First.Entry.ResidentId, p.First.Entry.Pseudo, p.Second.IsVerified, p.Second.Level, p.Second.IsOperator))
            .ToList();
        return new UserPage(users, found.Count > first);
    }

    private static (string? Leaf, string? Key) ParseCursor(string? cursor)
    {
        if (cursor is null)
        {
            return (null, null);
        }

        var bar = cursor.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && cursor[..bar] is var leaf && leaf == ResidentDirectory.LeafOf(leaf) && leaf.Length <= ResidentDirectory.LeafLength
            ? (leaf, cursor[(bar + 1)..])
            : throw VoisinageException.BadInput("Unknown cursor.");
    }
}
