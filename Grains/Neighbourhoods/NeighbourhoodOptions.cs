namespace Voisinage.Grains.Neighbourhoods;

/// <summary>Sizes that drive automatic merges and splits (SPEC §4), from <c>Voisinage:Neighbourhoods</c>.</summary>
public sealed class NeighbourhoodOptions
{
    public const string Section = "Voisinage:Neighbourhoods";

    /// <summary>Below this many members for <see cref="SmallFor"/>, a neighbourhood merges into its largest neighbour.</summary>
    public int MinMembers { get; set; } = 3;

    public TimeSpan SmallFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Past this many members, a neighbourhood splits in two.</summary>
    public int MaxMembers { get; set; } = 2000;

    /// <summary>How often a small neighbourhood's reminder checks its size.</summary>
    public TimeSpan SizeCheckPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a merge proposal can be accepted. Past it the proposal is no longer shown nor accepted (NOT_FOUND), stops
    /// counting towards the open-proposal limit, and the lead can propose again.
    /// </summary>
    public TimeSpan MergeProposalTtl { get; set; } = TimeSpan.FromDays(14);
}
