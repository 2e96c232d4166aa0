using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A neighbourhood: a connected set of block cells and its members, keyed by the H3 index of its founding
/// cell, which is also its public id (SPEC §4). This is its public face, what residents, resolvers and readers call;
/// what other grains call while neighbourhoods form (batched joins, merges, splits) is
/// <see cref="INeighbourhoodFormationGrain"/>, the same grain's coordination face.
/// </summary>
public interface INeighbourhoodGrain : IGrainWithStringKey
{
    /// <summary>Founds the neighbourhood on its key cell with its first member and lead.</summary>
    Task Found(string founderId, string name);

    /// <summary>Removes a member; the last one to leave dissolves the neighbourhood and frees its cells.</summary>
    Task Leave(string residentId);

    /// <summary>A lead makes another member a lead.</summary>
    Task NameLead(string leadId, string memberId);

    /// <summary>A lead proposes to merge with an adjacent neighbourhood; a lead of the other one accepts it.</summary>
    Task<MergeProposal> ProposeMerge(string leadId, string otherId);

    /// <summary>
    /// A lead of the proposal's target accepts it; returns which one survives. The merge itself is
    /// <see cref="INeighbourhoodFormationGrain.Absorb"/> on the survivor.
    /// </summary>
    Task<MergePlan> AcceptMerge(string leadId, string proposalId);

    /// <summary>
    /// The size check the small-neighbourhood reminder runs (SPEC §4): splits above MaxMembers; fewer than MinMembers for
    /// SmallFor merges into the largest adjacent neighbour, and returns once that merge was tried. Interleaved: it changes
    /// nothing itself (<see cref="INeighbourhoodFormationGrain.PrepareSizeCheck"/> does, in its own turn), so the merge it
    /// asks for can freeze this grain while it waits.
    /// </summary>
    [AlwaysInterleave]
    Task CheckSize();

    /// <summary>Where this id stands: a neighbourhood, an alias, nothing, or busy with an operation another grain coordinates.</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodResolution> Resolve();

    /// <summary>The resident's role in this neighbourhood (not following aliases: resolve first); none for a non-member.</summary>
    [AlwaysInterleave]
    Task<MemberRole> GetRole(string residentId);

    /// <summary>
    /// What anyone may see (SPEC §8 discovery): never the members' identities. Null if there is no such neighbourhood.
    /// The last saved summary: it never waits behind joins being saved, and never shows a change not yet saved.
    /// </summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSummary?> GetSummary();

    /// <summary>What a member sees; refused to non-members.</summary>
    Task<NeighbourhoodDetails> GetDetails(string residentId);

    /// <summary>Up to <paramref name="first"/> members after the member <paramref name="afterId"/> (resident-id order); members only.</summary>
    Task<MemberPage> GetMembers(string residentId, int first, string? afterId);

    /// <summary>Everything it holds, for the invariant checker and operators' audits.</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSnapshot> GetSnapshot();
}

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int MemberCount,
    [property: Id(3)] IReadOnlyList<string> Cells);

[GenerateSerializer, Immutable]
public sealed record JoinRequest([property: Id(0)] string ResidentId, [property: Id(1)] string BlockCell);

/// <summary>
/// Joined when <see cref="ErrorCode"/> and <see cref="MovedTo"/> are null; otherwise the refusal as a
/// <see cref="VoisinageException"/> would carry it, or where the join goes now: <see cref="MovedTo"/>, neither joined nor
/// refused, when the join raced a change that took the resident's block elsewhere (a split gave it to that neighbourhood,
/// or a merge made this id an alias of it), so it goes where it would have gone had it been asked a moment earlier
/// (docs/neighbourhoods.md, "A join that races a split or merge"). A join also carries the neighbourhood as saved with it
/// (<see cref="Summary"/>), null when the resident is no longer there (a split the batch led to moved their block): what
/// the joiner is shown, without asking again.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record JoinOutcome(
    [property: Id(0)] string? ErrorCode,
    [property: Id(1)] string? Message,
    [property: Id(2)] NeighbourhoodSummary? Summary = null,
    [property: Id(3)] string? MovedTo = null)
{
    public static readonly JoinOutcome Joined = new(null, null);

    public static JoinOutcome Refused(VoisinageException refusal) => new(refusal.Code, refusal.Message);

    public static JoinOutcome Moved(string neighbourhoodId) => new(null, null, MovedTo: neighbourhoodId);
}

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodDetails(
    [property: Id(0)] NeighbourhoodSummary Summary,
    [property: Id(1)] IReadOnlyList<string> Leads,
    [property: Id(2)] DateTimeOffset FoundedAt,
    [property: Id(3)] IReadOnlyList<MergeProposal> Proposals);

/// <summary>A merge proposal from one neighbourhood to an adjacent one; its id is the merge's operation id.</summary>
[GenerateSerializer, Immutable]
public sealed record MergeProposal(
    [property: Id(0)] string Id,
    [property: Id(1)] string FromId,
    [property: Id(2)] string ToId,
    [property: Id(3)] string ProposedBy,
    [property: Id(4)] DateTimeOffset ProposedAt);

/// <summary>The outcome of an acceptance: who survives and who is absorbed, under which operation id.</summary>
[GenerateSerializer, Immutable]
public sealed record MergePlan(
    [property: Id(0)] string SurvivorId,
    [property: Id(1)] string AbsorbedId,
    [property: Id(2)] string OperationId);

/// <summary>A resident's role in one neighbourhood.</summary>
public enum MemberRole
{
    None = 0,
    Member = 1,
    Lead = 2,
}

public enum ResolutionKind
{
    /// <summary>No neighbourhood has this id.</summary>
    None,

    /// <summary>A neighbourhood answers to this id.</summary>
    Here,

    /// <summary>Merged away: <see cref="NeighbourhoodResolution.Id"/> is the survivor.</summary>
    Alias,

    /// <summary>In the middle of a merge or split that <see cref="NeighbourhoodResolution.Id"/> coordinates; settle it there.</summary>
    Busy,
}

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodResolution(
    [property: Id(0)] ResolutionKind Kind,
    [property: Id(1)] string? Id,
    [property: Id(2)] string? OperationId);

/// <summary>The full state of a neighbourhood as another grain or the invariant checker sees it.</summary>
[GenerateSerializer, Immutable]
public sealed record NeighbourhoodSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] string? Name,
    [property: Id(2)] IReadOnlyList<string> Cells,
    [property: Id(3)] IReadOnlyDictionary<string, string> Members,
    [property: Id(4)] IReadOnlyList<string> Leads,
    [property: Id(5)] string? AliasOf,
    [property: Id(6)] IReadOnlyList<string> Aliases,
    [property: Id(7)] bool Busy,
    [property: Id(8)] int SplitCount);

/// <summary>What the new half of a split starts with.</summary>
[GenerateSerializer, Immutable]
public sealed record NeighbourhoodSeed(
    [property: Id(0)] string CoordinatorId,
    [property: Id(1)] string OperationId,
    [property: Id(2)] string Name,
    [property: Id(3)] IReadOnlyList<string> Cells,
    [property: Id(4)] IReadOnlyDictionary<string, string> Members,
    [property: Id(5)] IReadOnlyList<string> Leads,
    [property: Id(6)] IReadOnlyList<string> Aliases,
    [property: Id(7)] DateTimeOffset At);
