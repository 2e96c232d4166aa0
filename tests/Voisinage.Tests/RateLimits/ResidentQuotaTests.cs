using Voisinage.Grains;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;
using Voisinage.Grains.Verification;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Verification;

namespace Voisinage.Tests.RateLimits;

/// <summary>The per-resident write quotas (one grain per resident, whatever front-end or silo the writes come through).</summary>
[Collection(ClusterCollection.Name)]
[Trait(Category.Name, Category.Grain)]
public sealed class ResidentQuotaTests(ClusterFixture fixture)
{
    private const string Address = "8 rue de Turenne, 75004 Paris";

    [Fact]
    public async Task Postcards_are_three_per_ninety_days_even_when_their_codes_are_used_up()
    {
        var resident = await Neighbours.NewResident(fixture.Grains, (Neighbours.Lat, Neighbours.Lng));
        var first = ClusterFixture.Clock.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await resident.AsVerification().RequestPostcard(Address);
            await Burn(resident);
            ClusterFixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        var refused = await Assert.ThrowsAsync<VoisinageException>(() => resident.AsVerification().RequestPostcard(Address));
        Assert.Equal(ErrorCodes.RateLimited, refused.Code);
        Assert.Equal(first + TimeSpan.FromDays(90) - ClusterFixture.Clock.GetUtcNow(), refused.RetryAfter);
        Assert.False(await fixture.Grains.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key).HasPending(resident.Id()));

        // The first postcard leaves the window: one more may be asked for, and only one.
        ClusterFixture.Clock.Advance(refused.RetryAfter!.Value);
        await resident.AsVerification().RequestPostcard(Address);
        await Burn(resident);
        Assert.Equal(ErrorCodes.RateLimited, (await Assert.ThrowsAsync<VoisinageException>(() => resident.AsVerification().RequestPostcard(Address))).Code);
    }

    [Fact]
    public async Task A_quota_refuses_past_its_limit_with_the_wait_and_counts_across_entry_points()
    {
        var residentId = ResidentIds.New();
        var quota = fixture.Grains.GetGrain<IResidentQuotaGrain>(residentId);
        var start = ClusterFixture.Clock.GetUtcNow();

        // Reports (30 per hour by default), spent from both silos through the one grain of this resident.
        for (var i = 0; i < 30; i++)
        {
            await fixture.Grains.GetGrain<IResidentQuotaGrain>(residentId).Spend(QuotaKind.Report);
            ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await Assert.ThrowsAsync<VoisinageException>(() => quota.Spend(QuotaKind.Report));
        Assert.Equal(ErrorCodes.RateLimited, refused.Code);
        Assert.Equal(start + TimeSpan.FromHours(1) - ClusterFixture.Clock.GetUtcNow(), refused.RetryAfter);

        // Other kinds have their own count.
        await quota.Spend(QuotaKind.Message);

        ClusterFixture.Clock.Advance(refused.RetryAfter!.Value);
        await quota.Spend(QuotaKind.Report);
        Assert.Equal(ErrorCodes.RateLimited, (await Assert.ThrowsAsync<VoisinageException>(() => quota.Spend(QuotaKind.Report))).Code);
    }

    [Fact]
    public void The_sliding_window_waits_for_the_oldest_blocking_use()
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var window = TimeSpan.FromHours(1);
        var uses = new[] { now.AddMinutes(-70), now.AddMinutes(-50), now.AddMinutes(-20), now.AddMinutes(-5) };
        var recent = SlidingWindow.Recent(uses, window, now);

        Assert.Equal(3, recent.Count);
        Assert.Null(SlidingWindow.RetryAfter(recent, 4, window, now));
        Assert.Equal(TimeSpan.FromMinutes(10), SlidingWindow.RetryAfter(recent, 3, window, now));
        Assert.Equal(TimeSpan.FromMinutes(40), SlidingWindow.RetryAfter(recent, 2, window, now));
    }

    private async Task Burn(IResidentAccountGrain resident)
    {
        var outbox = fixture.Grains.GetGrain<IPostcardOutboxGrain>(IPostcardOutboxGrain.Key);
        var order = (await outbox.List(TestSettings.OperatorId, 1000)).Single(o => o.ResidentId == resident.Id());
        var code = order.Code;
        var wrong = (code[0] == '2' ? "3" : "2") + code[1..];
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<VoisinageException>(() => resident.AsVerification().ConfirmPostcardCode(wrong));
        }

        // Printed and posted: the outbox forgets the address, the cost is spent.
        await outbox.MarkSent(TestSettings.OperatorId, [order.OrderId]);
    }
}
