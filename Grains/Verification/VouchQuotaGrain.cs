using Microsoft.Extensions.Options;

namespace Voisinage.Grains.Verification;

/// <summary>A voucher's quota; keyed by the voucher's resident id.</summary>
public sealed class VouchQuotaGrain(
    [PersistentState("vouches", StorageNames.Voisinage)] IPersistentState<VouchQuotaState> quota,
    IOptions<VerificationOptions> options,
    TimeProvider clock) : Grain, IVouchQuotaGrain
{
    public async Task<bool> TryConsume(string candidateId)
    {
        var now = clock.GetUtcNow();
        var window = options.Value.VouchQuotaWindow;
        if (quota.State.Given.Count(v => now - v.At < window) >= options.Value.VouchQuota)
        {
            return false;
        }

        // Vouches older than the window are kept: they are part of the resident's data export.
        quota.State = quota.State with { Given = [.. quota.State.Given, new VouchGiven(candidateId, now)] };
        await quota.WriteStateAsync();
        return true;
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
