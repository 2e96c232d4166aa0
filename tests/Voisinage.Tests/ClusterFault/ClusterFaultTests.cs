using System.Diagnostics;
using System.Net;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Neighbourhoods;
using Xunit.Abstractions;

namespace Voisinage.Tests.ClusterFault;

/// <summary>
/// Real processes in PostgreSQL mode: SIGKILLed silos and a PostgreSQL restart lose nothing the API confirmed;
/// SIGTERM drops no request; readiness follows the cluster. The long form is bench/Cluster.Fault.
/// </summary>
[Collection(FaultClusterCollection.Name)]
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class ClusterFaultTests(FaultClusterFixture fixture, ITestOutputHelper output)
{
    private FaultCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task Killed_silos_and_a_postgres_restart_lose_nothing_confirmed_and_subscribers_get_every_alert_once()
    {
        await fixture.EnsureAllRunning();
        await using var scenario = new FaultScenario(
            Cluster,
            new FaultOptions(Duration: TimeSpan.FromSeconds(45), Residents: 50, SiloKills: 2, KillPeriod: TimeSpan.FromSeconds(10)),
            output.WriteLine);
        var report = await scenario.RunAsync(async (grains, blocks, residents) => (await InvariantChecker.Check(grains, blocks, residents)).Violations);
        output.WriteLine(report.ToString());
        Assert.True(report.Violations.Count == 0, report + Cluster.Tails());
        Assert.True(report.Members >= 40, $"too few residents got through: {report}{Cluster.Tails()}");
        Assert.True(report.Alerts > 0 && report.Listings > 0 && report.Posts > 0, report.ToString());
        Assert.True(report.Reconnections > 0, "no subscriber had to reconnect: " + report);
    }

    [Fact]
    public async Task A_front_end_is_not_ready_without_a_silo_and_ready_again_when_one_is_back()
    {
        await fixture.EnsureAllRunning();
        var api = Cluster.FrontEnds[0];
        Assert.Equal(HttpStatusCode.OK, await FaultCluster.ReadyStatusAsync(api));

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Cluster.Silos.Select(FaultCluster.KillAsync));
        while (await FaultCluster.ReadyStatusAsync(api) == HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "still ready 10 s after every silo died");
            await Task.Delay(100);
        }

        var notReadyAfter = clock.Elapsed;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await FaultCluster.ReadyStatusAsync(api));
        Assert.Equal(HttpStatusCode.OK, await FaultCluster.ReadyStatusAsync(api, "/health/live"));

        clock.Restart();
        await Cluster.StartAsync(Cluster.Silos[0]);
        await FaultCluster.WaitReadyAsync(api, TimeSpan.FromSeconds(60));
        output.WriteLine($"not ready {notReadyAfter.TotalSeconds:0.0} s after the kills; ready {clock.Elapsed.TotalSeconds:0.0} s after a silo restart began");
    }

    [Fact]
    public async Task Sigterm_to_a_silo_fails_no_request_and_sigterm_to_a_front_end_completes_every_accepted_request()
    {
        await fixture.EnsureAllRunning();
        using var http = new GraphQLHttp(TimeSpan.FromSeconds(30), connectionPerRequest: true);

        // A silo leaves gracefully under a steady stream through both front-ends: not one request may fail.
        var silo = Cluster.Silos[1];
        using var stream = new RequestStream(http, [.. Cluster.FrontEnds.Select(f => f.BaseAddress)]);
        await stream.WarmUp();
        var running = stream.Run(workers: 6);
        await stream.Completed(20);
        Assert.True(await FaultCluster.TerminateAsync(silo, TimeSpan.FromSeconds(40)), $"{silo.Name} did not stop on SIGTERM:\n{silo.Process!.Tail()}");
        output.WriteLine($"{silo.Name} exited with {silo.Process!.ExitCode}");
        await stream.Completed(stream.Successes + 40);
        stream.Stop();
        await running;
        output.WriteLine($"silo SIGTERM: {stream.Successes} requests ok, {stream.Failures.Count} failed");
        Assert.True(stream.Failures.Count == 0, string.Join('\n', stream.Failures.Take(20)) + Cluster.Tails());
        Assert.Equal(0, silo.Process!.ExitCode);

        // A front-end stops: whatever it accepted completes; afterwards connections are refused.
        var api = Cluster.FrontEnds[1];
        using var toOne = new RequestStream(http, [api.BaseAddress]);
        await toOne.WarmUp();
        var runningOne = toOne.Run(workers: 6);
        await toOne.Completed(20);
        toOne.MarkSignal();
        Assert.True(await FaultCluster.TerminateAsync(api, TimeSpan.FromSeconds(40)), $"{api.Name} did not stop on SIGTERM:\n{api.Process!.Tail()}");
        await toOne.Refused(10);
        toOne.Stop();
        await runningOne;
        output.WriteLine($"front-end SIGTERM: {toOne.Successes} requests ok, {toOne.RefusedCount} refused after the signal, {toOne.Failures.Count} failed");
        Assert.True(toOne.Failures.Count == 0, string.Join('\n', toOne.Failures.Take(20)) + Cluster.Tails());
        Assert.Equal(0, api.Process!.ExitCode);
        await fixture.EnsureAllRunning();
    }

    /// <summary>Workers that register residents and read them back, round-robin over front-ends, counting every outcome.</summary>
    private sealed class RequestStream(GraphQLHttp http, IReadOnlyList<Uri> frontEnds) : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private int _successes;
        private int _refused;
        private int _next;
        private long _signalledAt = long.MaxValue;

        public int Successes => Volatile.Read(ref _successes);

        public int RefusedCount => Volatile.Read(ref _refused);

        public List<string> Failures { get; } = [];

        /// <summary>One request through each front-end first, so the stream starts on a warm cluster.</summary>
        public async Task WarmUp()
        {
            foreach (var f in frontEnds)
            {
                var r = await http.Call(f, "{ me { id } }");
                Assert.True(r.Outcome == Outcome.Refused && r.Code == "UNAUTHENTICATED", r.Detail);
            }
        }

        // Even when an assertion fails midway, the workers stop on their own.
        public Task Run(int workers)
        {
            _stop.CancelAfter(TimeSpan.FromMinutes(3));
            return RunWorkers(workers);
        }

        private Task RunWorkers(int workers) => Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Worker)));

        public void Stop() => _stop.Cancel();

        public void Dispose() => _stop.Dispose();

        /// <summary>
        /// The front-end is about to get SIGTERM: a request started from now on that fails before any response (connection
        /// refused, or reset while Kestrel closes connections it had not started reading) was never accepted — a load
        /// balancer would have moved it. Requests started before must still complete.
        /// </summary>
        public void MarkSignal() => Interlocked.Exchange(ref _signalledAt, System.Diagnostics.Stopwatch.GetTimestamp());

        public async Task Completed(int successes)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (Successes < successes)
            {
                Assert.True(DateTime.UtcNow < deadline, $"only {Successes} of {successes} requests succeeded: {string.Join('\n', Failures.Take(5))}");
                await Task.Delay(50);
            }
        }

        public async Task Refused(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (RefusedCount < count)
            {
                Assert.True(DateTime.UtcNow < deadline, "the stopped front-end still accepts connections");
                await Task.Delay(20);
            }
        }

        private async Task Worker()
        {
            while (!_stop.IsCancellationRequested)
            {
                var frontEnd = frontEnds[Interlocked.Increment(ref _next) % frontEnds.Count];
                var (pseudo, email) = TestSettings.NewIdentity("sig");
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var registered = await http.Call(frontEnd, "mutation($i: RegisterInput!) { register(input: $i) { token } }", new { i = new { pseudo, email, password = "a long password" } });
                if (!Record(registered, "register", started))
                {
                    // Pacing: a refused connection comes back at once.
                    await Task.Delay(20);
                    continue;
                }

                var token = registered["register"]!["token"]!.GetValue<string>();
                started = System.Diagnostics.Stopwatch.GetTimestamp();
                Record(await http.Call(frontEnd, "{ me { id pseudo } }", token: token), "me", started);
            }
        }

        private bool Record(CallResult r, string what, long started)
        {
            if (r.Outcome == Outcome.Ok)
            {
                Interlocked.Increment(ref _successes);
                return true;
            }

            var notAccepted = r.Outcome == Outcome.Unknown && r.Data is null && r.Detail.StartsWith(nameof(HttpRequestException), StringComparison.Ordinal)
                && started >= Interlocked.Read(ref _signalledAt);
            if (r.ConnectionRefused || notAccepted)
            {
                Interlocked.Increment(ref _refused);
                return false;
            }

            lock (Failures)
            {
                Failures.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {what}: {r.Outcome} {r.Code} {r.Detail}");
            }

            return false;
        }
    }
}
