using System.Text.Json.Nodes;
using Voisinage.ClusterFault;
using Voisinage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Voisinage.Tests.ClusterFault;

/// <summary>
/// The post outbox on real processes and PostgreSQL: the silo saving a post is killed (the documented crash hook,
/// <c>Voisinage:FaultInjection:CrashMarker</c>) after the save and before the feed has it; once the silo is
/// restarted, the post reaches its neighbourhood's feed, exactly once, without anyone touching the post.
/// </summary>
[Collection(FaultClusterCollection.Name)]
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class FeedOutboxCrashTests(FaultClusterFixture fixture, ITestOutputHelper output)
{
    private const string Password = "a long password";

    private FaultCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task A_post_saved_by_a_silo_killed_before_the_fan_out_reaches_the_feed_once_after_the_restart()
    {
        await fixture.EnsureAllRunning();
        using var http = new GraphQLHttp(TimeSpan.FromSeconds(30));
        var api = Cluster.FrontEnds[0].BaseAddress;

        // A verified founder of a neighbourhood far from the fault scenario's sites.
        var (pseudo, email) = TestSettings.NewIdentity("outbox");
        var token = (await Ok(http.Call(api, "mutation($i: RegisterInput!) { register(input: $i) { token } }", new { i = new { pseudo, email, password = Password } })))["register"]!["token"]!.GetValue<string>();
        var (lat, lng) = (47.2184, -1.5536);
        await Ok(http.Call(api, "mutation($lat: Float!, $lng: Float!) { setHome(lat: $lat, lng: $lng) { id } }", new { lat, lng }, token));
        var verified = false;
        for (var i = 0; i < 5 && !verified; i++)
        {
            var fix = await Ok(http.Call(api, "mutation($lat: Float!, $lng: Float!) { submitLocationFix(lat: $lat, lng: $lng, accuracyMeters: 5) { verification { status } } }", new { lat, lng }, token));
            verified = fix["submitLocationFix"]!["verification"]!["status"]!.GetValue<string>() == "VERIFIED";
        }

        Assert.True(verified);
        var neighbourhood = (await Ok(http.Call(api, "mutation { foundNeighbourhood(name: \"Quartier de la boîte d'envoi\") { id } }", token: token)))["foundNeighbourhood"]!["id"]!.GetValue<string>();

        // An ordinary post goes to the feed at once.
        await Ok(http.Call(api, "mutation($t: String!) { createPost(text: $t) { id } }", new { t = "Avant la panne" }, token));
        Assert.Contains("Avant la panne", await FeedSnippets(http, api, neighbourhood, token));

        // The post with the marker stops the silo that saves it: the caller never hears back.
        var text = $"Après la panne {FaultCluster.CrashMarker}";
        var crashed = await http.Call(api, "mutation($t: String!) { createPost(text: $t) { id } }", new { t = text }, token);
        Assert.Equal(Outcome.Unknown, crashed.Outcome);
        var dead = await WaitFor(() => Cluster.Silos.FirstOrDefault(s => !s.IsRunning), TimeSpan.FromSeconds(30), "no silo stopped");
        output.WriteLine($"{dead.Name} stopped after saving the post: {crashed.Detail}");
        Assert.DoesNotContain(text, await FeedSnippets(http, api, neighbourhood, token));

        // Restarted, the cluster finishes the delivery by itself (the post's reminder): once, not twice.
        await Cluster.StartAsync(dead);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var snippets = await WaitFor(
            async () => await FeedSnippets(http, api, neighbourhood, token) is var s && s.Contains(text) ? s : null,
            TimeSpan.FromMinutes(4),
            "the post never reached the feed");
        output.WriteLine($"the post reached the feed {started.Elapsed.TotalSeconds:0} s after the restart began");
        Assert.Single(snippets, s => s == text);
        Assert.Single(snippets, s => s == "Avant la panne");
        await fixture.EnsureAllRunning();
    }

    private static async Task<JsonObject> Ok(Task<CallResult> call)
    {
        var r = await call;
        Assert.True(r.Outcome == Outcome.Ok, r.Detail);
        return r.Data!;
    }

    /// <summary>The feed's snippets, newest first; a read that meets a silo not yet declared dead is tried again.</summary>
    private static Task<List<string>> FeedSnippets(GraphQLHttp http, Uri api, string neighbourhood, string token) => WaitFor(
        async () =>
        {
            var r = await http.Call(api, "query($n: ID!) { feed(neighbourhoodId: $n, first: 50) { edges { node { id snippet } } } }", new { n = neighbourhood }, token);
            return r.Outcome == Outcome.Ok ? r.Data!["feed"]!["edges"]!.AsArray().Select(e => e!["node"]!["snippet"]!.GetValue<string>()).ToList() : null;
        },
        TimeSpan.FromSeconds(60),
        "the feed could not be read");

    private static Task<T> WaitFor<T>(Func<T?> probe, TimeSpan timeout, string failure)
        where T : class => WaitFor(() => Task.FromResult(probe()), timeout, failure);

    private static async Task<T> WaitFor<T>(Func<Task<T?>> probe, TimeSpan timeout, string failure)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(500);
        }
    }
}
