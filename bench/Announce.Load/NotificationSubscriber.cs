using System.Diagnostics;
using System.Text.Json;
using Voisinage.Bench.Shared;

namespace Voisinage.Bench.Announce;

/// <summary>
/// One connected resident: holds <c>notificationReceived</c> over graphql-ws and records when the first notification
/// whose text contains the expected title arrives (on the tool's stopwatch).
/// </summary>
public sealed class NotificationSubscriber : IAsyncDisposable
{
    private const string Query = "subscription { notificationReceived { notification { id kind text } } }";
    private readonly GraphQLWsSubscription _subscription;
    private readonly Stopwatch _clock;
    private volatile string? _expect;
    private long _receivedAt;

    public NotificationSubscriber(Uri url, string token, Stopwatch clock)
    {
        _clock = clock;
        _subscription = new GraphQLWsSubscription(url, token, Query, OnNext);
    }

    /// <summary>When the expected notification arrived (stopwatch ticks), or 0.</summary>
    public long ReceivedAt => Interlocked.Read(ref _receivedAt);

    /// <summary>Waits for the next notification whose text contains <paramref name="text"/> (the announcement's title).</summary>
    public void Expect(string text)
    {
        Interlocked.Exchange(ref _receivedAt, 0);
        _expect = text;
    }

    public Task Start() => _subscription.Start();

    public ValueTask DisposeAsync() => _subscription.DisposeAsync();

    private void OnNext(JsonElement data)
    {
        if (_expect is { } expect && Interlocked.Read(ref _receivedAt) == 0
            && data.GetProperty("notificationReceived").GetProperty("notification").GetProperty("text").GetString()!.Contains(expect, StringComparison.Ordinal))
        {
            Interlocked.Exchange(ref _receivedAt, _clock.ElapsedTicks);
        }
    }
}
