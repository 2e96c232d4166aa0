using Orleans.Concurrency;

namespace Voisinage.Grains.Residents;

/// <summary>Reads the directory shards in order (only the one a search names) and each user's standing.</summary>
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
        var (startShard, afterKey) = ParseCursor(after);
        var shards = prefix.Length > 0 ? [ResidentDirectory.ShardOf(prefix)] : ResidentDirectory.Shards;
        var found = new List<DirectoryEntry>();
        foreach (var shard in shards.Where(s => string.CompareOrdinal(ShardRank(s), ShardRank(startShard ?? s)) >= 0))
        {
            var entries = await GrainFactory.GetGrain<IResidentDirectoryGrain>(shard).List(prefix, shard == startShard ? afterKey : null, first + 1 - found.Count);
            found.AddRange(entries);
            if (found.Count > first)
            {
                break;
            }
        }

        var page = found.Take(first).ToList();
        var standings = await Task.WhenAll(page.Select(e => GrainFactory.StandingOf(e.ResidentId)));
        var users = page.Zip(standings)
            .Select(p => new UserSummary($"{ResidentDirectory.ShardOf(p.First.Key)}|{p.First.Key}", p.First.ResidentId, p.First.Pseudo, p.Second.IsVerified, p.Second.Level, p.Second.IsOperator))
            .ToList();
        return new UserPage(users, found.Count > first);
    }

    /// <summary>Shards compare by their place in <see cref="ResidentDirectory.Shards"/>.</summary>
    private static string ShardRank(string shard)
    {
        var index = ResidentDirectory.Shards.ToList().IndexOf(shard);
        return index < 0 ? throw VoisinageException.BadInput("Unknown cursor.") : index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (string? Shard, string? Key) ParseCursor(string? cursor)
    {
        if (cursor is null)
        {
            return (null, null);
        }

        var bar = cursor.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? (cursor[..bar], cursor[(bar + 1)..]) : throw VoisinageException.BadInput("Unknown cursor.");
    }
}
