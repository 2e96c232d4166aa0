using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Notifications;

/// <summary>
/// The neighbourhood's push outbox (<see cref="IPushRosterGrain"/>): an alert is written there once, residents' grains
/// send without writing and answer when served, a failed push moves to the resident's own outbox for its retries, and
/// whatever is still waiting is handed out again after the grains holding it in memory are gone.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class PushOutboxTests(ClusterFixture fixture) : WithPushService(fixture)
{
    [Fact]
    public async Task An_alert_waits_in_the_neighbourhood_outbox_until_every_resident_is_served_without_a_write_per_resident()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var browsers = new List<(string Resident, BrowserSubscription Browser)>();
        for (var i = 0; i < 3; i++)
        {
            var member = await AlertPlaces.Join(Grains, here, id);
            var browser = PushService.Subscribe();
            await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));
            browsers.Add((member.Id(), browser));
        }

        var roster = Grains.GetGrain<IPushRosterGrain>(id);
        var alerts = new List<Alert>();
        for (var i = 0; i < 3; i++)
        {
            alerts.Add(await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Vigilance, $"Démarcheurs {i}", "", 0)));
        }

        foreach (var (resident, browser) in browsers)
        {
            var got = new List<string>();
            while (got.Count < alerts.Count)
            {
                var push = await browser.Next();
                Assert.Equal(201, push.Status);
                got.Add(push.Json.GetProperty("id").GetString()!);
            }

            Assert.Equal(alerts.Select(a => a.Id).Order(), got.Order());
        }

        await Eventually(async () => await roster.CountWaiting() == 0);

        // Nothing was kept per resident: no message in their outboxes, no listing in the pending shards.
        foreach (var (resident, _) in browsers)
        {
            Assert.Equal(0, await Grains.GetGrain<IResidentPushGrain>(resident).CountPending());
            Assert.DoesNotContain(resident, await Grains.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(resident)).List(TestSettings.OperatorId, 1000));
        }

        // A retried append (the raise failed after the alert was saved) puts nothing in the outbox twice.
        await Grains.GetGrain<INeighbourhoodAlertsGrain>(id).Append(alerts[^1]);
        Assert.Equal(0, await roster.CountWaiting());
        Assert.All(browsers, b => Assert.Equal(alerts.Count, b.Browser.All.Count));
    }

    [Fact]
    public async Task A_failed_push_moves_to_the_resident_outbox_with_a_backoff_and_the_neighbourhood_stops_waiting()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var push = Grains.GetGrain<IResidentPushGrain>(member.Id());
        var browser = PushService.Subscribe();
        browser.Answer(503);
        await push.RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));

        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.LostAnimal, "Chat perdu", "Tigré", 0));
        Assert.Equal(503, (await browser.Next()).Status);

        // Saved in the resident's outbox and listed for the sweep: the neighbourhood's outbox is done with it.
        await Eventually(async () => await push.CountPending() == 1);
        await Eventually(async () => await Grains.GetGrain<IPushRosterGrain>(id).CountWaiting() == 0);
        Assert.Contains(member.Id(), await Grains.GetGrain<IPushQueueGrain>(IPushQueueGrain.ShardOf(member.Id())).List(TestSettings.OperatorId, 1000));

        // Not before the backoff on the silo's clock, then delivered and gone from the outbox.
        var retried = await ClockPump.Until(ClusterFixture.Clock, browser.Next());
        Assert.Equal(201, retried.Status);
        Assert.Equal(alert.Id, retried.Json.GetProperty("id").GetString());
        await Eventually(async () => await push.CountPending() == 0);
        Assert.Equal(2, browser.All.Count);
    }

    [Fact]
    public async Task Pushes_in_flight_when_the_grains_holding_them_are_gone_are_handed_out_again_on_reactivation()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var browser = PushService.Subscribe();
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));
        var roster = Grains.GetGrain<IPushRosterGrain>(id);

        // The push service holds the request: the push is in flight, known only to the resident grain's memory.
        browser.Stall();
        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Urgent, "Fuite de gaz", "", 0));
        await Eventually(() => Task.FromResult(browser.StalledRequests == 1));
        Assert.Equal(1, await roster.CountWaiting());

        // Every activation goes (their memory with it), and the held request is dropped unanswered.
        await Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        browser.Release();
        Assert.Equal(1, await roster.CountWaiting());

        // The outbox comes back from storage with the alert still waiting and hands it out again.
        var delivered = await browser.Next();
        Assert.Equal(201, delivered.Status);
        Assert.Equal(alert.Id, delivered.Json.GetProperty("id").GetString());
        await Eventually(async () => await roster.CountWaiting() == 0);
    }
}
