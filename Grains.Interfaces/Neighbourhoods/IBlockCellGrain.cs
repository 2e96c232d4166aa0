using Orleans.Concurrency;

namespace Voisinage.Grains.Neighbourhoods;

/// <summary>
/// The single authority on who owns one block cell (H3 res 9), keyed by the cell. Every change is a
/// compare-and-set carrying an operation id, so a retried step is harmless. It calls no other grain except
/// its area index, so ownership flows (resident → neighbourhood → block cell) cannot deadlock.
/// </summary>
public interface IBlockCellGrain : IGrainWithStringKey
{
    /// <summary>The owning neighbourhood id, or null.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<string?> GetOwner();

    /// <summary>Takes the cell for a neighbourhood if nobody owns it; true if that neighbourhood owns it now.</summary>
    Task<bool> TryClaim(string neighbourhoodId, string operationId);

    /// <summary>Gives the cell up if the neighbourhood owns it.</summary>
    Task Release(string neighbourhoodId, string operationId);

    /// <summary>Hands the cell from one neighbourhood to another (merge, split); true if <paramref name="to"/> owns it now.</summary>
    Task<bool> Transfer(string from, string to, string operationId);
}
