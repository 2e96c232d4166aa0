using System.Collections.Concurrent;
using System.Diagnostics;
using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;
using Xunit.Abstractions;

namespace Voisinage.Tests.Neighbourhoods;

/// <summary>
/// The randomized proof of SPEC §4: verified residents over a patch of adjacent blocks found, join, leave, propose
/// and accept merges, trigger splits and automatic merges, all at once on three silos, while storage writes fail at
/// random and silos are killed and replaced. Then every grain is read and each invariant checked. The size of the
/// run comes from <c>VOISINAGE_CHAOS_RESIDENTS</c>, <c>VOISINAGE_CHAOS_OPERATIONS</c>, <c>VOISINAGE_CHAOS_RADIUS</c>, <c>VOISINAGE_CHAOS_KILL_EVERY</c> (defaults keep the suite short).
/// </summary>
[Collection(ChaosClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
[Trait(Category.Name, Category.Fault)]
public sealed class NeighbourhoodChaosTests(ChaosClusterFixture fixture, ITestOutputHelper output)
{
    private enum Expect
    {
        Unknown,
        Member,
        Outside,
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Fact]
    public async Task Concurrent_changes_with_silo_kills_and_failing_writes_keep_every_invariant()
    {
        var residentCount = Setting("VOISINAGE_CHAOS_RESIDENTS", 240);
        var operationCount = Setting("VOISINAGE_CHAOS_OPERATIONS", 3000);
        var killEvery = Setting("VOISINAGE_CHAOS_KILL_EVERY", 600);
        const int Workers = 16;
        var grains = fixture.Grains;
        var random = new Random(20261123);

        // A patch of adjacent blocks (a disk of radius 3: 37 blocks) and residents spread over it.
        var blocks = H3.GridDisk(NeighbourhoodChangeTests.Block(20_000, 5_000), Setting("VOISINAGE_CHAOS_RADIUS", 3)).Select(b => b.ToString()).ToArray();
        var residents = new List<(IResidentAccountGrain Grain, string Block)>();
        var setup = Stopwatch.StartNew();
        for (var i = 0; i < residentCount; i++)
        {
            var block = blocks[random.Next(blocks.Length)];
            var grain = await NeighbourhoodChangeTests.VerifiedByPostcard(grains, NeighbourhoodChangeTests.Home(H3Index.Parse(block)));
            residents.Add((grain, block));
        }

        output.WriteLine($"{residentCount} verified residents over {blocks.Length} blocks in {setup.Elapsed.TotalSeconds:0.0} s");

        var expectations = new Expect[residentCount];
        Array.Fill(expectations, Expect.Outside);
        var outcomes = new ConcurrentDictionary<string, int>();
        var done = 0;
        var kills = 0;
        var chaos = Stopwatch.StartNew();
        SharedStorage.FailureRate = 0.02;
        var failuresBefore = SharedStorage.InjectedFailures;
        try
        {
            using var killNow = new SemaphoreSlim(0);
            var finished = new CancellationTokenSource();
            // The killer's own generator: it runs beside the workers, which draw from theirs.
            var victimChoice = new Random(20261206);
            var killer = Task.Run(async () =>
            {
                while (true)
                {
                    try
                    {
                        await killNow.WaitAsync(finished.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    // The primary silo holds the test cluster's membership: the others die and are replaced.
                    var victims = fixture.Cluster.GetActiveSilos().Where(s => s != fixture.Cluster.Primary).ToList();
                    if (victims.Count > 0)
                    {
                        await fixture.Cluster.KillSiloAsync(victims[victimChoice.Next(victims.Count)]);
                        await fixture.Cluster.StartAdditionalSiloAsync();
                        Interlocked.Increment(ref kills);
                    }
                }
            });

            // Each worker owns a slice of residents, so one resident's operations never overlap and the last
            // successful one says whether they must be a member.
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
            {
                var rng = new Random(1000 + w);
                var mine = Enumerable.Range(0, residentCount).Where(i => i % Workers == w).ToArray();
                while (true)
                {
                    var n = Interlocked.Increment(ref done);
                    if (n > operationCount)
                    {
                        return;
                    }

                    if (n % killEvery == 0)
                    {
                        killNow.Release();
                    }

                    var index = mine[rng.Next(mine.Length)];
                    var (op, outcome) = await Step(grains, blocks, residents[index].Grain, residents[index].Block, rng, expectations[index]);
                    expectations[index] = outcome;
                    outcomes.AddOrUpdate(op, 1, (_, c) => c + 1);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            finished.Cancel();
            await killer;
        }
        finally
        {
            SharedStorage.FailureRate = 0;
        }

        var injected = SharedStorage.InjectedFailures - failuresBefore;
        output.WriteLine($"{operationCount} operations in {chaos.Elapsed.TotalSeconds:0.0} s, {kills} silos killed, {injected} storage failures injected");
        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));

        // Readers settle whatever the failures interrupted (that is the protocol: whoever meets a busy id rolls it on).
        // The last silo killed may not be declared dead yet: a read routed to it is retried until membership catches up.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var block in blocks)
            {
                await OnceReachable(() => grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Find(block));
            }

            foreach (var (grain, _) in residents)
            {
                await OnceReachable(grain.AsMembership().GetNeighbourhoodId);
            }
        }

        var homes = residents.ToDictionary(r => r.Grain.Id(), r => r.Block);
        var report = await InvariantChecker.Check(grains, blocks, homes);
        var violations = report.Violations.ToList();
        for (var i = 0; i < residentCount; i++)
        {
            var id = residents[i].Grain.Id();
            if (expectations[i] == Expect.Member && !report.MemberOf.ContainsKey(id))
            {
                violations.Add($"resident {id} joined and never left, but belongs nowhere (lost)");
            }
            else if (expectations[i] == Expect.Outside && report.MemberOf.ContainsKey(id))
            {
                violations.Add($"resident {id} left, but is a member of {report.MemberOf[id]}");
            }
        }

        var splits = 0;
        foreach (var block in blocks)
        {
            splits += (await grains.GetGrain<INeighbourhoodGrain>(block).GetSnapshot()).SplitCount;
        }

        output.WriteLine($"{splits} splits; above MaxMembers at the end (members/blocks): {string.Join(" ", report.Live.Values.Where(n => n.Members.Count > ChaosClusterFixture.MaxMembers).Select(n => $"{n.Members.Count}/{n.Cells.Count}"))}");
        var lost = Enumerable.Range(0, residentCount).Count(i => expectations[i] == Expect.Member && !report.MemberOf.ContainsKey(residents[i].Grain.Id()));
        output.WriteLine($"end: {report.Live.Count} neighbourhoods, sizes {string.Join(" ", report.Live.Values.Select(n => n.Members.Count).OrderDescending())}, {report.MemberOf.Count} members");
        foreach (var violation in violations)
        {
            output.WriteLine("violation: " + violation);
        }

        Assert.Equal(0, lost);
        Assert.Empty(violations);
        Assert.True(outcomes.GetValueOrDefault("merge:ok") + outcomes.GetValueOrDefault("auto-merge:ok") > 0, "no merge happened");
        Assert.True(splits > 0, "no split happened");
        Assert.True(report.Live.Count > 1);
        Assert.True(kills > 0 || operationCount < killEvery);
    }

    /// <summary>One random operation by a resident; returns its label and what it implies about their membership.</summary>
    private static async Task<(string Op, Expect Outcome)> Step(IGrainFactory grains, string[] blocks, IResidentAccountGrain resident, string block, Random rng, Expect before)
    {
        var roll = rng.Next(100);
        var op = roll switch
        {
            < 40 => "join",
            < 55 => "leave",
            < 70 => "propose",
            < 85 => "accept",
            < 92 => "size-check",
            < 95 => "name-lead",
            _ => "read",
        };
        try
        {
            switch (op)
            {
                case "join":
                    var owner = await grains.GetGrain<IBlockCellGrain>(block).GetOwner();
                    var target = owner ?? await NeighbourOf(grains, block, rng);
                    if (target is null)
                    {
                        op = "found";
                        await resident.AsMembership().FoundNeighbourhood("Quartier " + block[^6..]);
                    }
                    else
                    {
                        await resident.AsMembership().JoinNeighbourhood(target);
                    }

                    return ($"{op}:ok", Expect.Member);
                case "leave":
                    await resident.AsMembership().LeaveNeighbourhood();
                    return ("leave:ok", Expect.Outside);
                case "propose":
                    var mine = await resident.AsMembership().GetNeighbourhoodId();
                    var other = await NeighbourOfNeighbourhood(grains, mine, rng);
                    if (other is null)
                    {
                        return ("propose:none", before);
                    }

                    await resident.AsMembership().ProposeMerge(other);
                    return ("propose:ok", before);
                case "accept":
                    var home = await resident.AsMembership().GetNeighbourhoodId();
                    if (home is null)
                    {
                        return ("accept:none", before);
                    }

                    var details = await grains.GetGrain<INeighbourhoodGrain>(home).GetDetails(resident.Id());
                    var received = details.Proposals.Where(p => p.ToId == home).ToList();
                    if (received.Count == 0)
                    {
                        return ("accept:none", before);
                    }

                    await resident.AsMembership().AcceptMerge(received[rng.Next(received.Count)].Id);
                    return ("merge:ok", before);
                case "size-check":
                    // What the daily reminder does, on any neighbourhood of the patch.
                    var id = await grains.GetGrain<IBlockCellGrain>(blocks[rng.Next(blocks.Length)]).GetOwner();
                    if (id is null)
                    {
                        return ("size-check:none", before);
                    }

                    var survivorBefore = await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(id);
                    await grains.GetGrain<INeighbourhoodGrain>(id).CheckSize();
                    return (await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Resolve(id) != survivorBefore ? "auto-merge:ok" : "size-check:ok", before);
                case "name-lead":
                    var n = await resident.AsMembership().GetNeighbourhoodId();
                    if (n is null)
                    {
                        return ("name-lead:none", before);
                    }

                    var members = (await grains.GetGrain<INeighbourhoodGrain>(n).GetSnapshot()).Members.Keys.ToList();
                    await resident.AsMembership().NameLead(n, members[rng.Next(members.Count)]);
                    return ("name-lead:ok", before);
                default:
                    if (await resident.AsMembership().GetNeighbourhoodId() is { } current)
                    {
                        await grains.GetGrain<INeighbourhoodDirectoryGrain>(0).Find(current);
                    }

                    return ("read:ok", before);
            }
        }
        catch (VoisinageException e)
        {
            // A refusal changes nothing: what was true before still is.
            return ($"{op}:{e.Code}", before);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            // A timeout, a killed silo, a failed write: the operation may or may not have happened.
            var changesMembership = op is "join" or "found" or "leave";
            return ($"{op}:{e.GetType().Name}", changesMembership ? Expect.Unknown : before);
        }
    }

    private static async Task<string?> NeighbourOf(IGrainFactory grains, string block, Random rng)
    {
        var around = H3.GridDisk(H3Index.Parse(block), 1).Skip(1).OrderBy(_ => rng.Next()).ToList();
        foreach (var cell in around)
        {
            if (await grains.GetGrain<IBlockCellGrain>(cell.ToString()).GetOwner() is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    private static async Task<string?> NeighbourOfNeighbourhood(IGrainFactory grains, string? id, Random rng)
    {
        if (id is null || await grains.GetGrain<INeighbourhoodFormationGrain>(id).PeekSummary() is not { } summary)
        {
            return null;
        }

        var cell = summary.Cells[rng.Next(summary.Cells.Count)];
        var owner = await NeighbourOf(grains, cell, rng);
        return owner is null || owner == id ? null : owner;
    }

    /// <summary>
    /// Runs a read, again while it fails only because a killed silo is still thought alive (60 s at most). That shows as
    /// a rejection, an unavailable silo, a timeout, or (on a loaded machine) a message that expired while its placement
    /// waited on the dead silo's directory partition: Orleans cancels it ("Message expired before placement could
    /// complete"), an <see cref="OperationCanceledException"/>.
    /// </summary>
    private static async Task<T> OnceReachable<T>(Func<Task<T>> read)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await read();
            }
            catch (Exception e) when (e is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException or OperationCanceledException && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(500);
            }
        }
    }
}
