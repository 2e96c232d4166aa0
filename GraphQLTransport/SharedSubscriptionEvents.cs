using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Voisinage.GraphQLTransport;

/// <summary>
/// One event often reaches many connected subscribers at once (an alert to every member of a neighbourhood, say): a
/// front-end may hold hundreds receiving the same event object with the same request. For subscription fields marked
/// with <see cref="MetadataKey"/> (their payload depends only on the event, never on who receives it), the event is
/// executed once per (event, request text, operation, variables) and the result serialized once, instead of once per
/// subscriber — as a SignalR group broadcast serializes once per group.
/// </summary>
public sealed class SharedSubscriptionEvents : SubscriptionExecutionStrategy
{
    /// <summary>Field metadata: this subscription's events may be executed once and shared between subscribers.</summary>
    public const string MetadataKey = "voisinage:sharedEvents";

    // Keyed by the event object itself: entries live as long as the event does, nothing to expire.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Task<ExecutionResult>>> Results = new();
    private static readonly ConditionalWeakTable<ExecutionResult, Payload> SharedPayloads = new();

    // One key per subscription (its options live as long as it does), not one per event.
    private static readonly ConditionalWeakTable<ExecutionOptions, string> RequestKeys = new();

    /// <summary>The "next" payload of a result, serialized once if the result is shared between subscribers.</summary>
    public static string Serialize(ExecutionResult result, IGraphQLTextSerializer serializer)
    {
        if (!SharedPayloads.TryGetValue(result, out var payload))
        {
            return serializer.Serialize(result);
        }

        // Two subscribers racing both serialize; either text is the same.
        return payload.Json ??= serializer.Serialize(result);
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        // Only a request known by its text can be matched with another (a document given without its text is not).
        if (value is null || value.GetType().IsValueType || context.ExecutionOptions.Query is null
            || node.FieldDefinition?.GetMetadata<bool>(MetadataKey) != true)
        {
            return await base.ProcessDataAsync(context, node, value);
        }

        var byRequest = Results.GetValue(value, _ => new ConcurrentDictionary<string, Task<ExecutionResult>>(StringComparer.Ordinal));
        var key = RequestKeys.GetValue(context.ExecutionOptions, RequestKey);
        var mine = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = byRequest.GetOrAdd(key, mine.Task);
        if (shared != mine.Task)
        {
            try
            {
                return await shared;
            }
            catch
            {
                // The subscriber that executed it was cancelled or failed: this one executes on its own.
                return await base.ProcessDataAsync(context, node, value);
            }
        }

        try
        {
            var result = await base.ProcessDataAsync(context, node, value);
            SharedPayloads.AddOrUpdate(result, new Payload());
            mine.SetResult(result);
            return result;
        }
        catch (Exception e)
        {
            byRequest.TryRemove(new KeyValuePair<string, Task<ExecutionResult>>(key, mine.Task));
            mine.SetException(e);
            throw;
        }
    }

    /// <summary>What, besides the event, decides the result: the document, the operation and the variables.</summary>
    private static string RequestKey(ExecutionOptions options)
    {
        var key = new StringBuilder(options.Query?.Length + 64 ?? 64);
        key.Append(options.Query).Append('\u0001').Append(options.OperationName).Append('\u0001');
        Append(key, options.Variables);
        return key.ToString();
    }

    private static void Append(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('∅');
                break;
            case string s:
                key.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                key.Append('{');
                foreach (var (name, item) in map)
                {
                    key.Append(name).Append(':');
                    Append(key, item);
                    key.Append(',');
                }

                key.Append('}');
                break;
            case IEnumerable list:
                key.Append('[');
                foreach (var item in list)
                {
                    Append(key, item);
                    key.Append(',');
                }

                key.Append(']');
                break;
            default:
                key.Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private sealed class Payload
    {
        public string? Json;
    }
}
