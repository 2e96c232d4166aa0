using System.Collections.Concurrent;
using System.Diagnostics;
using Voisinage.Geo;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Bench.National;

/// <summary>Latencies of one step (ms), kept in a preallocated array.</summary>
public sealed class StepTimes(string name, int capacity)
{
    private readonly float[] _ms = new float[capacity];
    private int _count;

    public string Name { get; } = name;

    public int Count => Math.Min(_count, _ms.Length);

    public void Add(TimeSpan elapsed)
    {
        var i = Interlocked.Increment(ref _count) - 1;
        if (i < _ms.Length)
        {
            _ms[i] = (float)elapsed.TotalMilliseconds;
        }
    }

    public (double Mean, double P50, double P99) Summary()
    {
        var n = Count;
        if (n == 0)
        {
            return (0, 0, 0);
        }

        var sorted = _ms[..n];
        Array.Sort(sorted);
        return (sorted.Average(f => (double)f), sorted[n / 2], sorted[Math.Min(n - 1, (int)(n * 0.99))]);
    }
}

/// <summary>What onboarding measured.</summary>
public sealed record OnboardingResult(
    int Onboarded,
    TimeSpan Elapsed,
    double OverallPerSecond,
    double SteadyPerSecond,
    int Founded,
    int Joined,
    int Errors,
    IReadOnlyList<string> FoundedIds,
    IReadOnlyList<StepTimes> Steps,
    IReadOnlyList<string> SampleErrors);

/// <summary>
/// Onboards every resident as a front-end would, straight through the grains: set home, geolocation fixes until
/// verified, then (first resident of a block) look up the block's owner and the neighbourhoods around
/// (<see cref="INeighbourhoodDirectoryGrain"/>, the <c>neighbourhoodAt</c> / <c>nearbyNeighbourhoods</c> queries) and
/// join or found; the block's other residents join what it decided.
/// </summary>
public sealed class Onboarding(IGrainFactory grains, Plan plan, Func<int, string> residentId, int inFlight, TimeSpan maxTime)
{
    // Far enough to reach every block adjacent to the home's block (centres ~300 m apart, the home up to ~200 m off centre).
    private const double NearRadiusMeters = 700;
    private const double FixAccuracyMeters = 10;
    private const int MaxAttempts = 30;

    private readonly StepTimes _setHome = new("setHome", plan.Homes.Length);
    private readonly StepTimes _fix = new("submitLocationFix", plan.Homes.Length * 3);
    private readonly StepTimes _lookup = new("lookup (at + near)", plan.Blocks.Length * 2);
    private readonly StepTimes _found = new("foundNeighbourhood", plan.Blocks.Length * 2);
    private readonly StepTimes _join = new("joinNeighbourhood", plan.Homes.Length);
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentBag<string> _founded = [];
    private int _joined;
    private int _errorCount;

    public async Task<OnboardingResult> RunAsync(Action<int, TimeSpan> progress)
    {
        // finishedAt is filled in completion order, so only its first `scheduled` entries are set.
        var n = plan.Homes.Length;
        var finishedAt = new double[n];
        var done = 0;
        var slots = new SemaphoreSlim(inFlight);
        var decided = new Task<string?>[plan.Blocks.Length];
        var clock = Stopwatch.StartNew();
        using var reporter = new Timer(_ => progress(Volatile.Read(ref done), clock.Elapsed), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        async Task Resident(int index, Func<Task> work)
        {
            try
            {
                await work();
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref _errorCount);
                if (_errors.Count < 20)
                {
                    _errors.Enqueue($"{residentId(index)}: {e.GetType().Name}: {e.Message}");
                }
            }
            finally
            {
                finishedAt[Interlocked.Increment(ref done) - 1] = clock.Elapsed.TotalSeconds;
                slots.Release();
            }
        }

        var scheduled = 0;
        foreach (var block in plan.Blocks)
        {
            if (clock.Elapsed > maxTime)
            {
                // Time-boxed run: no new block; the residents already scheduled finish.
                break;
            }

            scheduled += block.Residents.Length;
            var lead = block.Residents[0];
            await slots.WaitAsync();
            var earlier = block.EarlierNeighbours.Select(o => decided[o]).ToArray();
            var decision = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            decided[block.Order] = decision.Task;
            _ = Resident(lead, async () =>
            {
                try
                {
                    await Verify(lead);

                    // Decide only once the earlier adjacent blocks have: the decision then depends on the plan's order only.
                    await Task.WhenAll(earlier);
                    decision.SetResult(await Decide(lead, block.Cell));
                }
                catch
                {
                    decision.TrySetResult(null);
                    throw;
                }
            });

            foreach (var other in block.Residents.Skip(1))
            {
                await slots.WaitAsync();
                _ = Resident(other, async () =>
                {
                    await Verify(other);
                    var owner = await decision.Task;
                    await (owner is null ? Decide(other, block.Cell) : JoinOrDecide(other, block.Cell, owner));
                });
            }
        }

        // Every slot back: every resident has finished.
        for (var i = 0; i < inFlight; i++)
        {
            await slots.WaitAsync();
        }

        clock.Stop();
        n = scheduled;
        finishedAt = finishedAt[..n];
        Array.Sort(finishedAt);
        var from = finishedAt[(int)(n * 0.1)];
        var to = finishedAt[Math.Max(0, (int)(n * 0.9) - 1)];
        var steady = to > from ? ((int)(n * 0.9) - (int)(n * 0.1)) / (to - from) : 0;
        return new OnboardingResult(
            n,
            clock.Elapsed,
            n / clock.Elapsed.TotalSeconds,
            steady,
            _founded.Count,
            _joined,
            _errorCount,
            [.. _founded],
            [_setHome, _fix, _lookup, _found, _join],
            [.. _errors]);
    }

