using Microsoft.Extensions.Options;

namespace Voisinage.Grains.RateLimits;

/// <summary>One resident's write quotas (see <see cref="IResidentQuotaGrain"/>), keyed by resident id.</summary>
internal sealed class ResidentQuotaGrain(
    [PersistentState("quotas", StorageNames.Voisinage)] IPersistentState<ResidentQuotaState> quotas,
    IOptions<ResidentQuotaOptions> options,
    TimeProvider clock) : Grain, IResidentQuotaGrain
{
    public async Task Spend(QuotaKind kind)
    {
        var rule = options.Value.For(kind);
        var now = clock.GetUtcNow();
        var uses = quotas.State.Uses;
        var recent = SlidingWindow.Recent(uses.GetValueOrDefault(kind) ?? [], rule.Window, now);
        if (SlidingWindow.RetryAfter(recent, rule.Limit, rule.Window, now) is { } wait)
        {
            uses[kind] = recent;
            throw VoisinageException.RateLimited(
                $"At most {rule.Limit} {kind.ToString().ToLowerInvariant()}s per {Describe(rule.Window)}; try again in {Math.Ceiling(wait.TotalSeconds):0} s.",
                wait);
        }

        recent.Add(now);
        uses[kind] = recent;
        if (rule.Window >= options.Value.PersistFrom)
        {
            await quotas.WriteStateAsync();
        }
    }

    public Task<IReadOnlyDictionary<QuotaKind, IReadOnlyList<DateTimeOffset>>> GetRecentUses()
    {
        var now = clock.GetUtcNow();
        IReadOnlyDictionary<QuotaKind, IReadOnlyList<DateTimeOffset>> recent = quotas.State.Uses
            .Select(u => (u.Key, Uses: SlidingWindow.Recent(u.Value, options.Value.For(u.Key).Window, now)))
            .Where(u => u.Uses.Count > 0)
            .ToDictionary(u => u.Key, u => (IReadOnlyList<DateTimeOffset>)u.Uses);
        return Task.FromResult(recent);
    }

    public async Task Forget()
    {
        quotas.State.Uses.Clear();
        await quotas.ClearStateAsync();
    }

    private static string Describe(TimeSpan window) =>
        window.TotalDays >= 1 ? $"{window.TotalDays:0.#} days" : window.TotalHours >= 1 ? $"{window.TotalHours:0.#} h" : $"{window.TotalMinutes:0.#} min";
}
