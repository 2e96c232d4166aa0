using System.Net.WebSockets;

namespace Voisinage.GraphQLTransport.Tests;

/// <summary>graphql-transport-ws on a schema that knows nothing of the product.</summary>
public sealed class WebSocketTransportTests
{
    [Fact]
    public async Task A_subscription_streams_each_event_then_completes()
    {
        await using var server = await ToyServer.Start();
        await using var client = await WsClient.Connect(server);

        await client.Subscribe("1", "subscription { countdown(from: 3) }");

        foreach (var expected in new[] { 3, 2, 1 })
        {
            var next = await client.Receive();
            Assert.Equal("next", next!["type"]!.GetValue<string>());
            Assert.Equal("1", next["id"]!.GetValue<string>());
            Assert.Equal(expected, next["payload"]!["data"]!["countdown"]!.GetValue<int>());
        }

        Assert.Equal("complete", (await client.Receive())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_on_the_socket_answers_once_and_completes()
    {
        await using var server = await ToyServer.Start();
        await using var client = await WsClient.Connect(server);

        await client.Subscribe("q", "{ hello }");

        Assert.Equal("Bonjour tout le monde", (await client.Receive())!["payload"]!["data"]!["hello"]!.GetValue<string>());
        Assert.Equal("complete", (await client.Receive())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribing_before_connection_init_closes_with_4401()
    {
        await using var server = await ToyServer.Start();
        await using var client = await WsClient.Open(server);

        await client.Subscribe("1", "{ hello }");

        Assert.Equal((WebSocketCloseStatus)4401, await client.Closed());
    }

    [Fact]
    public async Task A_message_that_is_not_JSON_closes_with_4400()
    {
        await using var server = await ToyServer.Start();
        await using var client = await WsClient.Connect(server);

        await client.SendText("{ not json");

        Assert.Equal((WebSocketCloseStatus)4400, await client.Closed());
    }

    [Fact]
    public async Task Completing_a_subscription_lets_go_of_its_source_stream()
    {
        await using var server = await ToyServer.Start();
        await using var client = await WsClient.Connect(server);
        var before = Never.Live;

        await client.Subscribe("1", "subscription { forever }");
        await WaitFor(() => Never.Live == before + 1);
        await client.Complete("1");

        await WaitFor(() => Never.Live == before);
    }

    internal static async Task WaitFor(Func<bool> condition)
    {
        // What the transport does on its own threads: poll, bounded, rather than sleep a fixed time.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
