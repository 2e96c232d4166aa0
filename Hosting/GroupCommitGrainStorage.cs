using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Voisinage.Hosting;

/// <summary>Section <c>Voisinage:GroupCommit</c> (PostgreSQL mode): grain-state writes committed together.</summary>
public sealed class GroupCommitOptions
{
    /// <summary>Off: every write is its own statement and commit, as Orleans' ADO.NET storage does it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most writes sent in one round trip and committed in one transaction.</summary>
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>Batches in flight at once, each on its own pooled connection.</summary>
    public int MaxConcurrentBatches { get; set; } = 4;
}

/// <summary>
/// Grain storage for PostgreSQL that commits the writes of many grains together: while batches are in flight, the
/// writes that arrive wait and go in the next one, in one round trip and one transaction (group commit). Reads and
/// clears go straight to Orleans' ADO.NET storage, and the rows are that storage's own (same table, hashes, query,
/// serializer, versions), so either can read what the other wrote.
/// </summary>
/// <remarks>
/// Why: onboarding a resident is a few small writes, and PostgreSQL's cost is per statement and per commit (a round
/// trip, a backend wake-up, a write-ahead-log flush each), not per byte. Nothing waits for a batch to fill: a write
/// that finds a free slot goes at once, alone. A caller is answered only after the commit holding its write.
/// A version conflict is the caller's alone (the routine reports it without raising). A batch that PostgreSQL refuses
/// was rolled back whole, so its writes are sent again one by one and only the faulty one fails; a batch lost with its
/// connection fails all its callers, as their lone writes would have.
/// </remarks>
public sealed partial class GroupCommitGrainStorage : IGrainStorage, IAsyncDisposable
{
    private readonly AdoNetGrainStorage _inner;
    private readonly string _connectionString;
    private readonly string _serviceId;
    private readonly string _innerName;
    private readonly GroupCommitOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots;
    private readonly Task _pump;
    private string? _writeQuery;
    private long _batches;
    private long _writes;

