using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>
/// Reads every block cell, every neighbourhood grain and every resident of an area and reports each breach of the
/// SPEC §4 invariants: a cell with two owners or a ghost owner, a member whose block is not owned by their
/// neighbourhood, disconnected cells, a member in two neighbourhoods, residents and neighbourhoods that disagree,
/// and anything still half done.
/// </summary>
public static class InvariantChecker
{
    public sealed record Report(
        IReadOnlyList<string> Violations,
        IReadOnlyDictionary<string, NeighbourhoodSnapshot> Live,
        IReadOnlyDictionary<string, string> MemberOf);

    /// <param name="blocks">Every block cell that could be owned (neighbourhood ids are among them).</param>
    /// <param name="residents">Resident id → their block cell.</param>
    public static async Task<Report> Check(IGrainFactory grains, IReadOnlyCollection<string> blocks, IReadOnlyDictionary<string, string> residents)
    {
        var violations = new List<string>();
        var owners = new Dictionary<string, string?>();
        foreach (var block in blocks)
        {
            owners[block] = await grains.GetGrain<IBlockCellGrain>(block).GetOwner();
        }

        var snapshots = new Dictionary<string, NeighbourhoodSnapshot>();
        foreach (var id in blocks)
        {
            snapshots[id] = await grains.GetGrain<INeighbourhoodGrain>(id).GetSnapshot();
        }

        var live = snapshots.Values.Where(s => s.Name is not null).ToDictionary(s => s.Id);
        foreach (var snapshot in snapshots.Values.Where(s => s.Busy))
        {
            violations.Add($"{snapshot.Id} is still in the middle of an operation");
        }

        // A block cell has at most one owner, and the owner lists it.
        var listedBy = new Dictionary<string, List<string>>();
        foreach (var n in live.Values)
        {
            foreach (var cell in n.Cells)
            {
                (listedBy.TryGetValue(cell, out var l) ? l : listedBy[cell] = []).Add(n.Id);
            }

            if (n.Cells.Count == 0)
            {
                violations.Add($"{n.Id} has no cells");
            }
            else if (!SplitPlanner.IsConnected([.. n.Cells]))
            {
                violations.Add($"{n.Id} is not connected: {string.Join(",", n.Cells)}");
            }

            if (n.Leads.Count == 0 || n.Leads.Any(l => !n.Members.ContainsKey(l)))
            {
                violations.Add($"{n.Id} has leads that are not members, or none");
            }
        }

        foreach (var (cell, ids) in listedBy)
        {
            if (ids.Count > 1)
            {
                violations.Add($"block {cell} is listed by {string.Join(" and ", ids)}");
            }

            if (owners.GetValueOrDefault(cell) != ids[0])
            {
                violations.Add($"block {cell} is listed by {ids[0]} but owned by {owners.GetValueOrDefault(cell) ?? "nobody"}");
            }
        }

        foreach (var (cell, owner) in owners)
        {
            if (owner is not null && (!live.TryGetValue(owner, out var n) || !n.Cells.Contains(cell)))
            {
                violations.Add($"block {cell} is owned by {owner}, which does not list it");
            }
        }

        // Every member's block is owned by their neighbourhood; nobody is a member twice.
        var memberOf = new Dictionary<string, string>();
        foreach (var n in live.Values)
        {
            foreach (var (member, cell) in n.Members)
            {
                if (!memberOf.TryAdd(member, n.Id))
                {
                    violations.Add($"resident {member} is a member of {memberOf[member]} and {n.Id}");
                }

                if (!n.Cells.Contains(cell) || owners.GetValueOrDefault(cell) != n.Id)
                {
                    violations.Add($"member {member} of {n.Id} lives in block {cell}, owned by {owners.GetValueOrDefault(cell) ?? "nobody"}");
                }

                if (residents.TryGetValue(member, out var home) && home != cell)
                {
                    violations.Add($"member {member} of {n.Id} is recorded in block {cell} but lives in {home}");
                }
            }
        }

        // Residents see what the neighbourhoods say.
        foreach (var resident in residents.Keys)
        {
            var seen = await grains.GetGrain<IResidentMembershipGrain>(resident).GetNeighbourhoodId();
            if (seen != memberOf.GetValueOrDefault(resident))
            {
                violations.Add($"resident {resident} sees {seen ?? "none"} but the neighbourhoods say {memberOf.GetValueOrDefault(resident) ?? "none"}");
            }
        }

        // Aliases resolve to a live neighbourhood or to nothing, never in a loop.
        foreach (var alias in snapshots.Values.Where(s => s.AliasOf is not null))
        {
            var resolved = await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(alias.Id);
            if (resolved is not null && !live.ContainsKey(resolved))
            {
                violations.Add($"alias {alias.Id} resolves to {resolved}, which is not a live neighbourhood");
            }
        }

        return new Report(violations, live, memberOf);
    }
}
