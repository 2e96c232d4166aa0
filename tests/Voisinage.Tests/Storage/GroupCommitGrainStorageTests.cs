using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Storage;
using Voisinage.Grains;
using Voisinage.Hosting;
using Voisinage.Hosting.Migrations;
using Voisinage.Tests.Cluster;
using Voisinage.Tests.Infrastructure;

namespace Voisinage.Tests.Storage;

/// <summary>
/// The PostgreSQL grain storage of the production wiring: writes committed in batches, rows that Orleans' own ADO.NET
/// storage reads and writes as its own.
/// </summary>
[Trait(Category.Name, Category.Postgres)]
public sealed class GroupCommitGrainStorageTests
{
    private static readonly GrainId[] Keys =
    [
        GrainId.Create("resident", "r-0123456789abcdef"),
        GrainId.Create(GrainType.Create("directory"), GrainIdKeyExtensions.CreateIntegerKey(42)),
        GrainId.Create(GrainType.Create("directory"), GrainIdKeyExtensions.CreateIntegerKey(-7, "ext")),
        GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"))),
        GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(Guid.Parse("00000000-0000-0000-0000-0000000000ff"), "é-ext")),
    ];

    [Fact]
    public async Task Rows_written_in_batches_are_the_ado_net_storages_own_and_versions_carry_over_both_ways()
    {
        await using var db = await MigratedDatabase();
        await using var silos = await SiloGroup.StartAsync(Settings(db), 1);
        var (storage, ado) = Storages(silos);
        Assert.IsType<GroupCommitGrainStorage>(storage);

        foreach (var key in Keys)
        {
            var state = new GrainState<string> { State = $"first {key}" };
            await storage.WriteStateAsync("resident", key, state);
            Assert.Equal("1", state.ETag);

            // Orleans' storage finds the row and its version, and writes the next one.
            var read = await Read(ado, key);
            Assert.Equal(($"first {key}", "1", true), (read.State, read.ETag, read.RecordExists));
            read.State = $"second {key}";
            await ado.WriteStateAsync("resident", key, read);
            Assert.Equal("2", read.ETag);

            // A batched write continues from that version.
            read.State = $"third {key}";
            await storage.WriteStateAsync("resident", key, read);
            Assert.Equal("3", read.ETag);
            Assert.Equal(($"third {key}", "3"), ((await Read(ado, key)).State, (await Read(storage, key)).ETag));

            // Stale versions and a second first write are conflicts, and change nothing.
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("resident", key, new GrainState<string> { State = "stale", ETag = "2" }));
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("resident", key, new GrainState<string> { State = "again" }));
            Assert.Equal(($"third {key}", "3"), ((await Read(ado, key)).State, (await Read(ado, key)).ETag));
        }

        // The same key under another state name is another row.
        await storage.WriteStateAsync("account", Keys[0], new GrainState<string> { State = "other" });
        Assert.Equal("other", (await Read(ado, Keys[0], "account")).State);
        Assert.Equal(Keys.Length + 1, await db.CountAsync("SELECT count(*) FROM orleansstorage WHERE serviceid = @s AND grainidn0 IS NOT NULL AND graintypestring IN ('resident', 'account')", ("s", db.Name)));
    }

    [Fact]
    public async Task Writes_that_wait_behind_a_batch_commit_together_and_a_refused_write_fails_alone()
    {
        await using var db = await MigratedDatabase();
        await using var silos = await SiloGroup.StartAsync(Settings(db), 1);
        var (storage, ado) = Storages(silos);
        var groupCommit = Assert.IsType<GroupCommitGrainStorage>(storage);
        var before = groupCommit.Committed;

        // Another session holds the table: the first write goes alone and waits for it, with the only batch slot.
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        var hold = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE orleansstorage IN EXCLUSIVE MODE", holder, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var first = storage.WriteStateAsync("resident", GrainId.Create("resident", "first"), new GrainState<string> { State = "first" });
        await WaitUntil(async () => await db.CountAsync("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'orleansstorage'::regclass") == 1);

        // Meanwhile 100 writes queue, then one that PostgreSQL refuses (a state name longer than its column).
        var queued = Enumerable.Range(0, 100)
            .Select(i => (Key: GrainId.Create("resident", $"queued-{i}"), State: new GrainState<string> { State = $"value {i}" }))
            .ToList();
        var writes = queued.Select(w => storage.WriteStateAsync("resident", w.Key, w.State)).ToList();
        var refused = storage.WriteStateAsync(new string('x', 600), GrainId.Create("resident", "refused"), new GrainState<string> { State = "refused" });

        await hold.CommitAsync();
        await first;
        await Task.WhenAll(writes);
        var error = await Assert.ThrowsAsync<PostgresException>(() => refused);
        Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, error.SqlState);

        // First alone; then 64 in one transaction; then the last 36 with the refused one, rolled back and sent again one by one.
        var after = groupCommit.Committed;
        Assert.Equal(1 + 100, after.Writes - before.Writes);
        Assert.Equal(1 + 1 + 36, after.Batches - before.Batches);
        foreach (var (key, state) in queued)
        {
            var read = await Read(ado, key);
            Assert.Equal((state.State, "1"), (read.State, read.ETag));
        }

        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM orleansstorage WHERE graintypestring LIKE 'xxx%'"));
    }

    private static async Task<PostgresTestDatabase> MigratedDatabase()
    {
        var db = await PostgresTestDatabase.CreateAsync();
        await SchemaMigrator.MigratePostgresAsync(db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        return db;
    }

    private static Dictionary<string, string?> Settings(PostgresTestDatabase db) => new()
    {
        ["Voisinage:Storage"] = "PostgreSQL",
        ["ConnectionStrings:Postgres"] = db.ConnectionString,
        ["Voisinage:Cluster:ClusterId"] = db.Name,
        ["Voisinage:Cluster:ServiceId"] = db.Name,
        ["Voisinage:Jwt:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Voisinage:GroupCommit:MaxConcurrentBatches"] = "1",
    };

    private static (IGrainStorage Storage, IGrainStorage Ado) Storages(SiloGroup silos) =>
        (silos.Services(0).GetRequiredKeyedService<IGrainStorage>(StorageNames.Voisinage),
         silos.Services(0).GetRequiredKeyedService<IGrainStorage>("VoisinagePostgres"));

    private static async Task<GrainState<string>> Read(IGrainStorage storage, GrainId key, string stateName = "resident")
    {
        var state = new GrainState<string>();
        await storage.ReadStateAsync(stateName, key, state);
        return state;
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