    public GroupCommitGrainStorage(AdoNetGrainStorage inner, string innerName, string connectionString, string serviceId, GroupCommitOptions options, ILogger<GroupCommitGrainStorage> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentBatches, 1);
        _inner = inner;
        _innerName = innerName;
        _connectionString = connectionString;
        _serviceId = serviceId;
        _options = options;
        _logger = logger;
        _slots = new SemaphoreSlim(options.MaxConcurrentBatches, options.MaxConcurrentBatches);
        _pump = Task.Run(Pump);
    }

    /// <summary>Writes committed so far, and the batches (transactions) that carried them.</summary>
    public (long Writes, long Batches) Committed => (Interlocked.Read(ref _writes), Interlocked.Read(ref _batches));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // Generic state names get Orleans' own type-name rewriting: leave those to it.
        if (!_options.Enabled || stateName.Contains('`', StringComparison.Ordinal))
        {
            await _inner.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var key = StorageKey.Of(grainId);
        var hasher = _inner.HashPicker.PickHasher(_serviceId, _innerName, stateName, grainId, grainState)
            ?? throw new InvalidOperationException($"No storage hasher for {stateName}.");
        var expected = string.IsNullOrWhiteSpace(grainState.ETag) ? (int?)null : int.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var write = new PendingWrite(
            hasher.Hash(key.HashBytes()),
            key.N0,
            key.N1,
            hasher.Hash(Encoding.UTF8.GetBytes(stateName)),
            stateName,
            key.Extension,
            expected,
            _inner.Serializer.Serialize(grainState.State).ToArray());
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        var version = await write.Done.Task;

        // As Orleans' storage decides it: the routine returns the caller's own version (or none) when nothing changed.
        if (version is null || version == expected)
        {
            throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={_serviceId} ProviderName={_innerName} GrainType={stateName} GrainId={grainId} ETag={grainState.ETag}.",
                version?.ToString(CultureInfo.InvariantCulture),
                grainState.ETag);
        }

        grainState.ETag = version.Value.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _pump;
        for (var i = 0; i < _options.MaxConcurrentBatches; i++)
        {
            await _slots.WaitAsync();
        }

        _slots.Dispose();
    }

    private async Task Pump()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            // Writes gather in the queue while every slot is busy: that is the whole batching policy.
            await _slots.WaitAsync();
            var batch = new List<PendingWrite>();
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            _ = CommitThenRelease(batch);
        }
    }

    private async Task CommitThenRelease(List<PendingWrite> batch)
    {
        try
        {
            await Commit(batch);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task Commit(List<PendingWrite> batch)
    {
        try
        {
            var versions = await Execute(batch);
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(versions[i]);
            }
        }
        catch (PostgresException refused) when (batch.Count > 1)
        {
            // Refused by the server: the implicit transaction rolled back, nothing of it is stored. Alone, only the
            // faulty write fails.
            LogBatchRefused(refused, batch.Count);
            foreach (var write in batch)
            {
                await Commit([write]);
            }
        }
        catch (Exception failure)
        {
            foreach (var write in batch)
            {
                write.Done.TrySetException(failure);
            }
        }
    }

    private async Task<int?[]> Execute(List<PendingWrite> batch)
    {
        _writeQuery ??= WithoutTrailingSemicolon(_inner.CurrentOperationalQueries.WriteToStorage);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        // One Sync for the whole batch: PostgreSQL runs it as one implicit transaction, committed once.
        await using var command = new NpgsqlBatch(connection);
        foreach (var write in batch)
        {
            var statement = new NpgsqlBatchCommand(_writeQuery);
            statement.Parameters.Add(new NpgsqlParameter("GrainIdHash", NpgsqlDbType.Integer) { Value = write.GrainIdHash });
            statement.Parameters.Add(new NpgsqlParameter("GrainIdN0", NpgsqlDbType.Bigint) { Value = write.N0 });
            statement.Parameters.Add(new NpgsqlParameter("GrainIdN1", NpgsqlDbType.Bigint) { Value = write.N1 });
            statement.Parameters.Add(new NpgsqlParameter("GrainTypeHash", NpgsqlDbType.Integer) { Value = write.GrainTypeHash });
            statement.Parameters.Add(new NpgsqlParameter("GrainTypeString", NpgsqlDbType.Varchar) { Value = write.GrainType });
            statement.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Varchar) { Value = (object?)write.Extension ?? DBNull.Value });
            statement.Parameters.Add(new NpgsqlParameter("ServiceId", NpgsqlDbType.Varchar) { Value = _serviceId });
            statement.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)write.ExpectedVersion ?? DBNull.Value });
            statement.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = write.Payload });
            command.BatchCommands.Add(statement);
        }

        var versions = new int?[batch.Count];
        await using var reader = await command.ExecuteReaderAsync();
        for (var i = 0; i < batch.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync())
            {
                throw new InvalidOperationException("The write routine returned fewer results than writes were sent.");
            }

            versions[i] = await reader.ReadAsync() && !await reader.IsDBNullAsync(0) ? reader.GetInt32(0) : null;
        }

        // Read to the end of the batch: the commit has then succeeded (or its failure is raised here), before anyone is answered.
        if (await reader.NextResultAsync())
        {
            throw new InvalidOperationException("The write routine returned more results than writes were sent.");
        }

        return versions;
    }

    private static string WithoutTrailingSemicolon(string query) => query.Trim().TrimEnd(';').Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL refused a batch of {Count} grain-state writes; sending them one by one.")]
    private partial void LogBatchRefused(Exception exception, int count);

    private sealed record PendingWrite(
        int GrainIdHash,
        long N0,
        long N1,
        int GrainTypeHash,
        string GrainType,
        string? Extension,
        int? ExpectedVersion,
        byte[] Payload)
    {
        public TaskCompletionSource<int?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// A grain id as Orleans' ADO.NET storage keys its rows: integer keys in N1, Guid keys split over N0 and N1,
    /// string keys (and key extensions) in the extension column; the id hash is taken over those bytes reversed.
    /// </summary>
    internal readonly record struct StorageKey(long N0, long N1, string? Extension, bool IsLong, bool IsGuid)
    {
        public static StorageKey Of(GrainId grainId)
        {
            if (grainId.TryGetGuidKey(out var guid, out var guidExtension))
            {
                var bytes = guid.ToByteArray();
                return new StorageKey(BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), guidExtension, false, true);
            }

            if (grainId.TryGetIntegerKey(out var integer, out var integerExtension))
            {
                return new StorageKey(0, integer, integerExtension, true, false);
            }

            return new StorageKey(0, 0, grainId.Key.ToString(), false, false);
        }

        public byte[] HashBytes()
        {
            byte[] bytes;
            if (IsLong || IsGuid)
            {
                var key = IsLong ? BitConverter.GetBytes(N1) : GuidBytes();
                var extension = Extension is null ? [] : Encoding.UTF8.GetBytes(Extension);
                bytes = [.. key, .. extension];
            }
            else
            {
                bytes = Encoding.UTF8.GetBytes(Extension!);
            }

            if (BitConverter.IsLittleEndian)
            {
                Array.Reverse(bytes);
            }

            return bytes;
        }

        private byte[] GuidBytes()
        {
            var guidBytes = new byte[16];
            BitConverter.TryWriteBytes(guidBytes.AsSpan(0, 8), N0);
            BitConverter.TryWriteBytes(guidBytes.AsSpan(8, 8), N1);
            return guidBytes;
        }
    }
}
