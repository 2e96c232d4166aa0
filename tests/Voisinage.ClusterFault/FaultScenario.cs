using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Voisinage.Grains.Neighbourhoods;

namespace Voisinage.ClusterFault;

/// <summary>Reads blocks, neighbourhoods and residents through an Orleans client and lists invariant breaches.</summary>
public delegate Task<IReadOnlyList<string>> InvariantCheck(IGrainFactory grains, IReadOnlyCollection<string> blocks, IReadOnlyDictionary<string, string> residents);

/// <param name="Duration">How long the workload runs (at least until the faults are done).</param>
/// <param name="Residents">Residents, about eight per neighbourhood.</param>
/// <param name="SiloKills">SIGKILLs, one silo at a time, each restarted at once.</param>
/// <param name="KillPeriod">Time between faults.</param>
/// <param name="RestartPostgres">Restart PostgreSQL once, halfway through the kills.</param>
/// <param name="Seed">Seeds the sites' placement and every resident's choice of actions and pacing, so a failing run can be replayed.</param>
public sealed record FaultOptions(TimeSpan Duration, int Residents, int SiloKills, TimeSpan KillPeriod, bool RestartPostgres = true, int MaxConcurrentCalls = 24, int Seed = 20261206);

/// <summary>What a run did and what it found wrong.</summary>
public sealed class FaultReport
{
    public List<string> Violations { get; } = [];

    public List<string> Events { get; } = [];

    public ConcurrentDictionary<string, int[]> Counts { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public int Accounts { get; set; }

    public int Members { get; set; }

    public int Neighbourhoods { get; set; }

    public int Listings { get; set; }

    public int Posts { get; set; }

    public int Alerts { get; set; }

    public int Subscribers { get; set; }

    public int AlertsDelivered { get; set; }

    public int Reconnections { get; set; }

    public void Count(string operation, Outcome outcome) => Interlocked.Increment(ref Counts.GetOrAdd(operation, _ => new int[3])[(int)outcome]);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"elapsed {Elapsed.TotalSeconds:0.0} s; {Accounts} accounts, {Members} members of {Neighbourhoods} neighbourhoods, {Listings} listings, {Posts} posts, {Alerts} alerts; ");
        text.Append(CultureInfo.InvariantCulture, $"{Subscribers} subscribers got {AlertsDelivered} alerts over {Reconnections} reconnections\n");
        text.Append("calls (ok/refused/unknown): ").AppendJoin(", ", Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value[0]}/{c.Value[1]}/{c.Value[2]}")).Append('\n');
        text.Append("events:\n").AppendJoin('\n', Events).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"violations: {Violations.Count}\n").AppendJoin('\n', Violations.Take(50));
        return text.ToString();
    }
}

/// <summary>
/// A mixed workload through the front-ends (register, verify, found/join, listings, posts, alerts, live alert
/// subscribers) while silos are killed and restarted and PostgreSQL restarts; then checks that whatever the API said
/// succeeded is still there, that the neighbourhood invariants hold and that every subscriber has every alert once.
/// </summary>
public sealed class FaultScenario : IAsyncDisposable
{
    private const string Password = "a long password";
    private readonly FaultCluster _cluster;
    private readonly FaultOptions _options;
    private readonly Action<string> _log;
    private readonly GraphQLHttp _http = new(TimeSpan.FromSeconds(20));
    private readonly SemaphoreSlim _calls;
    private readonly FaultReport _report = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Site> _sites = [];
    private readonly List<Resident> _residents = [];
    private readonly ConcurrentBag<(Resident Author, string Id, string Title)> _listings = [];
    private readonly ConcurrentBag<(Resident Author, string Id, string Text)> _posts = [];
    private readonly ConcurrentBag<(string NeighbourhoodId, string Id)> _alerts = [];
    private readonly ConcurrentBag<AlertSubscriber> _subscribers = [];
    private readonly CancellationTokenSource _stopWorkload = new();

