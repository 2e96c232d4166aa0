using System.Text.Json;

namespace Voisinage.Geo;

/// <summary>
/// An area given as GeoJSON (RFC 7946) <c>Polygon</c> or <c>MultiPolygon</c>, or a <c>Feature</c> holding one: each polygon
/// an outer ring then holes, positions <c>[lng, lat]</c> in degrees, rings closed or not. It is turned into H3 cells by
/// centre containment (<see cref="H3.PolygonToCells"/>); <see cref="EstimateCells"/> bounds the work before the fill.
/// </summary>
public sealed class GeoJsonArea
{
    private GeoJsonArea(IReadOnlyList<IReadOnlyList<IReadOnlyList<LatLng>>> polygons) => Polygons = polygons;

    /// <summary>The polygons, each a list of loops (outer first, then holes), without the closing position.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<LatLng>>> Polygons { get; }

    /// <summary>Reads the geometry, or throws <see cref="ArgumentException"/> saying what is wrong.</summary>
    public static GeoJsonArea Parse(string geoJson, int maxPositions)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The area is not valid JSON.", nameof(geoJson), e);
        }

        using (document)
        {
            var geometry = document.RootElement;
            if (TypeOf(geometry) == "Feature")
            {
                geometry = geometry.TryGetProperty("geometry", out var inner) ? inner : default;
            }

            var positions = 0;
            var coordinates = geometry.ValueKind == JsonValueKind.Object && geometry.TryGetProperty("coordinates", out var c) ? c : default;
            var polygons = new List<IReadOnlyList<IReadOnlyList<LatLng>>>();
            switch (TypeOf(geometry))
            {
                case "Polygon":
                    polygons.Add(Polygon(coordinates, ref positions, maxPositions));
                    break;
                case "MultiPolygon":
                    foreach (var polygon in Array(coordinates, "A MultiPolygon's coordinates are a list of polygons."))
                    {
                        polygons.Add(Polygon(polygon, ref positions, maxPositions));
                    }

                    break;
                default:
                    throw new ArgumentException("The area is a GeoJSON Polygon or MultiPolygon (or a Feature holding one).", nameof(geoJson));
            }

            return polygons.Count > 0 ? new GeoJsonArea(polygons) : throw new ArgumentException("The area has no polygon.", nameof(geoJson));
        }
    }

    /// <summary>About how many cells of <paramref name="resolution"/> the area holds (its area over the local cell area).</summary>
    public double EstimateCells(int resolution)
    {
        var first = Polygons[0][0][0];
        var cellKm2 = H3.CellAreaKm2(H3.LatLngToCell(first, resolution));
        return Polygons.Sum(p => Math.Abs(RingAreaKm2(p[0])) - p.Skip(1).Sum(h => Math.Abs(RingAreaKm2(h)))) / cellKm2;
    }

    /// <summary>The cells whose centres lie in the area (inside an outer ring and outside its holes), sorted, no duplicates.</summary>
    public H3Index[] ToCells(int resolution)
    {
        var cells = new SortedSet<H3Index>();
        foreach (var polygon in Polygons)
        {
            cells.UnionWith(H3.PolygonToCells(polygon, resolution));
        }

        return [.. cells];
    }

    private static string? TypeOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private static List<JsonElement> Array(JsonElement e, string refusal) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray()] : throw new ArgumentException(refusal);

    private static List<IReadOnlyList<LatLng>> Polygon(JsonElement coordinates, ref int positions, int maxPositions)
    {
        var loops = new List<IReadOnlyList<LatLng>>();
        foreach (var ring in Array(coordinates, "A Polygon's coordinates are a list of rings."))
        {
            var loop = new List<LatLng>();
            foreach (var position in Array(ring, "A ring is a list of [longitude, latitude] positions."))
            {
                if (++positions > maxPositions)
                {
                    throw new ArgumentException($"The area has more than {maxPositions} positions.");
                }

                var pair = Array(position, "A position is [longitude, latitude].");
                if (pair.Count < 2 || pair[0].ValueKind != JsonValueKind.Number || pair[1].ValueKind != JsonValueKind.Number)
                {
                    throw new ArgumentException("A position is [longitude, latitude].");
                }

                var (lng, lat) = (pair[0].GetDouble(), pair[1].GetDouble());
                if (lat is < -90 or > 90 || lng is < -180 or > 180)
                {
                    throw new ArgumentException("A position's longitude is within ±180 and its latitude within ±90.");
                }

                loop.Add(new LatLng(lat, lng));
            }

            if (loop.Count > 1 && loop[0] == loop[^1])
            {
                loop.RemoveAt(loop.Count - 1);
            }

            if (loop.Distinct().Count() < 3)
            {
                throw new ArgumentException("A ring has at least 3 distinct positions.");
            }

            loops.Add(loop);
        }

        return loops.Count > 0 ? loops : throw new ArgumentException("A polygon has an outer ring.");
    }

    /// <summary>A ring's area on the sphere in km² (signed; the formula of Chamberlain and Duquette, as in GeoJSON tools).</summary>
    private static double RingAreaKm2(IReadOnlyList<LatLng> ring)
    {
        const double radiusKm = 6371.0088;
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            sum += ToRadians(b.Lng - a.Lng) * (2 + Math.Sin(ToRadians(a.Lat)) + Math.Sin(ToRadians(b.Lat)));
        }

        return sum * radiusKm * radiusKm / 2;
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
