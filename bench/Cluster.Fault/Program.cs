using Voisinage.Bench.Shared;
using Voisinage.ClusterFault;
using Voisinage.Tests.Neighbourhoods;

// Usage: Cluster.Fault [--duration 600] [--residents 300] [--kill-period 30] [--kills N] [--no-postgres-restart]
var arguments = Args.Parse(args);
var duration = TimeSpan.FromSeconds(arguments.Int("duration", 600));
var killPeriod = TimeSpan.FromSeconds(arguments.Int("kill-period", 30));
var kills = arguments.Int("kills", (int)Math.Max(1, (duration.TotalSeconds / killPeriod.TotalSeconds) - 1));
var options = new FaultOptions(duration, arguments.Int("residents", 300), kills, killPeriod, !arguments.Has("no-postgres-restart"));

Console.WriteLine($"starting PostgreSQL, 3 silos, 2 front-ends; {options}");
await using var cluster = await FaultCluster.StartAsync(silos: 3, frontEnds: 2);
Console.WriteLine($"logs in {cluster.WorkDirectory}");
await using var scenario = new FaultScenario(cluster, options, Console.WriteLine);
var report = await scenario.RunAsync(async (grains, blocks, residents) => (await InvariantChecker.Check(grains, blocks, residents)).Violations);
Console.WriteLine(report);
if (report.Violations.Count > 0)
{
    Console.WriteLine(cluster.Tails());
}

return report.Violations.Count == 0 ? 0 : 1;
