using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;
using Voisinage.Grains;
using Voisinage.Hosting;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Storage;

[Trait(Category.Name, Category.Unit)]
public sealed class SingleWriterGrainStorageTests
{
    [Fact]
    public async Task Writes_and_clears_go_one_at_a_time_in_order_while_reads_go_through()
    {
        var inner = new GatedStorage();
        using var storage = new SingleWriterGrainStorage(inner);
        var state = new GrainState<int>();
        var writes = Enumerable.Range(0, 4).Select(i => storage.WriteStateAsync($"w{i}", GrainId.Create("test", "a"), state)).ToList();
        writes.Add(storage.ClearStateAsync("clear", GrainId.Create("test", "a"), state));
        var read = storage.ReadStateAsync("r", GrainId.Create("test", "a"), state);

        // One write is in the inner storage; the read is not held behind it.
        await inner.Entered("w0");
        await inner.Entered("r");
        inner.Release("r");
        await read;
        Assert.Equal(["w0", "r"], inner.Started);

        foreach (var name in new[] { "w0", "w1", "w2", "w3" })
        {
            await inner.Entered(name);
            Assert.Equal(1, inner.WritesInside);
            inner.Release(name);
        }

        await inner.Entered("clear");
        inner.Release("clear");
        await Task.WhenAll(writes);
        Assert.Equal(["w0", "r", "w1", "w2", "w3", "clear"], inner.Started);
    }

    [Fact]
    public void The_embedded_silo_stores_grain_state_through_it()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Voisinage:DataDirectory"] = Path.Combine(Path.GetTempPath(), $"voisinage_sw_{Guid.NewGuid():N}");
        var options = VoisinageOptions.From(builder.Configuration);
        Assert.Equal(StorageMode.Embedded, options.Storage);
        builder.UseOrleans(silo => silo.UseVoisinage(options, builder.Configuration));
        using var host = builder.Build();
        Assert.IsType<SingleWriterGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Voisinage));
    }

    /// <summary>Holds each call (named by its state name) until the test releases it, and records the order calls came in.</summary>
    private sealed class GatedStorage : IGrainStorage
    {
        private readonly Dictionary<string, (TaskCompletionSource In, TaskCompletionSource Out)> _calls = [];
        private int _writesInside;

        public List<string> Started { get; } = [];

        public int WritesInside => Volatile.Read(ref _writesInside);

        public Task Entered(string name) => Call(name).In.Task.WaitAsync(TimeSpan.FromSeconds(10));

        public void Release(string name) => Call(name).Out.SetResult();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Run(stateName, write: false);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Run(stateName, write: true);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Run(stateName, write: true);

        private async Task Run(string name, bool write)
        {
            var call = Call(name);
            lock (Started)
            {
                Started.Add(name);
            }

            if (write)
            {
                Interlocked.Increment(ref _writesInside);
            }

            call.In.SetResult();
            await call.Out.Task;
            if (write)
            {
                Interlocked.Decrement(ref _writesInside);
            }
        }

        private (TaskCompletionSource In, TaskCompletionSource Out) Call(string name)
        {
            lock (_calls)
            {
                if (!_calls.TryGetValue(name, out var call))
                {
                    call = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
                    _calls[name] = call;
                }

                return call;
            }
        }
    }
}
