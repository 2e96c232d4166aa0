namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// Group commit of joins, one activation per silo: while a neighbourhood is saving one batch of joins, the joins that
/// arrive for it wait and go together as the next batch (<see cref="INeighbourhoodFormationGrain.JoinMany"/>), so a busy
/// neighbourhood writes its state once per batch instead of once per new member. Each caller learns its own outcome,
/// only after the batch holding it was saved.
/// </summary>
public interface IJoinQueueGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Joins <paramref name="residentId"/> to <paramref name="neighbourhoodId"/> (its block cell owned, or unowned and
    /// adjacent, then annexed); answers the neighbourhood as saved with the join (<see cref="JoinOutcome.Summary"/>), or
    /// null when the resident's block is no longer its (a split in the same turn). A join that raced a split or merge taking the block
    /// elsewhere (<see cref="JoinOutcome.MovedTo"/>) is sent on, and answered by the neighbourhood that owns the block now.
    /// </summary>
    Task<NeighbourhoodSummary?> Join(string neighbourhoodId, string residentId, string blockCell);
}
