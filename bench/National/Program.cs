using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Voisinage.Bench.National;
using Voisinage.Bench.Shared;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Security;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = Args.Parse(args);
var model = new ModelOptions
{
    Seed = options.Int("seed", 2026),
    MeanSettlementSize = options.Double("mean-size", new ModelOptions().MeanSettlementSize),
    SettlementSpreadMeters = options.Double("spread", new ModelOptions().SettlementSpreadMeters),
    CityDensityPerKm2 = options.Double("city-density", new ModelOptions().CityDensityPerKm2),
};
var n = options.Int("residents", 10_000);
var silos = options.Int("silos", 1);
var inFlight = options.Int("in-flight", 2000);
var dataDirectory = options.String("data", Path.Combine(AppContext.BaseDirectory, "data"));
var report = new StringBuilder();
void Say(string line)
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

// CPU seconds used so far by the silo processes and by PostgreSQL (every postgres process, with the children it reaped):
// work per resident that does not depend on how much of the machine other processes leave.
static (double Silos, double Postgres) Cpu(IReadOnlyList<int> siloPids)
{
    static bool IsPostgres(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    var silos = siloPids.Sum(p => Machine.CpuSeconds(p) ?? 0);
    var postgres = Directory.EnumerateDirectories("/proc")
        .Select(d => Path.GetFileName(d)!)
        .Where(d => d.All(char.IsAsciiDigit) && IsPostgres(d))
        .Sum(d => Machine.CpuSeconds(int.Parse(d, CultureInfo.InvariantCulture), withReapedChildren: true) ?? 0);
    return (silos, postgres);
}

static string CpuPer((double Silos, double Postgres) before, (double Silos, double Postgres) after, long count) =>
    $"CPU per resident: silos {(after.Silos - before.Silos) * 1000 / Math.Max(1, count):0.00} ms, PostgreSQL {(after.Postgres - before.Postgres) * 1000 / Math.Max(1, count):0.00} ms";

// 1. The synthetic France.
var clock = Stopwatch.StartNew();
var france = France.Load(dataDirectory);
var homes = france.DrawHomes(n, model);
var plan = Plan.Build(homes, model.Seed);
var simulation = plan.Simulate(maxMembers: 2000);
Say($"## National bench: {n:N0} residents, {(options.Has("model-only") ? "model only" : $"{silos} silo(s)")}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Say("");
Say($"- model: {france.Departements.Count} départements, population {france.Population:N0}; seed {model.Seed}, mean settlement {model.MeanSettlementSize}, spread {model.SettlementSpreadMeters} m, city density {model.CityDensityPerKm2}/km²");
Say($"- homes: {homes.Length:N0} ({homes.Count(h => h.InCity) * 100.0 / homes.Length:0.0}% in main cities) in {plan.Blocks.Length:N0} blocks; drawn in {clock.Elapsed.TotalSeconds:0.0} s");
Say($"- rules applied in plan order (no cluster): {simulation.Neighbourhoods:N0} neighbourhoods, members median {simulation.MedianMembers} mean {simulation.MeanMembers:0.0} max {simulation.MaxMembers}; {simulation.Small:N0} under 3 members, {simulation.OverMax} over 2,000 (would split)");
if (options.Has("model-only"))
{
    return 0;
}

// 2. The cluster: fresh database, migrate, real silo processes, a client.
var admin = options.String("postgres", "Host=127.0.0.1;Port=5432;Username=voisinage;Password=voisinage;Database=postgres");
var database = options.String("db", $"voisinage_national_{n}_{silos}");
var siloDll = Path.GetFullPath(options.String("silo-dll", "Silo/bin/Release/net10.0/Voisinage.Silo.dll"));
var logs = Directory.CreateDirectory(options.String("logs", Path.Combine(Path.GetTempPath(), $"national-{database}"))).FullName;
var poolPerSilo = options.Int("pool", Math.Max(8, 16 / silos));
string[] siloSettings =
[
    // Bulk settings: geolocation verifies in one day; Argon2 cheap (its production cost is measured apart below).
    "--Voisinage:Verification:FixDistinctDaysNeeded=1",
    "--Voisinage:PasswordHashing:MemoryKiB=1024",
    "--Voisinage:PasswordHashing:Iterations=1",
    .. options.All("silo-setting").Select(s => "--" + s),
];
Say($"- database {database}; silos {silos}, Npgsql pool {poolPerSilo}/silo {options.String("npgsql", "")}; in flight {inFlight}; silo settings: {string.Join(' ', siloSettings)}");
var cluster = await BenchCluster.CreateAsync(admin, database, siloDll, logs, siloSettings, silos, poolPerSilo, options.String("npgsql", ""));
try
{
    var grains = cluster.Client;
    var runTag = (uint)model.Seed;
    string ResidentId(int i) => $"{runTag:x8}{i:x24}";

    // 3. Password hashing cost, apart: hashes/s in this process on all cores, production vs bulk settings.
    var hashing = new StringBuilder();
    foreach (var (label, o, count) in new[]
    {
        ("production (19 MiB, t=2)", new PasswordHashingOptions(), options.Int("hash-sample", 40)),
        ("bulk (1 MiB, t=1)", new PasswordHashingOptions { MemoryKiB = 1024, Iterations = 1 }, options.Int("hash-sample", 40) * 20),
    })
    {
        var hasher = new PasswordHasher(Options.Create(o));
        var t = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => hasher.Hash($"password-{i}"));
        hashing.Append(CultureInfo.InvariantCulture, $"{label}: {count / t.Elapsed.TotalSeconds:N0} hashes/s; ");
    }

    Say($"- password hashing on {Environment.ProcessorCount} cores: {hashing}");

    // Registration through the grains (AccountsGrain → account, pseudo and resident grains) with the bulk hashing.
    var registerSample = options.Int("register-sample", 2000);
    if (registerSample > 0)
    {
        var accounts = grains.GetGrain<IAccountsGrain>(0);
        var t = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, registerSample), new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (i, _) =>
            await accounts.Register(new Registration($"acct{i}", $"acct{i}@national.bench", "correct horse battery")));
        Say($"- registerAccount through the grains (bulk hashing), {registerSample:N0} accounts: {registerSample / t.Elapsed.TotalSeconds:N0} accounts/s");
    }

    var m0 = await cluster.SampleMemoryAsync();
    Say($"- before: GC heap {Mb(m0.GcHeapBytes)}, working set {Mb(m0.WorkingSetBytes)}, {m0.Activations:N0} activations; load {Machine.LoadAverage()}");

    // 4. Residents created beforehand as registration creates them (IResidentAccountGrain.Create), without the account and
    // pseudo grains and the hash, which the sample above measured.
    var cpuBeforeCreation = Cpu(cluster.SiloProcessIds);
    var created = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, _) =>
        await grains.GetGrain<IResidentAccountGrain>(ResidentId(i)).Create($"r{i}", $"r{i}@national.bench"));
    Say($"- residents created (IResidentAccountGrain.Create): {n / created.Elapsed.TotalSeconds:N0}/s ({created.Elapsed.TotalSeconds:0} s); {CpuPer(cpuBeforeCreation, Cpu(cluster.SiloProcessIds), n)}; load {Machine.LoadAverage()}");
    var m1 = await cluster.SampleMemoryAsync();
    Say($"- after creation: GC heap {Mb(m1.GcHeapBytes)}, working set {Mb(m1.WorkingSetBytes)}, {m1.Activations:N0} activations");
    if (options.Int("hold-after-creation", 0) is > 0 and var hold)
    {
        // Time to look inside the silos with an outside tool (a heap census) while they hold only the created residents.
        Say($"- holding {hold} s; silo processes {string.Join(", ", cluster.SiloProcessIds)}");
        await Task.Delay(TimeSpan.FromSeconds(hold));
    }

    // 5. Onboarding.
    Say($"- onboarding starts; load {Machine.LoadAverage()}");
    var writesBeforeOnboarding = await cluster.StorageWritesAsync();
    var cpuBeforeOnboarding = Cpu(cluster.SiloProcessIds);
    var onboarding = new Onboarding(grains, plan, ResidentId, inFlight, TimeSpan.FromSeconds(options.Int("max-seconds", int.MaxValue / 2)));
    var result = await onboarding.RunAsync((done, elapsed) =>
        Console.WriteLine($"  {elapsed.TotalSeconds,6:0} s  {done,9:N0} onboarded  {done / elapsed.TotalSeconds,7:N0}/s  load {Machine.LoadAverage()}"));
    var loadAfter = Machine.LoadAverage();
    var onboarded = result.Onboarded;
    var cpuOnboarding = CpuPer(cpuBeforeOnboarding, Cpu(cluster.SiloProcessIds), onboarded);
    Say($"- onboarded {onboarded:N0}{(onboarded < n ? $" of {n:N0} (time-boxed)" : "")} in {result.Elapsed.TotalSeconds:0.0} s: overall {result.OverallPerSecond:N0}/s, steady (10%–90%) {result.SteadyPerSecond:N0}/s; founded {result.Founded:N0}, joined {result.Joined:N0}, errors {result.Errors}; {cpuOnboarding}; load {loadAfter}");
    foreach (var e in result.SampleErrors)
    {
        Say($"  - error: {e}");
    }

    foreach (var step in result.Steps)
    {
        var (mean, p50, p99) = step.Summary();
        Say($"  - {step.Name,-20} {step.Count,9:N0} calls  mean {mean,7:0.0} ms  p50 {p50,7:0.0} ms  p99 {p99,7:0.0} ms");
    }

    // What onboarding cost the store: writes (row versions) and activations (each one storage read for a grain with state), per resident.
    var writesAfterOnboarding = await cluster.StorageWritesAsync();
    var writes = writesAfterOnboarding.Select(kv => (Type: kv.Key, Count: kv.Value - writesBeforeOnboarding.GetValueOrDefault(kv.Key))).Where(w => w.Count > 0).OrderByDescending(w => w.Count).ToList();
    Say($"  - storage writes per resident onboarded: {writes.Sum(w => w.Count) / (double)Math.Max(1, onboarded):0.000} ({string.Join(", ", writes.Select(w => $"{w.Type} {w.Count / (double)Math.Max(1, onboarded):0.000}"))})");
    var m2 = await cluster.SampleMemoryAsync();
    var activated = m2.ActivationsByType.Select(kv => (Type: kv.Key, Count: kv.Value - m1.ActivationsByType.GetValueOrDefault(kv.Key))).Where(a => a.Count > 0).OrderByDescending(a => a.Count).ToList();
    Say($"  - grain activations per resident onboarded: {activated.Sum(a => a.Count) / (double)Math.Max(1, onboarded):0.000} ({string.Join(", ", activated.Select(a => $"{a.Type} {a.Count / (double)Math.Max(1, onboarded):0.000}"))})");
    Say($"- after onboarding: GC heap {Mb(m2.GcHeapBytes)}, working set {Mb(m2.WorkingSetBytes)}, {m2.Activations:N0} activations");
    Say($"  - activations by grain type: {string.Join(", ", m2.ActivationsByType.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:N0}"))}");

    // 6. Neighbourhoods as the grains see them, and state sizes with the Orleans serializer.
    var serializer = cluster.Services.GetRequiredService<Serializer>();
    long members = 0, cells = 0, splits = 0, stateBytes = 0;
    var snapshots = 0;
    await Parallel.ForEachAsync(result.FoundedIds, new ParallelOptions { MaxDegreeOfParallelism = 200 }, async (id, _) =>
    {
        var s = await grains.GetGrain<INeighbourhoodGrain>(id).GetSnapshot();
        var state = new NeighbourhoodState
        {
            Name = s.Name,
            FoundedAt = DateTimeOffset.UtcNow,
            Cells = [.. s.Cells],
            Members = new Dictionary<string, string>(s.Members),
            Leads = [.. s.Leads],
        };
        Interlocked.Add(ref members, s.Members.Count);
        Interlocked.Add(ref cells, s.Cells.Count);
        Interlocked.Add(ref splits, s.SplitCount);
        Interlocked.Add(ref stateBytes, serializer.SerializeToArray(state).Length);
        Interlocked.Increment(ref snapshots);
    });
    var now = DateTimeOffset.UtcNow;
    var createdState = new ResidentState { Pseudo = "r123456", Email = "r123456@national.bench", CreatedAt = now };
    var onboardedState = createdState with
    {
        HomeCell = "8a1fb46622dffff",
        Verification = new Verification(VerificationStatus.Verified, VerificationMethod.Geolocation, now),
        CountingFixes = [now, now, now],
    };
    var createdBytes = serializer.SerializeToArray(createdState).Length;
    var residentBytes = serializer.SerializeToArray(onboardedState).Length;
    var neighbourhoods = result.FoundedIds.Count + (int)splits;
    Say($"- neighbourhoods: {neighbourhoods:N0} ({result.FoundedIds.Count:N0} founded, {splits} splits), {members:N0} members in the founded ones, {cells:N0} blocks; mean {members / (double)Math.Max(1, snapshots):0.0} members");
    Say($"- state sizes (Orleans serializer): resident created {createdBytes} B, onboarded {residentBytes} B; neighbourhood mean {stateBytes / (double)Math.Max(1, snapshots):0} B");

    // Idle activations are collected after 15 min by default: divide by the residents still active, not by N.
    var activeResidents = (double)Math.Max(1, m2.ActivationsByType.GetValueOrDefault("ResidentGrain", n) - m0.ActivationsByType.GetValueOrDefault("ResidentGrain", 0));
    var perResidentHeap = (m2.GcHeapBytes - m0.GcHeapBytes) / activeResidents;
    var perResidentWs = (m2.WorkingSetBytes - m0.WorkingSetBytes) / activeResidents;
    var residentActivationHeap = (m1.GcHeapBytes - m0.GcHeapBytes) / (double)n;
    var perNeighbourhoodHeap = (m2.GcHeapBytes - m1.GcHeapBytes - (onboarded * (double)(residentBytes - createdBytes))) / Math.Max(1, neighbourhoods);
    Say($"- memory per active resident (after onboarding − before, / {activeResidents:N0} active residents): GC heap {perResidentHeap:N0} B ({perResidentHeap - residentBytes:N0} B beyond its {residentBytes} B state), working set {perResidentWs:N0} B");
    Say($"  - resident activation alone (after creation − before): {residentActivationHeap:N0} B heap ({residentActivationHeap - createdBytes:N0} B beyond its {createdBytes} B state)");
    Say($"  - per neighbourhood, with its blocks, area indexes and alert channel (after onboarding − after creation − residents' state growth): {perNeighbourhoodHeap:N0} B heap (state {stateBytes / (double)Math.Max(1, snapshots):N0} B)");

    // 7. PostgreSQL.
    var sizes = await cluster.StorageSizesAsync();
    Say($"- PostgreSQL: orleansstorage {Mb(sizes.StorageTableBytes)} ({sizes.StorageRows:N0} rows, payloads {Mb(sizes.PayloadBytes)}) = {sizes.StorageTableBytes / (double)n:N0} B/resident; reminders {Mb(sizes.RemindersTableBytes)}; database {Mb(sizes.DatabaseBytes)} = {sizes.DatabaseBytes / (double)n:N0} B/resident");
    Say($"  - rows by grain type: {string.Join(", ", sizes.ByGrainType.Select(kv => $"{kv.Key.Split('.', ',')[^1]} {kv.Value.Rows:N0} rows {kv.Value.Bytes / (double)Math.Max(1, kv.Value.Rows):N0} B"))}");
    Say($"- load at end {Machine.LoadAverage()}");
    if (options.Has("drop"))
    {
        await cluster.DropDatabaseAsync();
        Say($"- database {database} dropped");
    }
}
finally
{
    await cluster.DisposeAsync();
    if (options.String("out", "") is { Length: > 0 } path)
    {
        await File.AppendAllTextAsync(path, report + Environment.NewLine);
    }
}

return 0;

static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MiB";
