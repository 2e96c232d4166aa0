namespace Voisinage.Geo.Internal;

/// <summary>Per-resolution size figures (latLng.c getHexagonEdgeLengthAvgKm) and conservative bounds derived from them.</summary>
internal static class CellMetrics
{
    // H3's published average hexagon edge lengths, km.
    public static readonly double[] AvgEdgeKm =
    [
        1107.712591, 418.6760055, 158.2446558, 59.81085794,
        22.6063794, 8.544408276, 3.229482772, 1.220629759,
        0.461354684, 0.174375668, 0.065907807, 0.024910561,
        0.009415526, 0.003559893, 0.001348575, 0.000509713,
    ];

    /// <summary>A lower bound on any cell edge, in radians (half the average: H3 edges stay well above that).</summary>
    public static double MinEdgeRads(int res) => 0.5 * AvgEdgeKm[res] / Tables.EarthRadiusKm;

    // Measured with this library over random cells of the whole sphere plus every pentagon and its
    // 2-ring, at resolutions 2, 5, 9, 12 and 15: the largest centre-to-vertex distance is 1.268 x the
    // average edge, the smallest centre distance per grid step (cells 1-6 steps apart) is 1.208 x it
    // (1.5 on a regular grid). The constants below keep ~6-9 % margin.

    /// <summary>Upper bound on centre-to-vertex distance, in average edge lengths.</summary>
    public const double MaxCircumradiusFactor = 1.35;

    /// <summary>Lower bound on centre distance per grid step, in average edge lengths.</summary>
    public const double MinRingSpacingFactor = 1.10;
}
