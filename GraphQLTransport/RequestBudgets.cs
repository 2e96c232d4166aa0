using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// The time budgets of GraphQL requests, enforced by one timer for all of them. A timer per request
/// (<c>CancellationTokenSource.CancelAfter</c>) takes the timer queue's lock twice per request, which under load was 5 %
/// of the front-end's CPU. Every budget has the same length, so deadlines arrive in the order requests start: a queue,
/// checked every <see cref="Resolution"/>, finds the expired ones at its head. A budget ends up to that much late.
/// </summary>
internal sealed class RequestBudgets : IDisposable
{
    /// <summary>How often expired budgets are looked for.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentQueue<Budget> _pending = new();
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly ITimer _timer;

    public RequestBudgets(IOptions<GraphQLLimitsOptions> options)
    {
        Length = options.Value.RequestTimeout;
        _timer = _clock.CreateTimer(_ => Expire(), null, Resolution, Resolution);
    }

    /// <summary>The budget of every request (zero or less: none).</summary>
    public TimeSpan Length { get; }

    /// <summary>
    /// A token cancelled when <paramref name="cancellationToken"/> is, or when the budget runs out
    /// (<see cref="Budget.Expired"/> then tells which). Dispose the budget when the request ends.
    /// </summary>
    public Budget Start(CancellationToken cancellationToken)
    {
        var budget = new Budget(CancellationTokenSource.CreateLinkedTokenSource(cancellationToken), _clock.GetTimestamp() + (long)(Length.TotalSeconds * _clock.TimestampFrequency));
        if (Length > TimeSpan.Zero)
        {
            _pending.Enqueue(budget);
        }

        return budget;
    }

    public void Dispose() => _timer.Dispose();

    private void Expire()
    {
        var now = _clock.GetTimestamp();
        while (_pending.TryPeek(out var head) && head.Deadline <= now && _pending.TryDequeue(out head))
        {
            head.Expire();
        }
    }

    /// <summary>
    /// One request's budget. It stays in the queue until its deadline, finished or not; a finished one lets its token
    /// source go at once, so that only this small object outlives the request (the source and what hangs on it die
    /// young instead of being promoted with every request of the last few seconds).
    /// </summary>
    internal sealed class Budget(CancellationTokenSource source, long deadline) : IDisposable
    {
        private readonly CancellationToken _token = source.Token;
        private CancellationTokenSource? _source = source;
        private int _state; // 0 running, 1 expired, 2 finished

        public CancellationToken Token => _token;

        public long Deadline { get; } = deadline;

        /// <summary>Whether the budget ran out (as opposed to the client going away).</summary>
        public bool Expired => Volatile.Read(ref _state) == 1;

        public void Expire()
        {
            if (Interlocked.CompareExchange(ref _state, 1, 0) == 0)
            {
                try
                {
                    Volatile.Read(ref _source)?.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The request ended while its budget ran out: nothing left to stop.
                }
            }
        }

        public void Dispose()
        {
            Interlocked.CompareExchange(ref _state, 2, 0);
            Interlocked.Exchange(ref _source, null)?.Dispose();
        }
    }
}