    private IResidentVerificationGrain Verification(int index) => grains.GetGrain<IResidentVerificationGrain>(residentId(index));

    private IResidentMembershipGrain Membership(int index) => grains.GetGrain<IResidentMembershipGrain>(residentId(index));

    private async Task Verify(int index)
    {
        var home = plan.Homes[index];
        var resident = Verification(index);
        var t = Stopwatch.StartNew();
        await resident.SetHome(home.Lat, home.Lng);
        _setHome.Add(t.Elapsed);
        for (var i = 0; i < 10; i++)
        {
            t.Restart();
            var progress = await resident.SubmitLocationFix(home.Lat, home.Lng, FixAccuracyMeters);
            _fix.Add(t.Elapsed);
            if (progress.Verification.IsVerified)
            {
                return;
            }
        }

        throw new InvalidOperationException("Not verified after 10 fixes.");
    }

    /// <summary>The front-end path of a resident whose block nobody decided for: owner here, else an adjacent one, else found.</summary>
    private async Task<string> Decide(int index, H3Index block)
    {
        var home = plan.Homes[index];
        var directory = grains.GetGrain<INeighbourhoodDirectoryGrain>(0);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var t = Stopwatch.StartNew();
                var here = await directory.At(home.Lat, home.Lng);
                string? target = here?.Id;
                if (target is null)
                {
                    var near = await directory.Near(home.Lat, home.Lng, NearRadiusMeters);
                    target = near.FirstOrDefault(s => s.Cells.Any(c => H3.GridDistance(H3Index.Parse(c), block) == 1))?.Id;
                }

                _lookup.Add(t.Elapsed);
                t.Restart();
                if (target is null)
                {
                    var id = await Membership(index).FoundNeighbourhood($"Quartier {block}");
                    _found.Add(t.Elapsed);
                    _founded.Add(id);
                    return id;
                }

                await Membership(index).JoinNeighbourhood(target);
                _join.Add(t.Elapsed);
                Interlocked.Increment(ref _joined);
                return target;
            }
            catch (VoisinageException e) when (attempt < MaxAttempts && e.Code is ErrorCodes.Conflict or ErrorCodes.Forbidden or ErrorCodes.NotFound)
            {
                // A split or merge moved things meanwhile (or another founder won the block): look again.
                await Task.Delay(20 * (attempt + 1));
            }
        }
    }

    private async Task<string> JoinOrDecide(int index, H3Index block, string owner)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var t = Stopwatch.StartNew();
                await Membership(index).JoinNeighbourhood(owner);
                _join.Add(t.Elapsed);
                Interlocked.Increment(ref _joined);
                return owner;
            }
            catch (VoisinageException e) when (e.Code == ErrorCodes.Conflict && e.Message.Contains("reorganised", StringComparison.Ordinal) && attempt < MaxAttempts)
            {
                await Task.Delay(20 * (attempt + 1));
            }
            catch (VoisinageException e) when (e.Code is ErrorCodes.Conflict or ErrorCodes.Forbidden or ErrorCodes.NotFound)
            {
                // The block moved to another neighbourhood (a split): decide like a newcomer.
                return await Decide(index, block);
            }
        }
    }
}
