using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Voisinage.Tests.Alerts;
using Voisinage.Tests.Infrastructure;
using Voisinage.WebApi.Alerts;
using Voisinage.WebApi.Edge;

namespace Voisinage.Tests.Connections;

/// <summary>Caps on live sockets per account (graphql-ws and SignalR together) and on operations per socket.</summary>
[Trait(Category.Name, Category.Api)]
public sealed class ConnectionCapTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private CappedApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = new CappedApi(_logs);
        await Task.CompletedTask;
    }

    // Orleans' stream agents stop on the injected (fake) clock: keep it moving while the server stops.
    public Task DisposeAsync() => ClockPump.Until(_api.Clock, _api.DisposeAsync().AsTask());

    [Fact]
    public async Task An_account_past_its_sockets_is_closed_with_4008_and_may_open_again_once_one_closes()
    {
        var (token, id, _, _) = await _api.Register();
        var first = await GraphQLWsClient.Connect(_api, token);
        await using var second = await GraphQLWsClient.Connect(_api, token);

        var (third, answer) = await GraphQLWsClient.Open(_api, token);
        await using (third)
        {
            Assert.Null(answer);
            Assert.Equal(ConnectionCaps.TooManySocketsCloseCode, (int?)third.CloseStatus);
        }

        // Another account is not affected; the closed socket's slot comes back.
        var (otherToken, _, _, _) = await _api.Register();
        await using var other = await GraphQLWsClient.Connect(_api, otherToken);
        await first.DisposeAsync();
        await SlotsInUse(id, 1);
        await using var again = await GraphQLWsClient.Connect(_api, token);
    }

    [Fact]
    public async Task A_socket_past_its_operations_gets_an_error_for_the_next_one_and_keeps_the_others()
    {
        var (token, _, _, _) = await _api.Register();
        await using var socket = await GraphQLWsClient.Connect(_api, token);
        const string messages = "subscription { messageReceived { id } }";
        await socket.Subscribe("1", messages);
        await socket.Subscribe("2", messages);
        await socket.Subscribe("3", messages);

        var refused = await socket.Receive();
        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Equal("3", refused["id"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Completing one frees its place; the socket is still open.
        await socket.Complete("1");
        await socket.Subscribe("4", "{ __typename }");
        var next = await socket.Receive();
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal("4", next["id"]!.GetValue<string>());
        await socket.Complete("2");
    }

    [Fact]
    public async Task The_hub_counts_with_graphql_ws_and_logs_its_refusal_at_information_without_a_stack()
    {
        var world = new AlertApiWorld(_api);
        var (token, id, _) = await world.Founder(AlertPlaces.Fresh());
        await using var ws = await GraphQLWsClient.Connect(_api, token);
        var hub = await Hub(token);
        try
        {
            // SignalR answers the handshake before it runs OnConnectedAsync, where the slot is taken: wait for it,
            // or the extra connection could take the second slot and the first hub be the one refused.
            await SlotsInUse(id, 2);
            // The handshake completes, then OnConnectedAsync refuses: the server closes the connection with the error.
            var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var extra = await Hub(token, c => c.Closed += e =>
            {
                closed.TrySetResult(e);
                return Task.CompletedTask;
            });
            await using (extra)
            {
                var error = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Contains("RATE_LIMITED", error?.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            await hub.DisposeAsync();
        }

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Exception is null && e.Message.Contains("RATE_LIMITED", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error && e.Category.Contains("SignalR", StringComparison.Ordinal));
        await SlotsInUse(id, 1);
    }

    private async Task SlotsInUse(string account, int expected)
    {
        // The server takes and frees slots on its own schedule (after the handshake, after the socket ends): wait, bounded.
        var caps = _api.Services.GetRequiredService<ConnectionCaps>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (caps.Count(account) != expected)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private async Task<HubConnection> Hub(string token, Action<HubConnection>? configure = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_api.Server.BaseAddress, $"{AlertsHub.Path}?access_token={Uri.EscapeDataString(token)}"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _api.Server.CreateHandler();
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, cancellation) =>
                    await _api.Server.CreateWebSocketClient().ConnectAsync(context.Uri, cancellation);
            })
            .Build();
        configure?.Invoke(connection);
        try
        {
            await connection.StartAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class CappedApi(CapturedLogs logs) : ApiFactory(new Dictionary<string, string?>
    {
        ["Voisinage:Connections:SocketsPerAccount"] = "2",
        ["Voisinage:Connections:SubscriptionsPerSocket"] = "2",
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(logs));
        }
    }
}

/// <summary>Every log entry of a test server, kept for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
