using Orleans.Concurrency;
using Voisinage.Grains.Operations;

namespace Voisinage.Grains.Operations;

/// <summary>Stateless and local to whichever silo is asked: a ping proves that silo schedules grains.</summary>
[StatelessWorker]
internal sealed class HealthGrain(TimeProvider clock) : Grain, IHealthGrain
{
    public Task<DateTimeOffset> Ping() => Task.FromResult(clock.GetUtcNow());
}
