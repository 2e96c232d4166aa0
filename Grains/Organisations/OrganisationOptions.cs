namespace Voisinage.Grains.Organisations;

/// <summary>Limits of the organisations' areas, section <c>Voisinage:Organisations</c> (docs/organisations.md).</summary>
public sealed class OrganisationOptions
{
    public const string Section = "Voisinage:Organisations";

    /// <summary>
    /// The most home cells (H3 res 10, about 0.015 km² each) an area may cover: 100,000 is about 1,500 km², more than any
    /// commune of metropolitan France. Larger areas are refused with AREA_TOO_LARGE, before the fill when the estimate
    /// already says so.
    /// </summary>
    public int MaxAreaCells { get; set; } = 100_000;

    /// <summary>The most positions a GeoJSON area may list (a detailed commune boundary has a few thousand).</summary>
    public int MaxAreaPositions { get; set; } = 20_000;

    /// <summary>
    /// The largest radius (metres) of an association's or business's reach, and how far from its premises or its
    /// members' neighbourhoods a neighbourhood it chooses may lie: local reach, not a region.
    /// </summary>
    public int MaxReachMeters { get; set; } = 5_000;
}
