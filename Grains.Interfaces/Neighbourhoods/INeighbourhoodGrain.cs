using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A neighbourhood: a connected set of block cells and its members, keyed by the H3 index of its founding
/// cell, which is also its public id (SPEC §4). Merges and splits are coordinated by one neighbourhood (the
/// survivor, or the one splitting); the methods marked <see cref="AlwaysInterleaveAttribute"/> are the only
/// ones a neighbourhood calls on another, so no cycle of waiting neighbourhoods can form.
/// </summary>
public interface INeighbourhoodGrain : IGrainWithStringKey
{
    /// <summary>Founds the neighbourhood on its key cell with its first member and lead.</summary>
    Task Found(string founderId, string name);

    /// <summary>Adds a member whose block cell the neighbourhood owns, or annexes the cell if it is unowned and adjacent.</summary>
    Task Join(string residentId, string blockCell);

    /// <summary>
    /// <see cref="Join"/> for several residents in one turn, saved together (group commit through
    /// <see cref="IJoinQueueGrain"/>): one outcome per request, in order. Throws, for all, only when nothing can be said
    /// per request (the neighbourhood is being reorganised or gone, or storage failed).
    /// </summary>
    Task<IReadOnlyList<JoinOutcome>> JoinMany(IReadOnlyList<JoinRequest> requests);

    /// <summary>Removes a member; the last one to leave dissolves the neighbourhood and frees its cells.</summary>
    Task Leave(string residentId);

    /// <summary>A lead makes another member a lead.</summary>
    Task NameLead(string leadId, string memberId);

    /// <summary>A lead proposes to merge with an adjacent neighbourhood; a lead of the other one accepts it.</summary>
    Task<MergeProposal> ProposeMerge(string leadId, string otherId);

    /// <summary>Tells the target of a proposal that it exists, so its leads can see it (best effort).</summary>
    [OneWay]
    Task NoteProposal(MergeProposal proposal);

    /// <summary>A proposal made by this neighbourhood, or null.</summary>
    [AlwaysInterleave]
    Task<MergeProposal?> GetProposal(string proposalId);

    /// <summary>A lead of the proposal's target accepts it; returns which one survives. The merge itself is <see cref="Absorb"/>.</summary>
    Task<MergePlan> AcceptMerge(string leadId, string proposalId);

    /// <summary>
    /// Runs a merge on the survivor: freezes the other neighbourhood, moves its cells, members and leads here,
    /// and turns it into an alias. Idempotent by operation id; an interrupted merge is finished by <see cref="Settle"/>
    /// or on the next activation.
    /// </summary>
    Task Absorb(string absorbedId, string operationId);

    /// <summary>Finishes (or undoes, if it never committed) the operation that left <paramref name="otherId"/> waiting on this neighbourhood.</summary>
    Task Settle(string otherId, string operationId);

    /// <summary>The automatic-merge check the small-neighbourhood reminder runs (SPEC §4: fewer than MinMembers for 30 days).</summary>
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

    /// <summary>The public summary read by another neighbourhood during an operation (never waits for this one's turn).</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSummary?> PeekSummary();

    /// <summary>What a member sees; refused to non-members.</summary>
    Task<NeighbourhoodDetails> GetDetails(string residentId);

    /// <summary>Up to <paramref name="first"/> members after the member <paramref name="afterId"/> (resident-id order); members only.</summary>
    Task<MemberPage> GetMembers(string residentId, int first, string? afterId);

    /// <summary>Everything it holds, for the invariant checker and operators' audits.</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSnapshot> GetSnapshot();

    // The participant side of merges and splits, called by the coordinating neighbourhood only.

    /// <summary>Stops changes here for a merge into <paramref name="survivorId"/> if this neighbourhood consented to it; null if refused.</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSnapshot?> Freeze(string survivorId, string operationId);

    /// <summary>Undoes <see cref="Freeze"/> for a merge that did not happen.</summary>
    [AlwaysInterleave]
    Task Unfreeze(string operationId);

    /// <summary>After the survivor committed: this id becomes an alias of it.</summary>
    [AlwaysInterleave]
    Task Retire(string survivorId, string operationId);

    /// <summary>Creates this neighbourhood as the new half of a split, hidden until <see cref="Open"/>; false if this id is taken.</summary>
    [AlwaysInterleave]
    Task<bool> Seed(NeighbourhoodSeed seed);

    /// <summary>The split's coordinator moved every cell here: the new half becomes visible.</summary>
    [AlwaysInterleave]
    Task Open(string operationId);
}

[GenerateSerializer, Immutable]
public sealed record NeighbourhoodSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int MemberCount,
    [property: Id(3)] IReadOnlyList<string> Cells);

[GenerateSerializer, Immutable]
public sealed record JoinRequest([property: Id(0)] string ResidentId, [property: Id(1)] string BlockCell);

/// <summary>Joined when <see cref="ErrorCode"/> is null; otherwise the refusal as a <see cref="VoisinageException"/> would carry it.</summary>
[GenerateSerializer, Immutable]
public sealed record JoinOutcome([property: Id(0)] string? ErrorCode, [property: Id(1)] string? Message)
{
    public static readonly JoinOutcome Joined = new(null, null);

    public static JoinOutcome Refused(VoisinageException refusal) => new(refusal.Code, refusal.Message);
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
