using Orleans.Concurrency;

namespace Voisinage.Grains.Moderation;

/// <summary>
/// The operators (one grain, key 0; not on any hot path: who is an operator is held by each resident and read with
/// their standing). The first operators come from <c>Voisinage:Verification:Operators</c>; after that, operators grant
/// and revoke others through the API, logged, effective at once without a restart.
/// </summary>
public interface IOperatorsGrain : IGrainWithIntegerKey
{
    /// <summary>An operator makes a resident an operator (FORBIDDEN for others, NOT_FOUND without an account, CONFLICT if already one).</summary>
    Task Grant(string operatorId, string residentId, string reason);

    /// <summary>An operator revokes another (CONFLICT if not an operator, or the last one).</summary>
    Task Revoke(string operatorId, string residentId, string reason);

    /// <summary>The operators' resident ids, for operators only.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> List(string viewerId);
}
