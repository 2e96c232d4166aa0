using Voisinage.Grains.Notifications;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Notifications;

/// <summary>
/// Grain tests that look at what leaves the silo by Web Push: a local push service per test (<see cref="FakePushService"/>)
/// that checks each request's VAPID signature and decrypts its payload with the subscription's keys.
/// </summary>
public abstract class WithPushService(ClusterFixture fixture) : IAsyncLifetime
{
    protected ClusterFixture Fixture => fixture;

    protected IGrainFactory Grains => fixture.Grains;

    protected FakePushService PushService { get; private set; } = null!;

    public async Task InitializeAsync() => PushService = await FakePushService.Start(await Grains.GetGrain<IVapidKeysGrain>(0).GetPublicKey());

    public async Task DisposeAsync() => await PushService.DisposeAsync();

    /// <summary>Waits (real time, at most 30 s) for a condition the silo reaches one-way.</summary>
    protected static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(20);
        }
    }
}
