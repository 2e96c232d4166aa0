using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Geo.Tests")]
[assembly: InternalsVisibleTo("Geo.Benchmarks")]
