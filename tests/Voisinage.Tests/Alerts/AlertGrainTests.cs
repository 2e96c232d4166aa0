using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Alerts;

[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class AlertGrainTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    private static AlertDraft Draft(int radius = 0, string title = "Chat perdu") => new(AlertKind.LostAnimal, title, "Tigré, répond à Moustache.", radius);

    private IResidentAlertsGrain AlertsOf(IResidentAccountGrain resident) => Grains.GetGrain<IResidentAlertsGrain>(resident.Id());

    private INeighbourhoodAlertsGrain History(string neighbourhoodId) => Grains.GetGrain<INeighbourhoodAlertsGrain>(neighbourhoodId);

    [Fact]
    public async Task Radius_targeting_reaches_the_neighbourhoods_within_it_and_no_others()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var (_, b) = await AlertPlaces.Found(Grains, here.North(1000));
        var (_, c) = await AlertPlaces.Found(Grains, here.North(5000));

        var wide = await AlertsOf(raiser).Raise(Draft(radius: 1500));
        Assert.Equal(a, wide.NeighbourhoodId);
        Assert.Equal(1, wide.Sequence);
        Assert.Equal(1, await History(b).GetLastSequence());
        Assert.Equal(0, await History(c).GetLastSequence());
        var atB = Assert.Single((await History(b).GetSince(0, 10)).Alerts);
        Assert.Equal(wide.Id, atB.Id);
        Assert.Equal(b, atB.NeighbourhoodId);
        Assert.Equal(a, atB.OriginNeighbourhoodId);

        var narrow = await AlertsOf(raiser).Raise(Draft(radius: 0, title: "Rôdeur"));
        Assert.Equal(2, narrow.Sequence);
        Assert.Equal(1, await History(b).GetLastSequence());
        Assert.Equal(0, await History(c).GetLastSequence());
    }

    [Fact]
    public async Task Refusals_and_the_hourly_limit_change_nothing()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var unverified = await Neighbours.NewResident(Grains, here);
        var outsider = await Neighbours.NewVerifiedResident(Grains, here.North(3000));

        await AssertRefused(ErrorCodes.NotVerified, () => AlertsOf(unverified).Raise(Draft()));
        await AssertRefused(ErrorCodes.Forbidden, () => AlertsOf(outsider).Raise(Draft()));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft(title: "  ")));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft(title: new string('x', 121))));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft() with { Body = new string('x', 2001) }));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft(radius: -1)));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft(radius: 3001)));
        await AssertRefused(ErrorCodes.BadUserInput, () => AlertsOf(raiser).Raise(Draft() with { Kind = (AlertKind)99 }));
        Assert.Equal(0, await History(a).GetLastSequence());

        // Refusals spent none of the three alerts of the hour.
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(i, (await AlertsOf(raiser).Raise(Draft(title: $"Alerte {i}"))).Sequence);
            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        await AssertRefused(ErrorCodes.RateLimited, () => AlertsOf(raiser).Raise(Draft()));
        Assert.Equal(3, await History(a).GetLastSequence());

        // The window slides: an hour after the first, one more is allowed.
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(4, (await AlertsOf(raiser).Raise(Draft())).Sequence);
        await AssertRefused(ErrorCodes.RateLimited, () => AlertsOf(raiser).Raise(Draft()));
    }

    [Fact]
    public async Task The_raiser_or_a_lead_resolves_everywhere_and_others_cannot()
    {
        var here = AlertPlaces.Fresh();
        var (lead, a) = await AlertPlaces.Found(Grains, here);
        var (_, b) = await AlertPlaces.Found(Grains, here.North(1000));
        var raiser = await AlertPlaces.Join(Grains, here, a);
        var member = await AlertPlaces.Join(Grains, here, a);

        var first = await AlertsOf(raiser).Raise(Draft(radius: 1500));
        var alert = Grains.GetGrain<IAlertGrain>(first.Id);
        await AssertRefused(ErrorCodes.Forbidden, () => alert.Resolve(member.Id()));
        var resolved = await alert.Resolve(raiser.Id());
        Assert.True(resolved.Resolved);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), resolved.ResolvedAt);
        Assert.True(Assert.Single((await History(b).GetSince(0, 10)).Alerts).Resolved);
        await AssertRefused(ErrorCodes.Conflict, () => alert.Resolve(raiser.Id()));

        var second = await AlertsOf(raiser).Raise(Draft());
        Assert.True((await Grains.GetGrain<IAlertGrain>(second.Id).Resolve(lead.Id())).Resolved);
        await AssertRefused(ErrorCodes.NotFound, () => Grains.GetGrain<IAlertGrain>(Guid.NewGuid().ToString("N")).Resolve(lead.Id()));
    }

    [Fact]
    public async Task Three_distinct_members_reports_hide_an_alert()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var members = new List<IResidentAccountGrain>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await AlertPlaces.Join(Grains, here, a));
        }

        var outsider = await Neighbours.NewVerifiedResident(Grains, here.North(4000));
        var raised = await AlertsOf(raiser).Raise(Draft());
        var later = await AlertsOf(raiser).Raise(Draft(title: "Autre"));
        var alert = ModerationSubjects.Case(Grains, SubjectType.Alert, raised.Id);

        await AssertRefused(ErrorCodes.BadUserInput, () => alert.Report(raiser.Id(), null));
        await AssertRefused(ErrorCodes.Forbidden, () => alert.Report(outsider.Id(), null));
        Assert.Equal(1, (await alert.Report(members[0].Id(), "faux")).Reports);
        await AssertRefused(ErrorCodes.Conflict, () => alert.Report(members[0].Id(), null));
        Assert.False((await alert.Report(members[1].Id(), null)).Hidden);
        Assert.Equal(2, (await History(a).GetSince(0, 10)).Alerts.Count);

        var third = await alert.Report(members[2].Id(), null);
        Assert.True(third.Hidden);
        Assert.Equal(3, third.Reports);
        var page = await History(a).GetSince(0, 10);
        Assert.Equal(later.Id, Assert.Single(page.Alerts).Id);
        Assert.Equal(2, page.LastSequence);
    }

    [Fact]
    public async Task A_watching_front_end_is_sent_each_saved_event_of_its_channel_from_where_its_watch_began()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var before = await AlertsOf(raiser).Raise(Draft(title: "Avant"));
        var frontEnd = new PushedAlerts();
        var client = fixture.Cluster.Client;
        var observer = client.CreateObjectReference<IAlertFeedObserver>(frontEnd);
        try
        {
            // The watch answers where the channel stood: what came before is the history's, what comes after is sent.
            Assert.Equal(before.Sequence, await History(a).Watch(observer));
            var raised = await AlertsOf(raiser).Raise(Draft(title: "Après"));
            var resolved = await Grains.GetGrain<IAlertGrain>(raised.Id).Resolve(raiser.Id());

            // Sent in this order; one-way calls to a client reached through the cluster's two gateways may arrive in
            // either order (the front-end's AlertFeeds hands a raise out before a change that overtook it).
            var events = new[] { await frontEnd.NextEvent(), await frontEnd.NextEvent() }.OrderBy(e => e.Kind).ToArray();
            var (first, second) = (events[0], events[1]);
            Assert.Equal(AlertEventKind.Raised, first.Kind);
            Assert.Equal(raised, first.Alert);
            Assert.Equal(AlertEventKind.Updated, second.Kind);

            // The event carries the channel's change number (the first change here); the alert's own record has none.
            Assert.Equal(resolved with { UpdateSequence = 1 }, second.Alert);
            Assert.True(second.Alert!.Resolved);
            Assert.Equal([raised.Sequence], frontEnd.Received.Select(x => x.Sequence));
            Assert.Equal(await History(a).GetLastSequence(), raised.Sequence);
        }
        finally
        {
            client.DeleteObjectReference<IAlertFeedObserver>(observer);
        }
    }

    [Fact]
    public async Task A_watching_front_end_is_pushed_each_new_alert_until_it_stops_watching_or_its_watch_lapses()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, a) = await AlertPlaces.Found(Grains, here);
        var (first, second) = (new PushedAlerts(), new PushedAlerts());
        var client = fixture.Cluster.Client;
        var (firstRef, secondRef) = (client.CreateObjectReference<IAlertFeedObserver>(first), client.CreateObjectReference<IAlertFeedObserver>(second));
        try
        {
            await History(a).Watch(firstRef);
            await History(a).Watch(secondRef);
            var one = await AlertsOf(raiser).Raise(Draft(title: "Chat perdu"));
            Assert.Equal(one, await first.Next());
            Assert.Equal(one, await second.Next());

            await History(a).Unwatch(firstRef);
            var two = await AlertsOf(raiser).Raise(Draft(title: "Chien perdu"));
            Assert.Equal(two, await second.Next());
            Assert.Equal([one], first.Received);

            // A watch lasts WatchLifetime (2 minutes) unless renewed.
            await History(a).Watch(firstRef);
            ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
            await History(a).Watch(secondRef);
            var three = await AlertsOf(raiser).Raise(Draft(title: "Perroquet perdu"));
            Assert.Equal(three, await second.Next());
            Assert.Equal([one], first.Received);
            Assert.Equal([1L, 2L, 3L], second.Received.Select(x => x.Sequence));
        }
        finally
        {
            client.DeleteObjectReference<IAlertFeedObserver>(firstRef);
            client.DeleteObjectReference<IAlertFeedObserver>(secondRef);
        }
    }

    /// <summary>A front-end's observer, as the tests see it: what it was sent, in order.</summary>
    private sealed class PushedAlerts : IAlertFeedObserver
    {
        private readonly System.Threading.Channels.Channel<AlertEvent> _next = System.Threading.Channels.Channel.CreateUnbounded<AlertEvent>();
        private readonly List<Alert> _received = [];

        /// <summary>The new alerts sent so far.</summary>
        public IReadOnlyList<Alert> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public Task OnAlertEvent(string neighbourhoodId, AlertEvent alertEvent)
        {
            if (alertEvent is { Kind: AlertEventKind.Raised, Alert: { } alert })
            {
                lock (_received)
                {
                    _received.Add(alert);
                }
            }

            _next.Writer.TryWrite(alertEvent);
            return Task.CompletedTask;
        }

        public async Task<AlertEvent> NextEvent() => await _next.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        /// <summary>The next new alert, skipping other events.</summary>
        public async Task<Alert> Next()
        {
            while (true)
            {
                if (await NextEvent() is { Kind: AlertEventKind.Raised, Alert: { } alert })
                {
                    return alert;
                }
            }
        }
    }

    [Fact]
    public async Task A_merge_import_renumbers_the_absorbed_alerts_once_and_redirects_writers_and_listeners()
    {
        // Synthetic ids: the alert channel does not depend on the neighbourhood grains.
        var survivor = "s" + Guid.NewGuid().ToString("N");
        var absorbed = "a" + Guid.NewGuid().ToString("N");
        var now = ClusterFixture.Clock.GetUtcNow();
        Alert New(string origin) => new(Guid.NewGuid().ToString("N"), origin, 0, AlertKind.Vigilance, "t", "b", 500, now, "r", "pseudo", origin, null, false);
        var shared = New(survivor);
        await History(survivor).Append(New(survivor));
        await History(survivor).Append(shared);
        await History(absorbed).Append(New(absorbed));
        await History(absorbed).Append(shared);
        var onlyAbsorbed = New(absorbed);
        await History(absorbed).Append(onlyAbsorbed);

        var frontEnd = new PushedAlerts();
        var observer = fixture.Cluster.Client.CreateObjectReference<IAlertFeedObserver>(frontEnd);
        Assert.Equal(3, await History(absorbed).Watch(observer));

        await History(survivor).Absorb(absorbed, "op-1");
        await History(survivor).Absorb(absorbed, "op-1");
        var all = await ReadAll(survivor);
        Assert.Equal([1L, 2, 3, 4], all.Select(x => x.Sequence));
        Assert.Equal(4, all.Select(x => x.Id).Distinct().Count());
        Assert.All(all, x => Assert.Equal(survivor, x.NeighbourhoodId));

        var e = await frontEnd.NextEvent();
        Assert.Equal(AlertEventKind.Moved, e.Kind);
        Assert.Equal(survivor, e.MovedTo);
        Assert.Equal(2, e.ResumeAfter);
        fixture.Cluster.Client.DeleteObjectReference<IAlertFeedObserver>(observer);

        // Writers of the absorbed id are sent to the survivor; the page says so to readers.
        var late = New(absorbed);
        Assert.Equal(survivor, (await History(absorbed).Append(late)).MovedTo);
        Assert.Equal(survivor, (await History(absorbed).GetSince(0, 10)).MovedTo);
        var change = await History(absorbed).Apply(new AlertChange(onlyAbsorbed.Id, now, false));
        Assert.Equal(survivor, change.MovedTo);
        var applied = await History(survivor).Apply(new AlertChange(onlyAbsorbed.Id, now, false));
        Assert.True(applied.Alert!.Resolved);
        await AssertRefused(ErrorCodes.Conflict, () => History(absorbed).RedirectTo("elsewhere", "op-2"));
    }

    [Fact]
    public async Task Older_alerts_move_to_sealed_pages_and_stay_readable_changeable_and_unique()
    {
        // Page size 2 in the tests: the channel keeps fewer than 4 alerts in its own state.
        var hood = "p" + Guid.NewGuid().ToString("N");
        var start = ClusterFixture.Clock.GetUtcNow();
        var alerts = Enumerable.Range(0, 9)
            .Select(i => new Alert(Guid.NewGuid().ToString("N"), hood, 0, AlertKind.Vigilance, $"t{i}", "b", 500, start.AddMinutes(i), "r", "pseudo", hood, null, false))
            .ToList();
        foreach (var alert in alerts)
        {
            await History(hood).Append(alert);
        }

        // A delivery retried after its alert was archived finds it there: no second copy.
        Assert.Equal(1, (await History(hood).Append(alerts[0])).Alert!.Sequence);
        Assert.Equal(9, await History(hood).GetLastSequence());

        // Changes reach archived copies and are published like any other.
        var resolved = await History(hood).Apply(new AlertChange(alerts[1].Id, start.AddHours(1), false));
        Assert.Equal(2, resolved.Alert!.Sequence);
        Assert.True(resolved.Alert.Resolved);
        await History(hood).Apply(new AlertChange(alerts[2].Id, null, true));
        await History(hood).Apply(new AlertChange(alerts[7].Id, null, true));

        // Read from any point, a page at a time: every visible alert once, in order, hidden ones skipped.
        var visible = new long[] { 1, 2, 4, 5, 6, 7, 9 };
        Assert.Equal(visible, (await ReadAll(hood)).Select(a => a.Sequence));
        for (var since = 0; since <= 9; since++)
        {
            Assert.Equal(visible.Where(s => s > since), (await ReadAll(hood, since, first: 1)).Select(a => a.Sequence));
        }

        Assert.True((await ReadAll(hood)).Single(a => a.Sequence == 2).Resolved);

        // A fresh activation reads the same history, and numbering goes on.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var next = alerts[0] with { Id = Guid.NewGuid().ToString("N"), RaisedAt = start.AddHours(2) };
        Assert.Equal(10, (await History(hood).Append(next)).Alert!.Sequence);
        Assert.Equal([.. visible, 10], (await ReadAll(hood)).Select(a => a.Sequence));

        // A merge takes the whole history, archived pages included, and does not copy what the survivor already holds.
        var survivor = "s" + Guid.NewGuid().ToString("N");
        await History(survivor).Append(alerts[3]);
        await History(survivor).Absorb(hood, "op-pages");
        var merged = await ReadAll(survivor);
        Assert.Equal(8, merged.Count);
        Assert.Equal(merged.Count, merged.Select(a => a.Id).Distinct().Count());
        Assert.Equal(alerts[3].Id, merged[0].Id);
    }

    /// <summary>Every visible alert after <paramref name="since"/>, following pages as a client does.</summary>
    private async Task<List<Alert>> ReadAll(string hood, long since = 0, int first = 100)
    {
        var all = new List<Alert>();
        while (true)
        {
            var page = await History(hood).GetSince(since, first);
            all.AddRange(page.Alerts);
            if (!page.HasMore)
            {
                return all;
            }

            Assert.True(page.LastSequence > since);
            since = page.LastSequence;
        }
    }

    private static async Task AssertRefused(string code, Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<VoisinageException>(action);
        Assert.Equal(code, e.Code);
    }
}
