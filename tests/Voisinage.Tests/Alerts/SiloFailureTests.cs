using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Voisinage.Grains;
using Voisinage.Grains.Accounts;
using Voisinage.Grains.Alerts;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Residents;
using Voisinage.Hosting.Migrations;
using Voisinage.Tests.Infrastructure;
using Voisinage.Tests.Storage;
using Voisinage.WebApi.Alerts;

namespace Voisinage.Tests.Alerts;

/// <summary>
/// A 2-silo cluster on a PostgreSQL grain and pub-sub store, as in production (state survives a silo), with memory streams (queues do not): an alert raised
/// while a silo is killed still reaches a front-end's subscriber, live or by the front-end's recovery from the history.
/// </summary>
[Trait(Category.Name, Category.Fault)]
[Trait(Category.Name, Category.Postgres)]
public sealed class SiloFailureTests : IAsyncLifetime
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private static string _postgres = string.Empty;
    private PostgresTestDatabase _database = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _postgres = _database.ConnectionString;
        await SchemaMigrator.MigratePostgresAsync(_postgres, NullLogger.Instance, CancellationToken.None);
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_alert_raised_while_a_silo_is_killed_is_delivered_or_replayed_once_and_state_survives_in_the_store()
    {
        var grains = _cluster.Client;
        var here = AlertPlaces.Fresh();
        var founder = await Verified(grains, here);
        var a = await founder.AsMembership().FoundNeighbourhood("Quartier");
        var raisers = new List<IResidentAccountGrain> { founder };
        for (var i = 0; i < 2; i++)
        {
            var member = await Verified(grains, here);
            await member.AsMembership().JoinNeighbourhood(a);
            raisers.Add(member);
        }

        await using var feeds = new AlertFeeds(
            _cluster.Client,
            Options.Create(new AlertFeedOptions { ResyncInterval = TimeSpan.FromMilliseconds(500) }),
            NullLogger<AlertFeeds>.Instance);
        var received = Channel.CreateUnbounded<Alert>();
        var session = new AlertSession(feeds, grains, a, AlertSessionMode.Raised, 0, NullLogger.Instance);
        using var subscription = session.Subscribe(new ChannelObserver(received.Writer));

        var first = await grains.GetGrain<IResidentAlertsGrain>(raisers[0].GetPrimaryKeyString()).Raise(new AlertDraft(AlertKind.Urgent, "Avant", "", 0));
        Assert.Equal(first.Id, (await ClockPump.Until(Clock, received.Reader.ReadAsync().AsTask())).Id);

        await _cluster.KillSiloAsync(_cluster.SecondarySilos[0]);

        // Raised while the cluster notices the loss: a call may time out, and the client may retry.
        var raised = 0;
        foreach (var raiser in raisers.Skip(1))
        {
            await ClockPump.Until(Clock, RaiseWithRetry(grains, raiser.GetPrimaryKeyString()), TimeSpan.FromSeconds(120));
            raised++;
        }

        var history = await grains.GetGrain<INeighbourhoodAlertsGrain>(a).GetSince(0, 100);
        Assert.True(history.Alerts.Count >= 1 + raised);
        var got = new List<Alert> { first };
        while (got.Count < history.Alerts.Count)
        {
            got.Add(await ClockPump.Until(Clock, received.Reader.ReadAsync().AsTask(), TimeSpan.FromSeconds(60)));
        }

        Assert.Equal(history.Alerts.Select(x => x.Sequence), got.Select(x => x.Sequence));
        Assert.Equal(history.Alerts.Select(x => x.Id), got.Select(x => x.Id));

        // A subscriber that reconnects with `since` replays exactly what followed.
        var replayed = Channel.CreateUnbounded<Alert>();
        var again = new AlertSession(feeds, grains, a, AlertSessionMode.Raised, 1, NullLogger.Instance);
        using var second = again.Subscribe(new ChannelObserver(replayed.Writer));
        var replay = new List<long>();
        while (replay.Count < history.Alerts.Count - 1)
        {
            replay.Add((await ClockPump.Until(Clock, replayed.Reader.ReadAsync().AsTask())).Sequence);
        }

        Assert.Equal(history.Alerts.Skip(1).Select(x => x.Sequence), replay);

        await AssertStateReadsBackFromTheStore();

        // Reading states back must not write into shared defaults (it made every later resident look verified).
        Assert.False(Grains.Residents.Verification.None.IsVerified);
    }

    /// <summary>Every piece of alert state reads back from the store after deactivation (JSON-serialisable state).</summary>
    private async Task AssertStateReadsBackFromTheStore()
    {
        var grains = _cluster.Client;
        var here = AlertPlaces.Fresh();
        var founder = await Verified(grains, here);
        var a = await founder.AsMembership().FoundNeighbourhood("Quartier");
        var member = await Verified(grains, here);
        await member.AsMembership().JoinNeighbourhood(a);
        var raised = await grains.GetGrain<IResidentAlertsGrain>(founder.GetPrimaryKeyString()).Raise(new AlertDraft(AlertKind.Event, "Fête", "Place du marché", 0));
        await ModerationSubjects.Case(grains, SubjectType.Alert, raised.Id).Report(member.GetPrimaryKeyString(), "bruit");
        await grains.GetGrain<INeighbourhoodAlertsGrain>("s" + a).Absorb(a, "op");

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        // Every piece of alert state comes back from the store: record, reports, history, move, hourly quota.
        Assert.Equal(raised with { Sequence = 0 }, await grains.GetGrain<IAlertGrain>(raised.Id).Get());
        var again = await Assert.ThrowsAsync<VoisinageException>(() => ModerationSubjects.Case(grains, SubjectType.Alert, raised.Id).Report(member.GetPrimaryKeyString(), null));
        Assert.Equal(ErrorCodes.Conflict, again.Code);
        Assert.Equal(raised with { NeighbourhoodId = "s" + a }, Assert.Single((await grains.GetGrain<INeighbourhoodAlertsGrain>("s" + a).GetSince(0, 10)).Alerts));
        Assert.Equal("s" + a, (await grains.GetGrain<INeighbourhoodAlertsGrain>(a).GetSince(0, 10)).MovedTo);
        var raiser = grains.GetGrain<IResidentAlertsGrain>(founder.GetPrimaryKeyString());
        await raiser.Raise(new AlertDraft(AlertKind.Event, "Deux", "", 0));
        await raiser.Raise(new AlertDraft(AlertKind.Event, "Trois", "", 0));
        var limited = await Assert.ThrowsAsync<VoisinageException>(() => raiser.Raise(new AlertDraft(AlertKind.Event, "Quatre", "", 0)));
        Assert.Equal(ErrorCodes.RateLimited, limited.Code);
    }

    private static async Task RaiseWithRetry(IGrainFactory grains, string residentId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await grains.GetGrain<IResidentAlertsGrain>(residentId).Raise(new AlertDraft(AlertKind.Urgent, "Pendant la panne", "", 0));
                return;
            }
            catch (Exception e) when (e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException && attempt < 10)
            {
            }
        }
    }

    private static async Task<IResidentAccountGrain> Verified(IGrainFactory grains, (double Lat, double Lng) at)
    {
        var (pseudo, email) = TestSettings.NewIdentity();
        var who = await grains.GetGrain<IAccountsGrain>(0).Register(new Registration(pseudo, email, "a long password"));
        var resident = grains.GetGrain<IResidentAccountGrain>(who.ResidentId);
        await resident.AsVerification().SetHome(at.Lat, at.Lng);
        var verified = false;
        for (var fix = 0; fix < 4 && !verified; fix++)
        {
            var p = await resident.AsVerification().SubmitLocationFix(at.Lat, at.Lng, 10);
            verified = p.Verification.IsVerified;
            Clock.Advance(TimeSpan.FromHours(13));
        }

        Assert.True(verified);
        return resident;
    }

    private sealed class ChannelObserver(ChannelWriter<Alert> writer) : IObserver<Alert>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(Alert value) => writer.TryWrite(value);
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddMemoryStreams(StorageNames.Streams);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            foreach (var store in new[] { StorageNames.Voisinage, StorageNames.PubSub })
            {
                siloBuilder.AddAdoNetGrainStorage(store, o =>
                {
                    o.Invariant = OrleansAdoNetInvariants.PostgreSql;
                    o.ConnectionString = _postgres;
                });
            }

            siloBuilder.AddMemoryStreams(StorageNames.Streams);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddVoisinageGrains(TestSettings.Configuration);
        }
    }
}
