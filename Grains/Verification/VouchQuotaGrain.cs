using Voisinage.Grains.RateLimits;
using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Verification;

/// <summary>A voucher's quota; keyed by the voucher's resident id.</summary>
internal sealed class VouchQuotaGrain(
    [PersistentState("vouches", StorageNames.Voisinage)] IPersistentState<VouchQuotaState> quota,
    IOptions<VerificationOptions> options,
    TimeProvider clock) : Grain, IVouchQuotaGrain
{
    public async Task Consume(string candidateId)
    {
        var now = clock.GetUtcNow();
        var rules = options.Value;
        var recent = SlidingWindow.Recent(quota.State.Given.Select(v => v.At), rules.VouchQuotaWindow, now);
        if (SlidingWindow.RetryAfter(recent, rules.VouchQuota, rules.VouchQuotaWindow, now) is { } wait)
        {
            throw VoisinageException.RateLimited(
                $"You have vouched {rules.VouchQuota} times in the last {rules.VouchQuotaWindow.TotalDays:0} days.", wait);
        }

        // Vouches older than the window are kept: they are part of the resident's data export.
        quota.State = quota.State with { Given = [.. quota.State.Given, new VouchGiven(candidateId, now)] };
        await quota.WriteStateAsync();
    }

    public async Task Release(string candidateId)
    {
        var index = quota.State.Given.ToList().FindLastIndex(v => v.CandidateId == candidateId);
        if (index >= 0)
        {
            var given = quota.State.Given.ToList();
            given.RemoveAt(index);
            quota.State = quota.State with { Given = given };
            await quota.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<VouchGiven>> GetGiven() => Task.FromResult(quota.State.Given);

    public Task Clear() => quota.ClearStateAsync();
}
