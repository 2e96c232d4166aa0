using System.Security.Claims;
using GraphQL;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// The application's say on WebSocket connections: how many an account may hold, how many operations one socket may
/// run. Optional: without one registered, every acknowledged socket and operation is admitted.
/// </summary>
public interface IGraphQLSocketPolicy
{
    /// <summary>WebSocket close code sent when <see cref="Admit"/> refuses a socket (a 4xxx code the application documents).</summary>
    int RefusedCloseCode { get; }

    /// <summary>
    /// Called once <c>connection_init</c> is accepted, with the user the socket authenticated as: a lease the transport
    /// disposes when the socket ends, or null to refuse the socket (closed with <see cref="RefusedCloseCode"/>).
    /// </summary>
    IDisposable? Admit(ClaimsPrincipal user);

    /// <summary>Called before a new operation starts on a socket already running <paramref name="running"/>: an error to answer it with, or null to run it.</summary>
    ExecutionError? RefuseOperation(int running);
}
