using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQLParser.AST;
using Voisinage.Hosting;
using Voisinage.GraphQLTransport;
using Voisinage.WebApi.GraphQL;

namespace Voisinage.WebApi.Operations;

/// <summary>
/// The front-end's own instruments (meter <c>Voisinage</c>, activity source <c>Voisinage.GraphQL</c>). Static like the
/// runtime's: without a listener every call below is a flag test, so the default configuration pays nothing.
/// </summary>
public static class ApiTelemetry
{
    /// <summary>Distinct operation names kept as tag values; later ones are counted as <c>other</c>.</summary>
    public const int MaxOperationNames = 200;

    public const string GraphQLWebSocket = "graphql-ws";
    public const string SignalR = "signalr";

    private const string OtherName = "other";
    private const int MaxNameLength = 100;

    private static readonly Meter Meter = new(Observability.MeterName);
    private static readonly ActivitySource Source = new(Observability.GraphQLActivitySourceName);
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    private static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "voisinage.graphql.operations", "{operation}", "GraphQL operations executed, by type, name and outcome (ok or the error code).");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "voisinage.graphql.operation.duration", "s", "How long a GraphQL operation took to execute (for a subscription: to start).");

    private static readonly Counter<long> AlertsDelivered = Meter.CreateCounter<long>(
        "voisinage.alerts.delivered", "{alert}", "Alert events sent to clients: one per GraphQL subscriber, one per SignalR group message.");

    private static readonly UpDownCounter<long> LiveSubscriptions = Meter.CreateUpDownCounter<long>(
        "voisinage.subscriptions.live", "{subscription}", "Live subscriptions: GraphQL-over-WebSocket streams and SignalR alert connections.");

    /// <summary>Starts the span of one operation and tells how to tag it; the span is null when nobody listens.</summary>
    public static GraphQLOperationScope StartOperation(GraphQLDocument document, string? operationName)
    {
        var (type, name) = Describe(document, operationName);
        var activity = Source.HasListeners() ? Source.StartActivity($"{type} {name}", ActivityKind.Internal) : null;
        if (activity is not null)
        {
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
        }

        return new GraphQLOperationScope(activity, type, name, Stopwatch.GetTimestamp());
    }

    /// <summary>Ends the span and counts the operation; <paramref name="result"/> is null when execution threw.</summary>
    public static void EndOperation(in GraphQLOperationScope scope, ExecutionResult? result)
    {
        var outcome = Outcome(result);
        if (scope.Activity is { } activity)
        {
            activity.SetTag("voisinage.outcome", outcome);
            if (outcome != "ok")
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Dispose();
        }

        if (Operations.Enabled || Duration.Enabled)
        {
            var type = new KeyValuePair<string, object?>("graphql.operation.type", scope.Type);
            var name = new KeyValuePair<string, object?>("graphql.operation.name", scope.Name);
            Operations.Add(1, type, name, new KeyValuePair<string, object?>("outcome", outcome));
            Duration.Record(Stopwatch.GetElapsedTime(scope.Started).TotalSeconds, type, name);
        }
    }

    public static void AlertDelivered(string transport)
    {
        if (AlertsDelivered.Enabled)
        {
            AlertsDelivered.Add(1, new KeyValuePair<string, object?>("transport", transport));
        }
    }

    public static void SubscriptionStarted(string transport) => LiveSubscriptions.Add(1, new KeyValuePair<string, object?>("transport", transport));

    public static void SubscriptionEnded(string transport) => LiveSubscriptions.Add(-1, new KeyValuePair<string, object?>("transport", transport));

    /// <summary>
    /// The operation's type and a bounded name: its own name, else its first root field (so anonymous
    /// <c>{ me { id } }</c> reads <c>me</c>). Names come from clients, hence the cap on distinct values.
    /// </summary>
    internal static (string Type, string Name) Describe(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? match = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation
                && (operationName is null || (operation.Name is not null && operation.Name.StringValue == operationName)))
            {
                if (match is not null && operationName is null)
                {
                    return ("unknown", "unknown");
                }

                match = operation;
                if (operationName is not null)
                {
                    break;
                }
            }
        }

        if (match is null)
        {
            return ("unknown", "unknown");
        }

        var type = match.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var name = match.Name?.StringValue
            ?? match.SelectionSet.Selections.OfType<GraphQLField>().FirstOrDefault()?.Name.StringValue
            ?? "anonymous";
        return (type, Bound(name));
    }

    private static string Bound(string name)
    {
        if (name.Length > MaxNameLength)
        {
            return OtherName;
        }

        if (Names.TryGetValue(name, out var kept))
        {
            return kept;
        }

        // Racing threads may overshoot the cap by a few names: harmless.
        return Names.Count < MaxOperationNames ? Names.GetOrAdd(name, name) : OtherName;
    }

    private static string Outcome(ExecutionResult? result)
    {
        if (result is null)
        {
            return "exception";
        }

        return result.Errors is { Count: > 0 } errors ? VoisinageErrorInfoProvider.GetContractCode(errors[0]) : "ok";
    }
}

/// <summary>The GraphQL transport's observer: each operation and subscription goes to <see cref="ApiTelemetry"/>.</summary>
internal sealed class ApiTelemetryObserver : IGraphQLOperationObserver
{
    public object? OperationStarting(GraphQLDocument document, string? operationName) => ApiTelemetry.StartOperation(document, operationName);

    public void OperationEnded(object? state, ExecutionResult? result)
    {
        if (state is GraphQLOperationScope scope)
        {
            ApiTelemetry.EndOperation(scope, result);
        }
    }

    public void SubscriptionStarted() => ApiTelemetry.SubscriptionStarted(ApiTelemetry.GraphQLWebSocket);

    public void SubscriptionEnded() => ApiTelemetry.SubscriptionEnded(ApiTelemetry.GraphQLWebSocket);
}

/// <summary>One GraphQL operation being measured.</summary>
public readonly record struct GraphQLOperationScope(Activity? Activity, string Type, string Name, long Started);