    public FaultScenario(FaultCluster cluster, FaultOptions options, Action<string> log)
    {
        _cluster = cluster;
        _options = options;
        _log = log;
        _calls = new SemaphoreSlim(options.MaxConcurrentCalls);
        var sites = Math.Max(2, options.Residents / 8);
        var run = new Random(options.Seed).Next(1000);
        for (var i = 0; i < sites; i++)
        {
            // Sites about 2 km apart around Lyon; each site's residents share one block, so one neighbourhood each.
            _sites.Add(new Site(i, 45.70 + (i / 10 * 0.02) + (run * 1e-5), 4.80 + (i % 10 * 0.025)));
        }

        for (var i = 0; i < options.Residents; i++)
        {
            var site = _sites[i % sites];
            var tag = $"{run}x{i}x{Guid.NewGuid().ToString("N")[..6]}";
            _residents.Add(new Resident(i, site, $"f{tag}", $"f.{tag}@example.fr", isFounder: i < sites));
        }
    }

    private IReadOnlyList<Uri> FrontEnds => [.. _cluster.FrontEnds.Select(f => f.BaseAddress)];

    public async Task<FaultReport> RunAsync(InvariantCheck check)
    {
        Event($"workload: {_residents.Count} residents in {_sites.Count} neighbourhoods, {_options.SiloKills} silo kills every {_options.KillPeriod.TotalSeconds:0} s, PostgreSQL restart: {_options.RestartPostgres}");
        var flows = _residents.Select(r => Task.Run(() => ResidentFlow(r))).ToList();
        var chaos = Task.Run(ChaosAsync);
        await Task.WhenAny(chaos, Task.Delay(_options.Duration));
        await chaos;
        var left = _options.Duration - _clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        Event("workload stops");
        await _stopWorkload.CancelAsync();
        await Task.WhenAll(flows);
        await CheckAsync(check);
        _report.Elapsed = _clock.Elapsed;
        return _report;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscriber in _subscribers)
        {
            await subscriber.DisposeAsync();
        }

