using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// The coordination face of a neighbourhood: what other grains call while neighbourhoods form (joins batched by the
/// join queue, merges, splits, and readers settling an interrupted one). Residents and resolvers use
/// <see cref="INeighbourhoodGrain"/>; both faces address the same grain. The methods marked
/// <see cref="AlwaysInterleaveAttribute"/> are the only ones a neighbourhood calls on another, so no cycle of waiting
/// neighbourhoods can form; those that change state refuse while the callee runs a turn of its own (the reentrancy rule,
/// docs/neighbourhoods.md).
/// </summary>
public interface INeighbourhoodFormationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds members whose block cells the neighbourhood owns, or annexes cells that are unowned and adjacent: several
    /// residents in one turn, saved together (group commit through
    /// <see cref="IJoinQueueGrain"/>): one outcome per request, in order; a request for a block one of its splits just
    /// gave away, or any request once it is merged away, is sent on (<see cref="JoinOutcome.MovedTo"/>). Throws, for all,
    /// only when nothing can be said per request (the neighbourhood is being reorganised or gone, or storage failed).
    /// </summary>
    Task<IReadOnlyList<JoinOutcome>> JoinMany(IReadOnlyList<JoinRequest> requests);

    /// <summary>Tells the target of a proposal that it exists, so its leads can see it (best effort).</summary>
    [OneWay]
    Task NoteProposal(MergeProposal proposal);

    /// <summary>A proposal made by this neighbourhood, or null.</summary>
    [AlwaysInterleave]
    Task<MergeProposal?> GetProposal(string proposalId);

    /// <summary>
    /// Runs a merge on the survivor: freezes the other neighbourhood, moves its cells, members, leads and parts here,
    /// and turns it into an alias. Idempotent by operation id; an interrupted merge is finished by <see cref="Settle"/>
    /// or on the next activation.
    /// </summary>
    Task Absorb(string absorbedId, string operationId);

    /// <summary>Finishes (or undoes, if it never committed) the operation that left <paramref name="otherId"/> waiting on this neighbourhood.</summary>
    Task Settle(string otherId, string operationId);

    /// <summary>
    /// The changing half of <see cref="INeighbourhoodGrain.CheckSize"/>, in a turn of its own: splits if too big, keeps
    /// the small-since clock, and, if small for long, records its consent to an automatic merge and returns it (null otherwise).
    /// </summary>
    Task<AutoMergeRequest?> PrepareSizeCheck();

    /// <summary>The public summary read by another neighbourhood during an operation (never waits for this one's turn).</summary>
    [AlwaysInterleave]
    Task<NeighbourhoodSummary?> PeekSummary();

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

/// <summary>A small neighbourhood's consent to be merged into one of its neighbours, under <see cref="OperationId"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record AutoMergeRequest([property: Id(0)] string OperationId, [property: Id(1)] IReadOnlyList<string> Neighbours);
