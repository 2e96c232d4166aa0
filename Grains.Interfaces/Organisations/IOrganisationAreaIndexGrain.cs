using Orleans.Concurrency;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// Which organisations' areas cover the cells of one shard (a res-5 cell, about 250 km²), keyed by the shard's H3 index.
/// Each organisation writes its own piece of every shard its area touches; a reader asks the shard of one home cell.
/// </summary>
public interface IOrganisationAreaIndexGrain : IGrainWithStringKey
{
    /// <summary>Sets the organisation's cells in this shard (compacted H3 indexes); an empty list removes it.</summary>
    Task Set(string organisationId, IReadOnlyList<string> cells);

    /// <summary>The organisations whose area holds <paramref name="homeCell"/> (the cell or one of its ancestors is listed).</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> Covering(string homeCell);

    /// <summary>
    /// The organisation announces to its area in this shard (a town hall or agency drew it, or published to it):
    /// <see cref="AnnouncingCovering"/> lists it from now on, until its area leaves the shard (so a resident's list reads
    /// only the logs of organisations that announce, not every business's reach).
    /// </summary>
    Task Announced(string organisationId);

    /// <summary>Those of <see cref="Covering"/> that announce here.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> AnnouncingCovering(string homeCell);
}
