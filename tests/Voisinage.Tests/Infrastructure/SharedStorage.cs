using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// Grain storage shared by every silo of this process (so it outlives a killed silo, like a database), with
/// ETag checks and optional injected write failures: before the write (nothing stored) or after it (stored, but
/// the grain is told it failed — the ambiguous case a network error gives).
/// </summary>
public sealed class SharedStorage(Serializer serializer) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, (byte[] Data, string ETag)> Records = new();
    private static long _etag;

    /// <summary>Probability that a write or clear fails (0 = never).</summary>
    public static double FailureRate { get; set; }

    /// <summary>
    /// The draws of injected failures, seeded so a run's sequence of draws is the same each time (which write gets which
    /// draw still depends on how the silos' threads interleave). Shared by every silo's writes, hence the lock.
    /// </summary>
    private static readonly Random Failures = new(20261206);

    public static long InjectedFailures => Interlocked.Read(ref _injected);

    private static long _injected;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Records.TryGetValue(Key(stateName, grainId), out var record))
        {
            grainState.State = serializer.Deserialize<T>(record.Data);
            grainState.ETag = record.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores a state behind the grain's back, with a new ETag: what another activation of the same grain (possible
    /// in Orleans while silos fail) would have written while this one kept the old state in memory.
    /// </summary>
    public static void Overwrite<T>(Serializer serializer, string stateName, GrainId grainId, T state)
    {
        lock (Records)
        {
            var etag = Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Records[Key(stateName, grainId)] = (serializer.SerializeToArray(state), etag);
        }
    }

    /// <summary>Whether a row is stored for one grain's state.</summary>
    public static bool Stores(string stateName, GrainId grainId) => Records.ContainsKey(Key(stateName, grainId));

    /// <summary>Writes asked for one grain's state so far (stored or not).</summary>
    public static int Writes(string stateName, string primaryKey) => WriteCounts.TryGetValue((stateName, primaryKey), out var count) ? count : 0;

    private static readonly ConcurrentDictionary<(string State, string Key), int> WriteCounts = new();

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        WriteCounts.AddOrUpdate((stateName, grainId.Key.ToString()!), 1, (_, count) => count + 1);
        var data = serializer.SerializeToArray(grainState.State);
        if (Holds.TryGetValue((stateName, grainId.Key.ToString()!), out var hold) && hold.TakesThisWrite())
        {
            await hold.Wait();
        }

        if (Failing.TryGetValue((stateName, grainId.Key.ToString()!), out var failing) && failing.TakesThisWrite())
        {
            await Fail();
        }

        await Change(stateName, grainId, grainState, data);
    }

    /// <summary>
    /// Holds every write of one grain's state after the first <paramref name="letThrough"/> (taken as the grain
    /// called, stored on release): what others see while a write is slow. <see cref="WriteHold.Reached"/> completes
    /// when a write waits.
    /// </summary>
    public static WriteHold HoldWrites(string stateName, string primaryKey, int letThrough = 0)
    {
        var hold = new WriteHold((stateName, primaryKey), letThrough);
        Holds[(stateName, primaryKey)] = hold;
        return hold;
    }

    private static readonly ConcurrentDictionary<(string State, string Key), WriteHold> Holds = new();

    /// <summary>
    /// Fails the next <paramref name="count"/> writes of one grain's state before they store anything (the grain is told
    /// with an <see cref="IOException"/>), until disposed.
    /// </summary>
    public static IDisposable FailWrites(string stateName, string primaryKey, int count)
    {
        var failing = new WriteFailures((stateName, primaryKey), count);
        Failing[(stateName, primaryKey)] = failing;
        return failing;
    }

    private static readonly ConcurrentDictionary<(string State, string Key), WriteFailures> Failing = new();

    private sealed class WriteFailures((string, string) key, int count) : IDisposable
    {
        private int _left = count;

        public bool TakesThisWrite() => Interlocked.Decrement(ref _left) >= 0;

        public void Dispose() => Failing.TryRemove(new KeyValuePair<(string, string), WriteFailures>(key, this));
    }

    public sealed class WriteHold : IDisposable
    {
        private readonly (string, string) _key;
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private int _letThrough;

        internal WriteHold((string, string) key, int letThrough) => (_key, _letThrough) = (key, letThrough);

        internal bool TakesThisWrite() => Interlocked.Decrement(ref _letThrough) < 0;

        public Task Reached => _reached.Task;

        /// <summary>Lets held and later writes through.</summary>
        public void Dispose()
        {
            Holds.TryRemove(new KeyValuePair<(string, string), WriteHold>(_key, this));
            _released.TrySetResult();
        }

        internal Task Wait()
        {
            _reached.TrySetResult();
            return _released.Task;
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Change(stateName, grainId, grainState, null);

    private static Task Change<T>(string stateName, GrainId grainId, IGrainState<T> grainState, byte[]? data)
    {
        var failure = -1;
        if (FailureRate > 0)
        {
            lock (Failures)
            {
                failure = Failures.NextDouble() < FailureRate ? Failures.Next(2) : -1;
            }
        }

        if (failure == 0)
        {
            return Fail();
        }

        var key = Key(stateName, grainId);
        lock (Records)
        {
            var current = Records.TryGetValue(key, out var record) ? record.ETag : null;
            if (current != grainState.ETag)
            {
                throw new InconsistentStateException($"ETag mismatch for {key}", current, grainState.ETag);
            }

            if (data is null)
            {
                Records.TryRemove(key, out _);
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
            else
            {
                var etag = Interlocked.Increment(ref _etag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Records[key] = (data, etag);
                if (failure != 1)
                {
                    // After an ambiguous failure the grain never learns the new ETag, as over a broken connection.
                    grainState.ETag = etag;
                    grainState.RecordExists = true;
                }
            }
        }

        return failure == 1 ? Fail() : Task.CompletedTask;
    }

    private static Task Fail()
    {
        Interlocked.Increment(ref _injected);
        return Task.FromException(new IOException("Injected storage failure."));
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