        _http.Dispose();
        _calls.Dispose();
        _stopWorkload.Dispose();
    }

    private void Event(string text)
    {
        var line = $"{_clock.Elapsed.TotalSeconds,6:0.0}s {text}";
        lock (_report.Events)
        {
            _report.Events.Add(line);
        }

        _log(line);
    }

    private void Violation(string text)
    {
        lock (_report.Violations)
        {
            _report.Violations.Add(text);
        }

        _log("VIOLATION " + text);
    }

    // ---------------------------------------------------------------- faults

    private async Task ChaosAsync()
    {
        var pgAfter = _options.RestartPostgres ? Math.Max(1, (_options.SiloKills + 1) / 2) : -1;
        for (var k = 0; k < _options.SiloKills || k == pgAfter; k++)
        {
            if (k == pgAfter)
            {
                await Task.Delay(_options.KillPeriod / 2);
                Event("PostgreSQL: fast shutdown");
                var started = _clock.Elapsed;
                await _cluster.Postgres.RestartAsync();
                Event($"PostgreSQL: back after {(_clock.Elapsed - started).TotalSeconds:0.0} s");
                pgAfter = -1;

                // A front-end redeploys too: its subscribers reconnect to the other one with `since`.
                var api = _cluster.FrontEnds[^1];
                Event($"SIGTERM {api.Name}");
                started = _clock.Elapsed;
                if (!await FaultCluster.TerminateAsync(api, TimeSpan.FromSeconds(40)))
                {
                    Violation($"{api.Name} did not stop within 40 s of SIGTERM");
                }

                await _cluster.StartAsync(api);
                Event($"{api.Name} stopped and back in {(_clock.Elapsed - started).TotalSeconds:0.0} s");
            }

            if (k >= _options.SiloKills)
            {
                break;
            }

            await Task.Delay(k == 0 ? _options.KillPeriod : _options.KillPeriod / 2);
            var silo = _cluster.Silos[k % _cluster.Silos.Count];
            Event($"SIGKILL {silo.Name}");
            await FaultCluster.KillAsync(silo);

            // Down for a moment, as a machine that reboots.
            await Task.Delay(TimeSpan.FromSeconds(1));
            var restart = _clock.Elapsed;
            await _cluster.StartAsync(silo);
            Event($"{silo.Name} restarted and ready in {(_clock.Elapsed - restart).TotalSeconds:0.0} s");
        }
    }

    // ---------------------------------------------------------------- workload

    private async Task<CallResult> Call(string operation, Resident? who, string query, object? variables = null, string? token = null, int? frontEnd = null)
    {
        await _calls.WaitAsync();
        try
        {
            var index = frontEnd ?? who?.NextFrontEnd() ?? 0;
            var result = await _http.Call(FrontEnds[index % FrontEnds.Count], query, variables, token ?? who?.Token);
            if (result.ConnectionRefused)
            {
                // Refused: certainly not applied; a client would try the other front-end.
                result = await _http.Call(FrontEnds[(index + 1) % FrontEnds.Count], query, variables, token ?? who?.Token);
            }

            _report.Count(operation, result.Outcome);
            return result;
        }
        finally
        {
            _calls.Release();
        }
    }

    /// <summary>Retries while the outcome is unknown (pacing, not waiting for an event); stops at the end of the workload.</summary>
    private async Task<CallResult> Retry(string operation, Resident who, string query, object? variables = null, int attempts = 30)
    {
        CallResult result = new(Outcome.Unknown, null, null, "not tried");
        for (var i = 0; i < attempts && !(i > 0 && _stopWorkload.IsCancellationRequested && i > 3); i++)
        {
            result = await Call(operation, who, query, variables);
            if (result.Outcome != Outcome.Unknown)
            {
                return result;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250 * Math.Min(i + 1, 8)));
        }

        return result;
    }

    private async Task ResidentFlow(Resident r)
    {
        try
        {
            if (!await Onboard(r))
            {
                return;
            }

            // One generator per resident flow (flows run concurrently; Random is not thread-safe), seeded from the run's seed.
            var random = new Random(HashCode.Combine(_options.Seed, r.Index));
            var n = 0;
            while (!_stopWorkload.IsCancellationRequested)
            {
                n++;
                var roll = random.Next(100);
                if (roll < 40)
                {
                    var title = $"Annonce {r.Index}-{n}";
                    var x = await Call("createListing", r, "mutation($i: CreateListingInput!) { createListing(input: $i) { id title } }", new { i = new { kind = "SERVICE_OFFER", title, description = "Coup de main" } });
                    if (x.Outcome == Outcome.Ok)
                    {
                        _listings.Add((r, x["createListing"]!["id"]!.GetValue<string>(), title));
                    }
                }
                else if (roll < 70)
                {
                    var text = $"Bonjour {r.Index}-{n}";
                    var x = await Call("createPost", r, "mutation($t: String!) { createPost(text: $t) { id text } }", new { t = text });
                    if (x.Outcome == Outcome.Ok)
                    {
                        _posts.Add((r, x["createPost"]!["id"]!.GetValue<string>(), text));
                    }
                }
                else if (roll < 82)
                {
                    var x = await Call(
                        "raiseAlert",
                        r,
                        "mutation($t: String!) { raiseAlert(kind: VIGILANCE, title: $t, body: \"Soyez prudents.\", radiusMeters: 0) { id neighbourhoodId sequence } }",
                        new { t = $"Alerte {r.Index}-{n}" });
                    if (x.Outcome == Outcome.Ok)
                    {
                        _alerts.Add((x["raiseAlert"]!["neighbourhoodId"]!.GetValue<string>(), x["raiseAlert"]!["id"]!.GetValue<string>()));
                    }
                }
                else
                {
                    var x = await Call("me", r, "{ me { id neighbourhood { id } } }");
                    var seen = x["me"]?["neighbourhood"]?["id"]?.GetValue<string>();
                    if (x.Outcome == Outcome.Ok && seen != r.Neighbourhood)
                    {
                        Violation($"resident {r.Id} was told they joined {r.Neighbourhood} but reads {seen ?? "none"}");
                    }
                }

                // Pacing: a resident acts a few times a second at most.
                await Task.Delay(random.Next(150, 600));
            }
        }
        catch (Exception e)
        {
            Violation($"resident {r.Index} flow crashed: {e}");
        }
    }

    private async Task<bool> Onboard(Resident r)
    {
        // Register; after an unknown outcome, CONFLICT means the earlier attempt may have worked: log in to find out.
        for (var attempt = 0; attempt < 30 && r.Token is null; attempt++)
        {
            var x = await Call("register", r, "mutation($i: RegisterInput!) { register(input: $i) { token resident { id } } }", new { i = new { pseudo = r.Pseudo, email = r.Email, password = Password } });
            if (x.Outcome == Outcome.Ok)
            {
                r.SetAccount(x["register"]!);
            }
            else if (x.Outcome == Outcome.Refused || (x.Outcome == Outcome.Unknown && attempt > 0))
            {
                var login = await Call("login", r, "mutation($i: LoginInput!) { login(input: $i) { token resident { id } } }", new { i = new { login = r.Email, password = Password } });
                if (login.Outcome == Outcome.Ok)
                {
                    r.SetAccount(login["login"]!);
                }
            }

            if (r.Token is null)
            {
                await Task.Delay(300);
            }
        }

        if (r.Token is null)
        {
            return false;
        }

        var lat = r.Site.Lat;
        var lng = r.Site.Lng;
        if ((await Retry("setHome", r, "mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat, lng })).Outcome != Outcome.Ok)
        {
            return false;
        }

        r.HomeSet = true;
        for (var attempt = 0; attempt < 20 && !r.Verified; attempt++)
        {
            var x = await Retry("submitLocationFix", r, "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { verification { status } } }", new { lat, lng });
            if (x.Outcome == Outcome.Ok)
            {
                r.Verified = x["submitLocationFix"]!["verification"]!["status"]!.GetValue<string>() == "VERIFIED";
            }
            else if (x.Code == "CONFLICT")
            {
                r.Verified = true;
            }
            else
            {
                return false;
            }
        }

        if (!r.Verified)
        {
            return false;
        }

        string? id;
        if (r.IsFounder)
        {
            id = await Membership(r, "foundNeighbourhood", "mutation($n: String!) { foundNeighbourhood(name: $n) { id } }", new { n = $"Quartier {r.Site.Index}" });
            r.Site.Founded.TrySetResult(id);
        }
        else
        {
            var target = await r.Site.Founded.Task.WaitAsync(TimeSpan.FromMinutes(5));
            id = target is null ? null : await Membership(r, "joinNeighbourhood", "mutation($id: ID!) { joinNeighbourhood(id: $id) { id } }", new { id = target });
        }

        if (id is null)
        {
            return false;
        }

        r.Neighbourhood = id;
        if (Interlocked.Increment(ref r.Site.Subscribed) <= 2)
        {
            var subscriber = new AlertSubscriber($"sub-{r.Index}", id, r.Token, FrontEnds, r.Index);
            _subscribers.Add(subscriber);
            subscriber.Start();
        }

        return true;
    }

    /// <summary>Founds or joins; after an unknown outcome or a CONFLICT, <c>me</c> tells whether it happened.</summary>
    private async Task<string?> Membership(Resident r, string operation, string mutation, object variables)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var x = await Call(operation, r, mutation, variables);
            if (x.Outcome == Outcome.Ok)
            {
                return x[operation]!["id"]!.GetValue<string>();
            }

            var me = await Retry("me", r, "{ me { neighbourhood { id } } }");
            if (me["me"]?["neighbourhood"]?["id"]?.GetValue<string>() is { } id)
            {
                return id;
            }

            if (x.Outcome == Outcome.Refused && x.Code != "CONFLICT")
            {
                _log($"{operation} refused for {r.Id}: {x.Detail}");
                return null;
            }

            await Task.Delay(300);
        }

        return null;
    }

    // ---------------------------------------------------------------- checks

    private async Task CheckAsync(InvariantCheck check)
    {
        foreach (var node in _cluster.Nodes)
        {
            if (!node.IsRunning)
            {
                Violation($"{node.Name} is not running at the end");
            }
        }

        var accounts = _residents.Where(r => r.Token is not null).ToList();
        _report.Accounts = accounts.Count;
        _report.Members = accounts.Count(r => r.Neighbourhood is not null);
        _report.Neighbourhoods = accounts.Select(r => r.Neighbourhood).Where(n => n is not null).Distinct().Count();
        _report.Listings = _listings.Count;
        _report.Posts = _posts.Count;
        _report.Alerts = _alerts.Count;
        Event($"checking {accounts.Count} accounts, {_listings.Count} listings, {_posts.Count} posts, {_alerts.Count} alerts");

        await Parallel.ForEachAsync(accounts, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (r, _) =>
        {
            var login = await Retry("check:login", r, "mutation($i: LoginInput!) { login(input: $i) { resident { id } } }", new { i = new { login = r.Email, password = Password } }, 10);
            if (login.Outcome != Outcome.Ok || login["login"]!["resident"]!["id"]!.GetValue<string>() != r.Id)
            {
                Violation($"account {r.Email} ({r.Id}) cannot log in: {login.Detail}");
            }

            var me = await Retry("check:me", r, "{ me { id homeCell verification { status } neighbourhood { id } } }", null, 10);
            if (me.Outcome != Outcome.Ok)
            {
                Violation($"me of {r.Id} unreadable: {me.Detail}");
                return;
            }

            var m = me["me"]!;
            if (r.HomeSet && m["homeCell"] is null)
            {
                Violation($"{r.Id} set a home but has none");
            }

            if (r.Verified && m["verification"]!["status"]!.GetValue<string>() != "VERIFIED")
            {
                Violation($"{r.Id} was verified but reads {m["verification"]!["status"]}");
            }

            if (r.Neighbourhood is not null && m["neighbourhood"]?["id"]?.GetValue<string>() != r.Neighbourhood)
            {
                Violation($"{r.Id} joined {r.Neighbourhood} but reads {m["neighbourhood"]?["id"]}");
            }
        });

        await Parallel.ForEachAsync(_listings, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (l, _) =>
        {
            var x = await Retry("check:listing", l.Author, "query($id: ID!) { listing(id: $id) { id title } }", new { id = l.Id }, 10);
            if (x.Outcome != Outcome.Ok || x["listing"]!["title"]!.GetValue<string>() != l.Title)
            {
                Violation($"listing {l.Id} of {l.Author.Id} lost: {x.Detail}");
            }
        });

        await Parallel.ForEachAsync(_posts, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, _) =>
        {
            var x = await Retry("check:post", p.Author, "query($id: ID!) { post(id: $id) { id text } }", new { id = p.Id }, 10);
            if (x.Outcome != Outcome.Ok || x["post"]!["text"]!.GetValue<string>() != p.Text)
            {
                Violation($"post {p.Id} of {p.Author.Id} lost: {x.Detail}");
            }
        });

        // Alerts: the neighbourhood's history holds every alert the API confirmed.
        var histories = new Dictionary<string, HashSet<string>>();
        foreach (var group in accounts.Where(r => r.Neighbourhood is not null).GroupBy(r => r.Neighbourhood!))
        {
            var history = await AlertHistory(group.First(), group.Key);
            if (history is null)
            {
                continue;
            }

            histories[group.Key] = history;
        }

        foreach (var (n, id) in _alerts)
        {
            if (!histories.TryGetValue(n, out var h) || !h.Contains(id))
            {
                Violation($"alert {id} of {n} confirmed but missing from alerts(neighbourhoodId)");
            }
        }

        await CheckSubscribers(histories);
        await CheckInvariants(check, accounts);
    }

    private async Task<HashSet<string>?> AlertHistory(Resident member, string neighbourhoodId)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        long since = 0;
        while (true)
        {
            var x = await Retry("check:alerts", member, "query($n: ID!, $s: Long) { alerts(neighbourhoodId: $n, since: $s) { lastSequence hasMore alerts { id sequence } } }", new { n = neighbourhoodId, s = since }, 10);
            if (x.Outcome != Outcome.Ok)
            {
                Violation($"alerts of {neighbourhoodId} unreadable: {x.Detail}");
                return null;
            }

            var page = x["alerts"]!;
            foreach (var a in page["alerts"]!.AsArray())
            {
                ids.Add(a!["id"]!.GetValue<string>());
            }

            var last = page["lastSequence"]!.GetValue<long>();
            if (!page["hasMore"]!.GetValue<bool>() || last <= since)
            {
                return ids;
            }

            since = last;
        }
    }

    private async Task CheckSubscribers(Dictionary<string, HashSet<string>> histories)
    {
        var subscribers = _subscribers.ToList();
        _report.Subscribers = subscribers.Count;

        // Live delivery is asynchronous: wait (bounded) until each subscriber has caught up with its history.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && subscribers.Any(s => histories.TryGetValue(s.NeighbourhoodId, out var h) && !h.IsSubsetOf(s.Received.Select(x => x.Id))))
        {
            await Task.Delay(200);
        }

        foreach (var s in subscribers)
        {
            var received = s.Received;
            _report.AlertsDelivered += received.Count;
            _report.Reconnections += Math.Max(0, s.Connections - 1);
            var history = histories.GetValueOrDefault(s.NeighbourhoodId) ?? [];
            var ids = received.Select(x => x.Id).ToList();
            foreach (var dup in ids.GroupBy(x => x).Where(g => g.Count() > 1))
            {
                Violation($"subscriber {s.Name} of {s.NeighbourhoodId} got alert {dup.Key} {dup.Count()} times");
            }

            foreach (var missing in history.Except(ids))
            {
                Violation($"subscriber {s.Name} of {s.NeighbourhoodId} never got alert {missing} (sessions: {string.Join(" | ", s.Interruptions.TakeLast(5))})");
            }

            foreach (var foreign in ids.Except(history))
            {
                Violation($"subscriber {s.Name} of {s.NeighbourhoodId} got alert {foreign}, not in its neighbourhood's history");
            }
        }
    }

    private async Task CheckInvariants(InvariantCheck check, List<Resident> accounts)
    {
        var homes = accounts.Where(r => r.HomeSet && r.Id is not null).ToDictionary(r => r.Id!, r => r.Site.Block);
        var blocks = _sites.Select(s => s.Block).Distinct().ToList();
        using var client = await _cluster.ConnectClientAsync();
        var violations = await check(client.Services.GetRequiredService<IGrainFactory>(), blocks, homes);
        foreach (var v in violations)
        {
            Violation("invariant: " + v);
        }

        await client.StopAsync();
    }

    private sealed class Site(int index, double lat, double lng)
    {
        public int Index { get; } = index;

        public double Lat { get; } = lat;

        public double Lng { get; } = lng;

        public string Block { get; } = Cells.BlockOf(Cells.At(lat, lng, 10).ToString()).ToString();

        public TaskCompletionSource<string?> Founded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Subscribed;
    }

    private sealed class Resident(int index, Site site, string pseudo, string email, bool isFounder)
    {
        private int _frontEnd = index;

        public int Index { get; } = index;

        public Site Site { get; } = site;

        public string Pseudo { get; } = pseudo;

        public string Email { get; } = email;

        public bool IsFounder { get; } = isFounder;

        public string? Token { get; private set; }

        public string? Id { get; private set; }

        public bool HomeSet { get; set; }

        public bool Verified { get; set; }

        public string? Neighbourhood { get; set; }

        /// <summary>Alternates front-ends, so both serve every resident.</summary>
        public int NextFrontEnd() => Interlocked.Increment(ref _frontEnd);

        public void SetAccount(System.Text.Json.Nodes.JsonNode payload)
        {
            Token = payload["token"]!.GetValue<string>();
            Id = payload["resident"]!["id"]!.GetValue<string>();
        }
    }
}
