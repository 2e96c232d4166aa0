namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A neighbourhood: a connected set of block cells and its members, keyed by the H3 index of its founding
/// cell, which is also its public id (SPEC §4).
/// </summary>
public interface INeighbourhoodGrain : IGrainWithStringKey
{
    /// <summary>Founds the neighbourhood on its key cell with its first member and lead.</summary>
    Task Found(string founderId, string name);

    /// <summary>Adds a member whose block cell the neighbourhood owns, or annexes the cell if it is unowned and adjacent.</summary>
    Task Join(string residentId, string blockCell);

    /// <summary>Removes a member; the last one to leave dissolves the neighbourhood and frees its cells.</summary>
    Task Leave(string residentId);

    /// <summary>A lead makes another member a lead.</summary>
    Task NameLead(string leadId, string memberId);

    /// <summary>What anyone may see (SPEC §8 discovery): never the members' identities. Null if there is no such neighbourhood.</summary>
    Task<NeighbourhoodSummary?> GetSummary();

    /// <summary>Whether the resident is a member now (after following an alias to the survivor of a merge).</summary>
    Task<bool> IsMember(string residentId);

    /// <summary>The id this neighbourhood answers to now: its own, or the survivor's if it was merged away; null if none.</summary>
    Task<string?> Resolve();

    /// <summary>What a member sees; refused to non-members.</summary>
    Task<NeighbourhoodDetails> GetDetails(string residentId);
}

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int MemberCount,
    [property: Id(3)] IReadOnlyList<string> Cells);

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodDetails(
    [property: Id(0)] NeighbourhoodSummary Summary,
    [property: Id(1)] IReadOnlyList<string> Leads,
    [property: Id(2)] DateTimeOffset FoundedAt);
