using System.Globalization;

namespace Voisinage.Bench.National;

/// <summary>One row of data/departements.csv (INSEE populations légales 2021, areas, main city).</summary>
public sealed record Departement(
    string Code,
    string Name,
    long Population,
    double AreaKm2,
    string City,
    long CityPopulation,
    double CityLat,
    double CityLng);

/// <summary>A home drawn from the model: where a resident lives, and what kind of place it is.</summary>
public readonly record struct Home(double Lat, double Lng, short Departement, bool InCity);

/// <summary>Settlement model parameters (README, "Model").</summary>
public sealed record ModelOptions
{
    public int Seed { get; init; } = 2026;

    /// <summary>Mean residents of a village or quarter (exponential sizes, at least 1).</summary>
    public double MeanSettlementSize { get; init; } = 60;

    /// <summary>Spread (Gaussian sigma) of the homes of a settlement of mean size, metres; grows with sqrt(size).</summary>
    public double SettlementSpreadMeters { get; init; } = 90;

    /// <summary>Density of a main city's built-up disc, inhabitants per km² (capped by the département's area), at 1,000,000 residents.</summary>
    public double CityDensityPerKm2 { get; init; } = 4000;
}

/// <summary>The committed data: départements and a coarse outline of metropolitan France (mainland and Corsica).</summary>
public sealed class France
{
    // Bounding box of metropolitan France (mainland and Corsica), with a small margin.
    public const double MinLat = 41.3;
    public const double MaxLat = 51.2;
    public const double MinLng = -5.2;
    public const double MaxLng = 9.6;

    private readonly List<(double Lat, double Lng)[]> _polygons;

    private France(IReadOnlyList<Departement> departements, List<(double Lat, double Lng)[]> polygons)
    {
        Departements = departements;
        _polygons = polygons;
    }

    public IReadOnlyList<Departement> Departements { get; }

    public long Population => Departements.Sum(d => d.Population);

    public static France Load(string dataDirectory)
    {
        var departements = File.ReadLines(Path.Combine(dataDirectory, "departements.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => new Departement(
                f[0],
                f[1],
                long.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                f[4],
                long.Parse(f[5], CultureInfo.InvariantCulture),
                double.Parse(f[6], CultureInfo.InvariantCulture),
                double.Parse(f[7], CultureInfo.InvariantCulture)))
            .ToList();
        var polygons = File.ReadLines(Path.Combine(dataDirectory, "france-outline.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .GroupBy(f => f[0])
            .Select(g => g.Select(f => (double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture))).ToArray())
            .ToList();
        return new France(departements, polygons);
    }

    /// <summary>In the bounding box and inside the coarse outline (ray casting; the outline is ~100 vertices).</summary>
    public bool OnLand(double lat, double lng)
    {
        if (lat is < MinLat or > MaxLat || lng is < MinLng or > MaxLng)
        {
            return false;
        }

        foreach (var polygon in _polygons)
        {
            var inside = false;
            for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
            {
                var (yi, xi) = polygon[i];
                var (yj, xj) = polygon[j];
                if ((yi > lat) != (yj > lat) && lng < ((xj - xi) * (lat - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }

            if (inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Draws <paramref name="count"/> homes. Each département gets its share of residents by population (largest
    /// remainder); its main city takes city_population/population of them, uniformly over a disc of
    /// city_population / CityDensity km² (at most the département's area) around the city; the rest live in villages
    /// and quarters of exponential size (mean MeanSettlementSize) whose centres are uniform over a disc of the
    /// département's area around the city, homes spread around each centre (Gaussian). Every point is redrawn until
    /// it lies on land in the coarse outline. Deterministic for a seed.
    /// </summary>
    public Home[] DrawHomes(int count, ModelOptions model)
    {
        var random = new Random(model.Seed);
        var shares = Allocate(count);
        var homes = new List<Home>(count);
        for (short d = 0; d < Departements.Count; d++)
        {
            var dep = Departements[d];
            var n = shares[d];
            var inCity = (int)Math.Round(n * Math.Min(1.0, (double)dep.CityPopulation / dep.Population));
            // The built-up disc shrinks with the sample (N / 1,000,000): a smaller sample is a smaller France at the same
            // density of residents, so residents still cluster into neighbourhoods the way they do at 1,000,000.
            var scale = Math.Min(1.0, count / 1_000_000.0);
            var cityRadiusKm = Math.Sqrt(Math.Min(dep.AreaKm2, dep.CityPopulation / model.CityDensityPerKm2) * scale / Math.PI);
            for (var i = 0; i < inCity; i++)
            {
                var (lat, lng) = InDisc(random, dep.CityLat, dep.CityLng, cityRadiusKm);
                homes.Add(new Home(lat, lng, d, true));
            }

            var depRadiusKm = Math.Sqrt(dep.AreaKm2 / Math.PI);
            var rest = n - inCity;
            while (rest > 0)
            {
                var size = Math.Min(rest, 1 + (int)(-Math.Log(1 - random.NextDouble()) * (model.MeanSettlementSize - 1)));
                rest -= size;
                var (clat, clng) = InDisc(random, dep.CityLat, dep.CityLng, depRadiusKm);
                var sigmaKm = model.SettlementSpreadMeters / 1000 * Math.Sqrt(size / model.MeanSettlementSize);
                for (var i = 0; i < size; i++)
                {
                    var (lat, lng) = Around(random, clat, clng, sigmaKm);
                    homes.Add(new Home(lat, lng, d, false));
                }
            }
        }

        return [.. homes];
    }

    private int[] Allocate(int count)
    {
        var total = (double)Population;
        var exact = Departements.Select(d => count * d.Population / total).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = count - shares.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i).Take(left))
        {
            shares[i]++;
        }

        return shares;
    }

    private (double Lat, double Lng) InDisc(Random random, double lat, double lng, double radiusKm)
    {
        for (var attempt = 0; ; attempt++)
        {
            var r = radiusKm * Math.Sqrt(random.NextDouble());
            var a = random.NextDouble() * 2 * Math.PI;
            var p = Offset(lat, lng, r * Math.Cos(a), r * Math.Sin(a));
            if (OnLand(p.Lat, p.Lng))
            {
                return p;
            }

            if (attempt > 1000)
            {
                throw new InvalidOperationException($"No land within {radiusKm:0.0} km of {lat},{lng}: check the data.");
            }
        }
    }

    private (double Lat, double Lng) Around(Random random, double lat, double lng, double sigmaKm)
    {
        for (var attempt = 0; ; attempt++)
        {
            // Box-Muller.
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = sigmaKm * Math.Sqrt(-2 * Math.Log(u1));
            var p = Offset(lat, lng, r * Math.Cos(2 * Math.PI * u2), r * Math.Sin(2 * Math.PI * u2));
            if (OnLand(p.Lat, p.Lng))
            {
                return p;
            }

            if (attempt > 1000)
            {
                return (lat, lng);
            }
        }
    }

    private static (double Lat, double Lng) Offset(double lat, double lng, double eastKm, double northKm) =>
        (lat + (northKm / 110.574), lng + (eastKm / (111.320 * Math.Cos(lat * Math.PI / 180))));
}
