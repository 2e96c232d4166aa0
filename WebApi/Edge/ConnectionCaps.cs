using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL;
using Microsoft.Extensions.Options;
using Voisinage.GraphQLTransport;
using Voisinage.WebApi.Auth;

namespace Voisinage.WebApi.Edge;

/// <summary>
/// Counts live sockets per account on this front-end, across graphql-transport-ws and the SignalR hub, and says
/// whether one more may open (<see cref="ConnectionOptions"/>). The GraphQL transport asks it as its socket policy.
/// </summary>
public sealed class ConnectionCaps(IOptions<ConnectionOptions> options) : IGraphQLSocketPolicy
{
    /// <summary>
    /// graphql-transport-ws close code when an account already has its <see cref="ConnectionOptions.SocketsPerAccount"/>
    /// sockets. In 4000–4999 (left to applications by RFC 6455) and used by none of graphql-ws's own codes
    /// (4400, 4401, 4403, 4406, 4408, 4409, 4429, 4499, 4500).
    /// </summary>
    public const int TooManySocketsCloseCode = 4008;

    private readonly ConcurrentDictionary<string, int> _sockets = new(StringComparer.Ordinal);

    public ConnectionOptions Options => options.Value;

    /// <summary>
    /// Takes a socket slot for <paramref name="account"/> (anonymous sockets are not counted here: the address limits
    /// apply to them); null when the account is at its cap. Dispose the slot when the socket closes.
    /// </summary>
    public IDisposable? TryOpen(string? account)
    {
        var cap = options.Value.SocketsPerAccount;
        if (account is null || cap <= 0)
        {
            return Slot.None;
        }

        while (true)
        {
            var current = _sockets.GetOrAdd(account, 0);
            if (current >= cap)
            {
                return null;
            }

            if (_sockets.TryUpdate(account, current + 1, current))
            {
                return new Slot(this, account);
            }
        }
    }

    /// <summary>Live sockets of an account (for tests and metrics).</summary>
    public int Count(string account) => _sockets.GetValueOrDefault(account);

    /// <summary>Whether a socket that already runs <paramref name="live"/> operations may start one more.</summary>
    public bool MaySubscribe(int live) => options.Value.SubscriptionsPerSocket <= 0 || live < options.Value.SubscriptionsPerSocket;

    int IGraphQLSocketPolicy.RefusedCloseCode => TooManySocketsCloseCode;

    IDisposable? IGraphQLSocketPolicy.Admit(ClaimsPrincipal user) => TryOpen(user.ResidentId());

    ExecutionError? IGraphQLSocketPolicy.RefuseOperation(int running) => MaySubscribe(running)
        ? null
        : new ExecutionError($"At most {options.Value.SubscriptionsPerSocket} operations at once on one socket.") { Code = GraphQLErrorCodes.RateLimited };

    private void Close(string account)
    {
        while (true)
        {
            var current = _sockets.GetValueOrDefault(account);
            if (current <= 1)
            {
                // Remove the entry only if nobody raced it up meanwhile.
                if (_sockets.TryRemove(new KeyValuePair<string, int>(account, current)) || current == 0)
                {
                    return;
                }
            }
            else if (_sockets.TryUpdate(account, current - 1, current))
            {
                return;
            }
        }
    }

    private sealed class Slot(ConnectionCaps? owner, string? account) : IDisposable
    {
        public static readonly Slot None = new(null, null);

        private int _disposed;

        public void Dispose()
        {
            if (owner is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Close(account!);
            }
        }
    }
}
