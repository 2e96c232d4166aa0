using Voisinage.Grains;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Notifications;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.Notifications;

/// <summary>The silo's Web Push gateway against a local push service that checks VAPID and decrypts like a browser's.</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class WebPushGatewayTests(ClusterFixture fixture) : WithPushService(fixture)
{
    [Fact]
    public async Task An_alert_reaches_each_subscribed_browser_signed_and_encrypted_without_home_information()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var push = Grains.GetGrain<IResidentPushGrain>(member.Id());
        var (phone, laptop) = (PushService.Subscribe(), PushService.Subscribe());
        await push.RegisterWebPush(new WebPushSubscription(phone.Endpoint, phone.P256dh, phone.Auth));
        await push.RegisterWebPush(new WebPushSubscription(laptop.Endpoint, laptop.P256dh, laptop.Auth));

        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Urgent, "Fuite de gaz", "Rue des Lilas, évacuez", 0));

        foreach (var browser in new[] { phone, laptop })
        {
            var received = await browser.Next();
            Assert.Null(received.Error);
            Assert.Equal(201, received.Status);
            Assert.Equal("high", received.Urgency);
            Assert.Equal(12 * 3600, received.Ttl);
            Assert.Equal(alert.Id, received.Json.GetProperty("id").GetString());
            Assert.Equal("URGENT", received.Json.GetProperty("kind").GetString());
            Assert.Equal("Fuite de gaz", received.Json.GetProperty("title").GetString());
            Assert.Equal("Rue des Lilas, évacuez", received.Json.GetProperty("body").GetString());
            Assert.True(received.Json.GetProperty("urgent").GetBoolean());
            Assert.DoesNotContain(id, received.Payload);
            Assert.DoesNotContain(raiser.Id(), received.Payload);
            Assert.DoesNotContain(member.Id(), received.Payload);
        }

        // Accepted messages leave the outbox: long past the in-flight timeout and every retry, nothing is sent again.
        var second = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Vigilance, "Démarcheurs", "", 0));
        var next = await phone.Next();
        Assert.Equal(second.Id, next.Json.GetProperty("id").GetString());
        Assert.NotEqual("high", next.Urgency);
        await Eventually(async () => await push.CountPending() == 0);
        // The resident's grain tells the roster one-way after the push service accepted: until then the roster would
        // rightly hand the push out again once its in-flight timeout passes on the clock moved below.
        await Eventually(async () => await Grains.GetGrain<IPushRosterGrain>(id).CountWaiting() == 0);
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(3));
        var third = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Event, "Vide-grenier", "", 0));
        Assert.Equal(third.Id, (await phone.Next()).Json.GetProperty("id").GetString());
        Assert.Equal(3, phone.All.Count);
    }

    [Fact]
    public async Task A_failed_push_is_retried_after_a_backoff_and_a_gone_subscription_is_forgotten()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var push = Grains.GetGrain<IResidentPushGrain>(member.Id());
        var browser = PushService.Subscribe();
        browser.Answer(503, 500);
        var device = await push.RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));

        var alert = await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.LostAnimal, "Chat perdu", "Tigré", 0));
        Assert.Equal(503, (await browser.Next()).Status);

        // The retry waits on the silo's clock: it comes once the fake clock moved past the backoff, not before.
        var retried = await ClockPump.Until(ClusterFixture.Clock, browser.Next());
        Assert.Equal(500, retried.Status);
        var delivered = await ClockPump.Until(ClusterFixture.Clock, browser.Next());
        Assert.Equal(201, delivered.Status);
        Assert.Equal(alert.Id, delivered.Json.GetProperty("id").GetString());

        // The browser unsubscribed: the push service answers 410 Gone, and the device is forgotten with its outbox.
        browser.Answer(410);
        await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Event, "Fête des voisins", "", 0));
        Assert.Equal(410, (await browser.Next()).Status);
        await Eventually(async () => (await push.GetDevices()).All(d => d.Id != device.Id));
        Assert.DoesNotContain(member.Id(), await Grains.GetGrain<IPushRosterGrain>(id).GetResidents());
    }

    [Fact]
    public async Task The_roster_follows_membership_at_once_when_a_resident_leaves_and_joins()
    {
        var here = AlertPlaces.Fresh();
        var (_, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var browser = PushService.Subscribe();
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));
        var roster = Grains.GetGrain<IPushRosterGrain>(id);
        Assert.Contains(member.Id(), await roster.GetResidents());

        await member.AsMembership().LeaveNeighbourhood();
        await Eventually(async () => !(await roster.GetResidents()).Contains(member.Id()));

        await member.AsMembership().JoinNeighbourhood(id);
        await Eventually(async () => (await roster.GetResidents()).Contains(member.Id()));
    }

    [Fact]
    public async Task A_subscription_is_checked_before_anything_is_stored()
    {
        var here = AlertPlaces.Fresh();
        var (founder, _) = await AlertPlaces.Found(Grains, here);
        var push = Grains.GetGrain<IResidentPushGrain>(founder.Id());
        var good = PushService.Subscribe();
        var p256 = good.P256dh;
        var notOnCurve = Convert.ToBase64String([0x04, .. new byte[64]]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        WebPushSubscription[] bad =
        [
            new("http://push.example.com/abc", good.P256dh, good.Auth),
            new("ftp://127.0.0.1/abc", good.P256dh, good.Auth),
            new("relative/path", good.P256dh, good.Auth),
            new(good.Endpoint, p256[..40], good.Auth),
            new(good.Endpoint, notOnCurve, good.Auth),
            new(good.Endpoint, "!!not base64!!", good.Auth),
            new(good.Endpoint, good.P256dh, good.Auth[..10]),
        ];
        foreach (var subscription in bad)
        {
            var error = await Assert.ThrowsAsync<VoisinageException>(() => push.RegisterWebPush(subscription));
            Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        }

        Assert.Empty(await push.GetDevices());
    }

    [Fact]
    public void Without_the_loopback_setting_only_public_https_endpoints_are_accepted()
    {
        var browser = new BrowserSubscription("https://fcm.googleapis.com/fcm/send/abc");
        Assert.Equal(browser.Endpoint, WebPushRules.Validate(new(browser.Endpoint, browser.P256dh, browser.Auth), allowLoopback: false).Endpoint);
        foreach (var endpoint in new[] { "http://127.0.0.1:5000/push", "https://localhost/push", "https://10.1.2.3/push", "https://[::1]/push", "https://192.168.1.1/x" })
        {
            var error = Assert.Throws<VoisinageException>(() => WebPushRules.Validate(new(endpoint, browser.P256dh, browser.Auth), allowLoopback: false));
            Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        }

        Assert.False(WebPushRules.MayConnect(System.Net.IPAddress.Parse("169.254.169.254"), allowLoopback: true));
        Assert.False(WebPushRules.MayConnect(System.Net.IPAddress.Loopback, allowLoopback: false));
        Assert.True(WebPushRules.MayConnect(System.Net.IPAddress.Parse("142.250.74.138"), allowLoopback: false));
    }

    [Fact]
    public async Task A_long_alert_is_cut_to_fit_one_push_record()
    {
        var here = AlertPlaces.Fresh();
        var (raiser, id) = await AlertPlaces.Found(Grains, here);
        var member = await AlertPlaces.Join(Grains, here, id);
        var browser = PushService.Subscribe();
        await Grains.GetGrain<IResidentPushGrain>(member.Id()).RegisterWebPush(new WebPushSubscription(browser.Endpoint, browser.P256dh, browser.Auth));

        var body = string.Concat(Enumerable.Repeat("é\"<", 660));
        await Grains.GetGrain<IResidentAlertsGrain>(raiser.Id()).Raise(new AlertDraft(AlertKind.Vigilance, "Long message", body, 0));

        var received = await browser.Next();
        Assert.Null(received.Error);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(received.Payload!) <= PushPayload.MaxBytes);
        Assert.True(received.EncryptedBytes <= 4096);
        var shown = received.Json.GetProperty("body").GetString()!;
        Assert.EndsWith("…", shown);
        Assert.StartsWith(shown[..^1], body);
    }
}
