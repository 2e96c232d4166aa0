using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using GraphQL;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>What an application plugs into the transport: a socket policy and an operation observer.</summary>
public sealed class HookTests
{
    [Fact]
    public async Task A_socket_the_policy_refuses_is_closed_with_the_policy_s_code()
    {
        var policy = new CountingPolicy(sockets: 1, operations: 10);
        await using var server = await ToyServer.Start(services: s => s.AddSingleton<IGraphQLSocketPolicy>(policy));
        await using var first = await WsClient.Connect(server);

        await using var second = await WsClient.Open(server);
        await second.Send(new { type = "connection_init" });

        Assert.Equal((WebSocketCloseStatus)CountingPolicy.CloseCode, await second.Closed());

        // The first socket's lease goes back when it closes: a new socket is admitted.
        await first.DisposeAsync();
        await WebSocketTransportTests.WaitFor(() => policy.Open == 0);
        await using var third = await WsClient.Connect(server);
    }

    [Fact]
    public async Task An_operation_the_policy_refuses_gets_the_policy_s_error_and_the_socket_stays_open()
    {
        await using var server = await ToyServer.Start(services: s => s.AddSingleton<IGraphQLSocketPolicy>(new CountingPolicy(sockets: 10, operations: 1)));
        await using var client = await WsClient.Connect(server);
        await client.Subscribe("1", "subscription { forever }");

        await client.Subscribe("2", "{ hello }");

        var refused = await client.Receive();
        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Equal("2", refused["id"]!.GetValue<string>());
        Assert.Equal("TOO_BUSY", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await client.Complete("1");
        await client.Subscribe("3", "{ hello }");
        var next = await client.Receive();
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal("3", next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_observer_is_told_of_each_operation_with_its_result_and_of_each_subscription()
    {
        var observer = new RecordingObserver();
        await using var server = await ToyServer.Start(services: s => s.AddSingleton<IGraphQLOperationObserver>(observer));

        await server.Post(new { query = "query Greeting { hello }" });
        await server.Post(new { query = "{ broken }" });
        await using (var client = await WsClient.Connect(server))
        {
            await client.Subscribe("1", "subscription Countdown { countdown(from: 1) }");
            Assert.Equal("next", (await client.Receive())!["type"]!.GetValue<string>());
            Assert.Equal("complete", (await client.Receive())!["type"]!.GetValue<string>());
        }

        await WebSocketTransportTests.WaitFor(() => observer.SubscriptionsEnded == 1);
        Assert.Equal(["Greeting:ok", "(anonymous):error", "Countdown:ok"], observer.Operations.ToArray());
        Assert.Equal(1, observer.SubscriptionsStarted);
    }

    [Fact]
    public async Task An_unexpected_exception_does_not_leak_its_message()
    {
        await using var server = await ToyServer.Start();

        var answer = await server.Post(new { query = "{ broken }" });

        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("secret detail", answer.Body.ToJsonString(), StringComparison.Ordinal);
    }

    private sealed class CountingPolicy(int sockets, int operations) : IGraphQLSocketPolicy
    {
        public const int CloseCode = 4123;
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public int RefusedCloseCode => CloseCode;

        public IDisposable? Admit(ClaimsPrincipal user)
        {
            if (Interlocked.Increment(ref _open) > sockets)
            {
                Interlocked.Decrement(ref _open);
                return null;
            }

            return new Unsubscriber(() => Interlocked.Decrement(ref _open));
        }

        public ExecutionError? RefuseOperation(int running) =>
            running >= operations ? new ExecutionError("One at a time.") { Code = "TOO_BUSY" } : null;
    }

    private sealed class RecordingObserver : IGraphQLOperationObserver
    {
        private int _started;
        private int _ended;

        public ConcurrentQueue<string> Operations { get; } = new();

        public int SubscriptionsStarted => Volatile.Read(ref _started);

        public int SubscriptionsEnded => Volatile.Read(ref _ended);

        public object? OperationStarting(GraphQLDocument document, string? operationName) =>
            document.Definitions.OfType<GraphQLOperationDefinition>().First().Name?.StringValue ?? "(anonymous)";

        public void OperationEnded(object? state, ExecutionResult? result) =>
            Operations.Enqueue($"{state}:{(result?.Errors is { Count: > 0 } ? "error" : "ok")}");

        public void SubscriptionStarted() => Interlocked.Increment(ref _started);

        public void SubscriptionEnded() => Interlocked.Increment(ref _ended);
    }
}
