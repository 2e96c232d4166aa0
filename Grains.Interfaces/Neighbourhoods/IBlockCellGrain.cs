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

    /// <summary>
    /// The owner and the operation that made it the owner (a split's or merge's operation id, say): how the block came
    /// to be where it is, which a neighbourhood asked to take back a block it gave away reads to tell a raced join from a
    /// stranger's.
    /// </summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<BlockCellChange> GetLastChange();

    /// <summary>Takes the cell for a neighbourhood if nobody owns it; true if that neighbourhood owns it now.</summary>
    Task<bool> TryClaim(string neighbourhoodId, string operationId);

    /// <summary>Gives the cell up if the neighbourhood owns it.</summary>
    Task Release(string neighbourhoodId, string operationId);

    /// <summary>Hands the cell from one neighbourhood to another (merge, split); true if <paramref name="to"/> owns it now.</summary>
    Task<bool> Transfer(string from, string to, string operationId);
}

/// <summary>The owner of a block cell (null: none) and the operation that made the last change of owner (null: never changed).</summary>
[GenerateSerializer, Immutable]
public sealed record BlockCellChange([property: Id(0)] string? Owner, [property: Id(1)] string? OperationId);
