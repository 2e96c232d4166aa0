namespace Voisinage.Geo.Tests;

/// <summary>
/// Coordinate tolerance vs h3-js. h3-js's compiled C calls JavaScript's Math (V8's fdlibm); our fast paths use
/// .NET's Math (the platform libm) and algebraic shortcuts: last-bit differences in sin/cos/atan2/asin. Away from the poles they stay below ~1.2e-13°
/// (observed), so the base tolerance is 1e-12°. Near a pole the inverse trigonometry is ill-conditioned:
/// a last-bit change of sin(lat) moves lat by eps/cos(lat), and at most sqrt(2·eps) rad (1.5e-8 rad,
/// 8.5e-7°) right at the pole, where H3 snaps to ±90°. The tolerance adds min(16·eps/cos(lat), sqrt(32·eps)).
/// </summary>
internal static class Tolerances
{
    private const double Eps = 2.220446049250313e-16;

    public static double CoordinateDegrees(double lat)
    {
        var cos = Math.Cos(lat * Math.PI / 180);
        var polar = Math.Min(16 * Eps / Math.Max(cos, 1e-300), Math.Sqrt(32 * Eps));
        return 1e-12 + (polar * 180 / Math.PI);
    }

    /// <summary>
    /// Area: H3.CellArea* recompute the boundary with H3 v4.5.0's own operation sequence and V8's fdlibm
    /// trigonometry, i.e. what h3-js runs, so the result is expected bit-identical; 1e-9 relative, no absolute
    /// floor, leaves room for nothing more than a last-bit difference (a res-15 cell is ~2e-14 sr).
    /// </summary>
    public static double AreaKm2(double expected) => 1e-9 * Math.Abs(expected);
}
