namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// A part of a neighbourhood that lives in its own grain keyed by the neighbourhood id (its timeline, its alert
/// channel, …). Merges and splits drive every registered part through these three calls and know none by name, so a new
/// part is one registration (<c>AddNeighbourhoodPart</c>) and no change to the merge or split code. Each call may be
/// repeated after a failure (the coordinator rolls its operation forward until it completes), so each is idempotent.
/// </summary>
public interface INeighbourhoodPart : IGrainWithStringKey
{
    /// <summary>Merge, on the survivor's part: takes in the part of <paramref name="absorbedId"/>, which is merged into this neighbourhood.</summary>
    Task Absorb(string absorbedId, string operationId);

    /// <summary>Split, on the new half's part: takes its share of the part of <paramref name="sourceId"/>, which it was split from.</summary>
    Task TakeShare(string sourceId, string operationId);

    /// <summary>A neighbourhood answers to this id again (founded anew on a block once merged away): the part takes writes again.</summary>
    Task Reopen();
}
