using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Voisinage.Geo.Tests;

/// <summary>Reads the h3-js vectors written by tools/h3-vectors/generate.mjs.</summary>
internal static class Vectors
{
    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "vectors", name);

    public static IEnumerable<string[]> Lines(string name)
    {
        using var stream = new GZipStream(File.OpenRead(PathOf(name)), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split(' ');
            }
        }
    }

    public static JsonElement Json(string name)
    {
        using var stream = new GZipStream(File.OpenRead(PathOf(name)), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.Clone();
    }

    public static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static H3Index H(string s) => H3Index.Parse(s);

    /// <summary>Great-circle arc between two points, in degrees (haversine, stable for tiny arcs).</summary>
    public static double ArcDegrees(LatLng a, LatLng b)
    {
        var la1 = a.Lat * Math.PI / 180;
        var la2 = b.Lat * Math.PI / 180;
        var sLat = Math.Sin((la2 - la1) / 2);
        var sLng = Math.Sin(((b.Lng - a.Lng) * Math.PI / 180) / 2);
        var h = (sLat * sLat) + (Math.Cos(la1) * Math.Cos(la2) * sLng * sLng);
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(h))) * 180 / Math.PI;
    }
}
