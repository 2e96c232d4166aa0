using BenchmarkDotNet.Attributes;

namespace Voisinage.Geo.Benchmarks;

/// <summary>
/// The four hot operations at resolution 9 over 4096 pre-generated random points (uniform on the sphere,
/// same recipe as tools/h3-vectors/bench.mjs). Each benchmark iterates the whole array: ops/s = 4096 / mean.
/// </summary>
[MemoryDiagnoser]
public class H3Benchmarks
{
    private const int Count = 4096;
    private const int Resolution = 9;
    private readonly LatLng[] _points = new LatLng[Count];
    private readonly H3Index[] _cells = new H3Index[Count];
    private readonly LatLng[] _boundary = new LatLng[H3.MaxBoundaryVertices];
    private readonly H3Index[] _disk = new H3Index[19];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        for (var i = 0; i < Count; i++)
        {
            var lat = Math.Asin((2 * rng.NextDouble()) - 1) * 180 / Math.PI;
            var lng = (rng.NextDouble() * 360) - 180;
            _points[i] = new LatLng(lat, lng);
            _cells[i] = H3.LatLngToCell(_points[i], Resolution);
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public ulong LatLngToCell()
    {
        ulong acc = 0;
        foreach (var p in _points)
        {
            acc ^= H3.LatLngToCell(p, Resolution).Value;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double CellToLatLng()
    {
        double acc = 0;
        foreach (var c in _cells)
        {
            acc += H3.CellToLatLng(c).Lat;
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CellToBoundary()
    {
        var acc = 0;
        foreach (var c in _cells)
        {
            acc += H3.CellToBoundary(c, _boundary);
        }

        return acc;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int GridDiskK2()
    {
        var acc = 0;
        foreach (var c in _cells)
        {
            acc += H3.GridDisk(c, 2, _disk);
        }

        return acc;
    }
}
