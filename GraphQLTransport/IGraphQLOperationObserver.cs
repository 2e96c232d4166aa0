using GraphQL;
using GraphQLParser.AST;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// Told of every operation the transport executes and of every live subscription, for the application's telemetry
/// (spans, counters). Optional: register one in the services to be told. Called on the request's path, so keep it cheap.
/// </summary>
public interface IGraphQLOperationObserver
{
    /// <summary>An operation is about to execute; what this returns comes back to <see cref="OperationEnded"/>.</summary>
    object? OperationStarting(GraphQLDocument document, string? operationName);

    /// <summary>The operation has finished; <paramref name="result"/> is null when execution threw.</summary>
    void OperationEnded(object? state, ExecutionResult? result);

    /// <summary>A subscription stream has started on a WebSocket.</summary>
    void SubscriptionStarted();

    /// <summary>A subscription stream that had started has ended.</summary>
    void SubscriptionEnded();
}
