using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Voisinage.ClusterFault;
using Voisinage.Grains;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.Residents;

namespace Voisinage.Tests.Infrastructure;

/// <summary>
/// The real WebApi as an Orleans client of a two-silo test cluster, so API calls reach grains spread over both
/// silos. The silos share their own fake clock (not <see cref="ClusterFixture.Clock"/>: other collections move that one).
/// </summary>
public sealed class ClusterApi : IAsyncLifetime
{
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));

    private static int _places;

    public TestCluster Cluster { get; private set; } = null!;

    public ApiFactory Api { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);

        // Real sockets: the API is an ordinary Orleans client and needs a gateway it can dial.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<TestSilos.ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Voisinage:ClientOfLocalSilos"] = "true",
            ["Voisinage:Cluster:ClusterId"] = Cluster.Options.ClusterId,
            ["Voisinage:Cluster:ServiceId"] = Cluster.Options.ServiceId,
            ["Voisinage:Cluster:GatewayPort"] = Cluster.Primary!.GatewayAddress!.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _ = Api.Server;
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>A service of the primary silo (e.g. the reminder table).</summary>
    public T SiloService<T>()
        where T : notnull => ((InProcessSiloHandle)Cluster.Primary!).SiloHost.Services.GetRequiredService<T>();

    /// <summary>A place about 3 km from any other this fixture gave out, so tests do not share blocks.</summary>
    public static (double Lat, double Lng) NewPlace()
    {
        var n = Interlocked.Increment(ref _places);
        return (45.0 + (n / 20 * 0.03), 4.0 + (n % 20 * 0.04));
    }

    /// <summary>Registers through the API, then sets the home and verifies by geolocation through the grains (moves the clock a day).</summary>
    public async Task<Member> Verified((double Lat, double Lng) home)
    {
        var (token, id, pseudo, _) = await Api.Register();
        var resident = Grains.GetGrain<IResidentAccountGrain>(id);
        await resident.AsVerification().SetHome(home.Lat, home.Lng);
        await resident.AsVerification().SubmitLocationFix(home.Lat, home.Lng, 10);
        await resident.AsVerification().SubmitLocationFix(home.Lat, home.Lng, 10);
        Voisinage.Tests.Verification.Neighbours.NextLocalDay(Clock);
        Assert.True((await resident.AsVerification().SubmitLocationFix(home.Lat, home.Lng, 10)).Verification.IsVerified);
        return new Member(token, id, pseudo, home);
    }

    /// <summary>A verified resident who founds a neighbourhood at <paramref name="home"/>.</summary>
    public async Task<(Member Founder, string NeighbourhoodId)> Found((double Lat, double Lng) home)
    {
        var founder = await Verified(home);
        var id = await Grains.GetGrain<IResidentMembershipGrain>(founder.Id).FoundNeighbourhood($"Quartier {founder.Pseudo[..8]}");
        return (founder, id);
    }

    /// <summary>A verified resident of the same block who joins the neighbourhood.</summary>
    public async Task<Member> Join(string neighbourhoodId, (double Lat, double Lng) home)
    {
        var member = await Verified(home);
        await Grains.GetGrain<IResidentMembershipGrain>(member.Id).JoinNeighbourhood(neighbourhoodId);
        Assert.NotEqual(MemberRole.None, await Grains.GetGrain<INeighbourhoodGrain>(neighbourhoodId).GetRole(member.Id));
        return member;
    }

    private readonly SemaphoreSlim _operatorLock = new(1, 1);
    private Member? _operator;

    /// <summary>The configured operator (<see cref="TestSettings.OperatorId"/>) as an account with a token, created once per fixture.</summary>
    public async Task<Member> ConfiguredOperator()
    {
        await _operatorLock.WaitAsync();
        try
        {
            if (_operator is null)
            {
                var resident = Grains.GetGrain<IResidentAccountGrain>(TestSettings.OperatorId);
                var (pseudo, email) = TestSettings.NewIdentity("operateur");
                await resident.Create(pseudo, email);
                var version = await resident.GetTokenVersion() ?? throw new InvalidOperationException("The operator was not created.");
                var token = Api.Services.GetRequiredService<Voisinage.WebApi.Auth.TokenService>()
                    .Issue(new Voisinage.Grains.Accounts.SignedIn(TestSettings.OperatorId, pseudo, version)).Token;
                _operator = new Member(token, TestSettings.OperatorId, pseudo, default);
            }

            return _operator;
        }
        finally
        {
            _operatorLock.Release();
        }
    }

    public Task<GraphQLResponse> GraphQL(string query, object? variables = null, Member? as_ = null) => Api.GraphQL(query, variables, as_?.Token);

    /// <summary>A graphql-transport-ws connection, acknowledged.</summary>
    public async Task<WebSocket> Socket(Member who)
    {
        var client = Api.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(Api.Server.BaseAddress, "/graphql"), CancellationToken.None);
        await Send(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {who.Token}" } });
        Assert.Equal("connection_ack", (await Receive(socket, TimeSpan.FromSeconds(30)))!["type"]!.GetValue<string>());
        return socket;
    }

    public static Task Send(WebSocket socket, object message) => WebSocketMessages.Send(socket, message);

    /// <summary>The next message, null once the socket is closed, or throws <see cref="OperationCanceledException"/> after <paramref name="wait"/>.</summary>
    public static Task<JsonObject?> Receive(WebSocket socket, TimeSpan wait) => WebSocketMessages.Receive(socket, wait);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => TestSilos.UseMemoryStores(siloBuilder, new DomainClock(Clock));
    }
}

/// <summary>
/// The fake clock's date for the domain (what grains read with <c>GetUtcNow</c>), real time for timers and timestamps.
/// Orleans takes its timers from the same <see cref="TimeProvider"/> service: with a bare <see cref="FakeTimeProvider"/>,
/// stream pulling agents and health checks would stop until a test moves the clock, and streams would deliver nothing.
/// </summary>
public sealed class DomainClock(FakeTimeProvider fake) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;
}

/// <summary>A verified resident with a token.</summary>
public sealed record Member(string Token, string Id, string Pseudo, (double Lat, double Lng) Home);

[CollectionDefinition(Name)]
public sealed class ClusterApiCollection : ICollectionFixture<ClusterApi>
{
    public const string Name = "cluster-api";
}
